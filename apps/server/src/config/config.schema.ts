import { z } from 'zod';

// Every environment variable Netra reads, in one schema. The README's configuration table is
// generated from the `describe` texts (scripts/print-config-table.ts), so it cannot drift.
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const CONFIG_SCHEMA = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Runtime mode.'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe('HTTP port of the web app and API.'),
  HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .describe('Address the HTTP server listens on (0.0.0.0 to expose it).'),
  NETRA_PUBLIC_URL: z
    .url()
    .optional()
    .describe('Public base URL used in e-mailed links (default http://HOST:PORT).'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('PostgreSQL server to use. When unset, Netra runs its own embedded PostgreSQL.'),
  NETRA_DATA_DIR: z
    .string()
    .min(1)
    .default('./data')
    .describe('Folder for the embedded database, uploaded files and generated secrets.'),
  NETRA_DB_PORT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(65535)
    .default(54329)
    .describe('Port of the embedded PostgreSQL (127.0.0.1 only).'),
  NETRA_HOME_REGION: z
    .string()
    .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'must be a region code such as 14 or 14.03')
    .default('14.03')
    .describe('Home region of this installation (default 14.03, Kabupaten Bengkalis).'),
  NETRA_AUTH_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe(
      'Secret for signing sessions. When unset, one is generated once and kept in NETRA_DATA_DIR/secrets.json.',
    ),
  NETRA_ENCRYPTION_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes)')
    .optional()
    .describe(
      'AES-256 key for encrypted personal data. When unset, generated once into NETRA_DATA_DIR/secrets.json.',
    ),
  NETRA_REQUIRE_2FA_ROLES: z
    .string()
    .default('administrator,commissioner')
    .describe('Comma-separated roles that must use two-factor authentication, or `none`.'),
  NETRA_LOGIN_MAX_FAILURES: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('Failed logins before an account is locked.'),
  NETRA_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(15)
    .describe('Minutes an account stays locked.'),
  NETRA_SIGNIN_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe('Sign-in attempts allowed per minute from one address (per-account lockout is separate).'),
  NETRA_INVITATION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(60)
    .default(7)
    .describe('Days an invitation link stays valid.'),
  NETRA_SEED_DEMO: booleanFromEnv
    .default(true)
    .describe('Load demo data on first start with an empty database.'),
  NETRA_WORKER: booleanFromEnv.default(true).describe('Run the job worker inside `netra start`.'),
  NETRA_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level.'),
  NETRA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional()
    .describe('SMTP server for e-mail. When unset, e-mails are kept in the outbox table only.'),
  NETRA_MAIL_FROM: z.string().default('Netra <netra@localhost>').describe('Sender address of e-mails.'),
});

export type RawConfig = z.infer<typeof CONFIG_SCHEMA>;
