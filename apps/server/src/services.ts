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
import { createSessionsService } from './modules/sessions/sessions.service';
import path from 'node:path';
import { createLazyFieldCipher, type FieldCipher } from './lib/field-crypto';
import { resolveSecrets } from './lib/secrets';
import { createCaseEnvironment } from './modules/cases/case-environment';
import { createCasesService } from './modules/cases/cases.service';
import { createEvidenceService } from './modules/cases/evidence.service';
import { createFileEvidenceStorage, type EvidenceStorage } from './modules/cases/evidence-storage';
import { createFindingsService } from './modules/cases/findings.service';
import { createPublicIntakeService } from './modules/cases/public-intake.service';
import { createDocumentsService } from './modules/cases/documents/documents.service';
import { createCaseExportService } from './modules/cases/case-export.service';
import { createDuplicatesService } from './modules/cases/duplicates.service';
import { createAppealsService } from './modules/appeals/appeals.service';
import { createAppealDistributionService } from './modules/appeals/distribution.service';
import { createAcknowledgmentService } from './modules/appeals/acknowledgment.service';
import { createAttendanceService } from './modules/appeals/attendance.service';
import { createOutreachService } from './modules/outreach/outreach.service';
import { createCoverageService } from './modules/outreach/coverage.service';
import { createCalendarService } from './modules/outreach/calendar.service';
import { createNewsService } from './modules/news/news.service';
import { createFollowUpService } from './modules/cases/follow-up.service';
import { createMonitoringIngestServices } from './modules/ingestion/monitoring-services';
import { createMonitoringDeskServices } from './modules/monitoring/monitoring-desk-services';

/** The composition root: builds every service once, naming exactly what each one needs. */
export function createServices(deps: {
  config: Config;
  db: Database;
  secret: string;
  mailer?: Mailer;
  /** Reporter-identity encryption; by default keyed from NETRA_ENCRYPTION_KEY or secrets.json, on first use. */
  cipher?: FieldCipher;
  evidenceStorage?: EvidenceStorage;
}) {
  const { config, db } = deps;
  const cipher = deps.cipher ?? createLazyFieldCipher(() => resolveSecrets(config).encryptionKey);
  const evidenceStorage =
    deps.evidenceStorage ?? createFileEvidenceStorage(path.join(config.db.dataDir, 'evidence'));
  const mailer = deps.mailer ?? createMailer(db, config.mail);
  const elections = createElectionsService({ db, homeRegion: config.homeRegion });
  const environmentFor = createCaseEnvironment({ elections });
  const cases = createCasesService({
    db,
    cipher,
    environmentFor,
    followUpFlagDays: config.cases.followUpFlagDays,
  });
  const auth = createAuthInstance({
    db,
    secret: deps.secret,
    publicUrl: config.http.publicUrl,
    mailer,
  });
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
    sessions: createSessionsService({ db }),
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
    publicIntake: createPublicIntakeService({
      db,
      cipher,
      environmentFor,
      tracking: config.cases.tracking,
    }),
    evidence: createEvidenceService({ db, storage: evidenceStorage }),
    cases,
    followUp: createFollowUpService({
      db,
      cases,
      storage: evidenceStorage,
      flagDays: config.cases.followUpFlagDays,
    }),
    findings: createFindingsService({ db, environmentFor }),
    caseDocuments: createDocumentsService({ db, cipher, environmentFor }),
    caseExport: createCaseExportService({ db }),
    caseDuplicates: createDuplicatesService({ db }),
    appeals: createAppealsService({ db, storage: evidenceStorage, publicUrl: config.http.publicUrl }),
    appealDistribution: createAppealDistributionService({ db, mailer, publicUrl: config.http.publicUrl }),
    appealAcknowledgments: createAcknowledgmentService({ db }),
    appealAttendance: createAttendanceService({ db, storage: evidenceStorage }),
    outreach: createOutreachService({ db, storage: evidenceStorage }),
    outreachCoverage: createCoverageService({ db }),
    outreachCalendar: createCalendarService({ db, publicUrl: config.http.publicUrl }),
    news: createNewsService({ db, storage: evidenceStorage }),
    ...createMonitoringIngestServices({ db, elections, nats: config.nats }),
    monitoringDesk: createMonitoringDeskServices({ db, config, storage: evidenceStorage, environmentFor }),
  };
}
export type Services = ReturnType<typeof createServices>;
