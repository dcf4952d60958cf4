#!/usr/bin/env node
// The `netra` command tree. Each command lives in commands/<noun>/<verb>.ts or commands/<verb>.ts.
import { Command } from 'commander';
import { registerAuditVerifyCommand } from './commands/audit/verify';
import { registerMigrateCommand } from './commands/migrate';
import { registerSeedCommand } from './commands/seed';
import { registerStartCommand } from './commands/start';
import { registerUserCreateAdminCommand } from './commands/user/create-admin';
import { registerWorkerCommand } from './commands/worker';
import { registerRulesCheckCommand } from './commands/rules/check';
import { registerEngineCommands } from './commands/engine/index';

const program = new Command()
  .name('netra')
  .description('Netra — pengawasan netralitas ASN / ASN neutrality supervision')
  .showHelpAfterError();

registerStartCommand(program);
registerWorkerCommand(program);
registerMigrateCommand(program);
registerSeedCommand(program);
registerUserCreateAdminCommand(program.command('user').description('Kelola pengguna / manage users'));
registerAuditVerifyCommand(program.command('audit').description('Jejak audit / audit trail'));
registerRulesCheckCommand(program.command('rules').description('Katalog aturan / rules catalogue'));
registerEngineCommands(program.command('engine').description('Mesin pemantauan / monitoring engine'));

await program.parseAsync(process.argv);
