import type { Config } from './config/load-config';
import type { Database } from './db/database';
import { createMailer, type Mailer } from './lib/mailer';
import { createAuditService } from './modules/audit/audit-browse.service';
import { createAuthInstance } from './modules/auth/auth-instance';
import { createLoginLockout } from './modules/auth/login-lockout';
import { createAuthService } from './modules/auth/auth.service';
import { createInvitationsService } from './modules/invitations/invitations.service';
import { createOrganizationsService } from './modules/organizations/organizations.service';
import { createRegionsService } from './modules/regions/regions.service';
import { createRulesService } from './modules/rules/rules.service';
import { createElectionsService } from './modules/elections/elections.service';
import { createUsersService } from './modules/users/users.service';

/** The composition root: builds every service once, naming exactly what each one needs. */
export function createServices(deps: { config: Config; db: Database; secret: string; mailer?: Mailer }) {
  const { config, db } = deps;
  const mailer = deps.mailer ?? createMailer(db, config.mail);
  const elections = createElectionsService({ db, homeRegion: config.homeRegion });
  const auth = createAuthInstance({ db, secret: deps.secret, publicUrl: config.http.publicUrl, mailer });
  return {
    config,
    db,
    mailer,
    auth,
    authGateway: createAuthService({
      db,
      auth,
      lockout: createLoginLockout(db, {
        maxFailures: config.auth.maxLoginFailures,
        lockMinutes: config.auth.lockMinutes,
      }),
    }),
    users: createUsersService({ db, twoFactorRoles: config.auth.requireTwoFactorRoles }),
    organizations: createOrganizationsService({ db }),
    invitations: createInvitationsService({
      db,
      mailer,
      publicUrl: config.http.publicUrl,
      validDays: config.auth.invitationDays,
    }),
    regions: createRegionsService({ db }),
    audit: createAuditService({ db }),
    elections,
    rules: createRulesService({ elections }),
  };
}
export type Services = ReturnType<typeof createServices>;
