import path from 'node:path';
import { CONFIG_SCHEMA, type RawConfig } from './config.schema';

export type Config = Readonly<{
  env: RawConfig['NODE_ENV'];
  http: { port: number; host: string; publicUrl: string; apiPerMinute: number };
  db: { url: string | undefined; dataDir: string; embeddedPort: number };
  homeRegion: string;
  auth: {
    secret: string | undefined;
    requireTwoFactorRoles: readonly string[];
    maxLoginFailures: number;
    signInPerMinute: number;
    lockMinutes: number;
    invitationDays: number;
  };
  encryptionKey: string | undefined;
  seedDemo: boolean;
  runWorker: boolean;
  nats: { url: string | undefined; stream: string };
  logLevel: RawConfig['NETRA_LOG_LEVEL'];
  mail: { smtpUrl: string | undefined; from: string };
  caseReminders: { daysBefore: number; escalateAfterDays: number };
  capture: {
    chromiumPath: string;
    limits: { timeoutMs: number; maxRedirects: number; maxBytes: number };
    /** Let captures reach private, loopback and link-local addresses (NETRA_CAPTURE_ALLOW_PRIVATE). */
    allowPrivate: boolean;
    dispatch: 'queue' | 'inline';
  };
  cases: {
    /** Per client address and minute. */
    publicRateLimits: { submit: number; evidence: number; lookup: number; read: number };
    tracking: { maxFailures: number; windowMinutes: number; lockMinutes: number };
    followUpFlagDays: number;
  };
}>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment once. Lists every invalid variable, not just the first. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Record<string, string>> = {},
): Config {
  const source: Record<string, string | undefined> = {};
  for (const key of Object.keys(CONFIG_SCHEMA.shape)) {
    const value = overrides[key] ?? env[key];
    source[key] = value === '' ? undefined : value;
  }
  const parsed = CONFIG_SCHEMA.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const raw = parsed.data;
  const host = raw.HOST;
  return Object.freeze({
    env: raw.NODE_ENV,
    http: {
      port: raw.PORT,
      host,
      apiPerMinute: raw.NETRA_API_PER_MINUTE,
      publicUrl: (
        raw.NETRA_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${raw.PORT}`
      ).replace(/\/$/, ''),
    },
    db: { url: raw.DATABASE_URL, dataDir: path.resolve(raw.NETRA_DATA_DIR), embeddedPort: raw.NETRA_DB_PORT },
    homeRegion: raw.NETRA_HOME_REGION,
    auth: {
      secret: raw.NETRA_AUTH_SECRET,
      requireTwoFactorRoles: raw.NETRA_REQUIRE_2FA_ROLES.split(',')
        .map((role) => role.trim())
        .filter((role) => role !== '' && role !== 'none'),
      maxLoginFailures: raw.NETRA_LOGIN_MAX_FAILURES,
      signInPerMinute: raw.NETRA_SIGNIN_PER_MINUTE,
      lockMinutes: raw.NETRA_LOGIN_LOCK_MINUTES,
      invitationDays: raw.NETRA_INVITATION_DAYS,
    },
    encryptionKey: raw.NETRA_ENCRYPTION_KEY,
    seedDemo: raw.NETRA_SEED_DEMO,
    runWorker: raw.NETRA_WORKER,
    nats: { url: raw.NETRA_NATS_URL, stream: raw.NETRA_NATS_STREAM },
    logLevel: raw.NETRA_LOG_LEVEL,
    mail: { smtpUrl: raw.NETRA_SMTP_URL, from: raw.NETRA_MAIL_FROM },
    caseReminders: {
      daysBefore: raw.NETRA_CASE_REMINDER_DAYS,
      escalateAfterDays: raw.NETRA_CASE_ESCALATION_DAYS,
    },
    capture: {
      chromiumPath: raw.NETRA_CHROMIUM_PATH,
      limits: {
        timeoutMs: raw.NETRA_CAPTURE_TIMEOUT_SECONDS * 1000,
        maxRedirects: raw.NETRA_CAPTURE_MAX_REDIRECTS,
        maxBytes: raw.NETRA_CAPTURE_MAX_BYTES,
      },
      allowPrivate: raw.NETRA_CAPTURE_ALLOW_PRIVATE,
      dispatch:
        raw.NETRA_CAPTURE_DISPATCH === 'auto'
          ? raw.NETRA_WORKER
            ? 'queue'
            : 'inline'
          : raw.NETRA_CAPTURE_DISPATCH,
    },
    cases: {
      publicRateLimits: {
        submit: raw.NETRA_PUBLIC_SUBMIT_PER_MINUTE,
        evidence: raw.NETRA_PUBLIC_EVIDENCE_PER_MINUTE,
        lookup: raw.NETRA_PUBLIC_LOOKUP_PER_MINUTE,
        read: raw.NETRA_PUBLIC_READ_PER_MINUTE,
      },
      tracking: {
        maxFailures: raw.NETRA_TRACKING_MAX_FAILURES,
        windowMinutes: raw.NETRA_TRACKING_WINDOW_MINUTES,
        lockMinutes: raw.NETRA_TRACKING_LOCK_MINUTES,
      },
      followUpFlagDays: raw.NETRA_FOLLOW_UP_FLAG_DAYS,
    },
  });
}
