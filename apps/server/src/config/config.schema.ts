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
  NETRA_API_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(600)
    .describe('Requests to /api/* allowed per minute from one address (static files do not count).'),
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
  // Monitoring: evidence capture of web pages with headless Chromium, stopped at these limits.
  NETRA_CHROMIUM_PATH: z
    .string()
    .min(1)
    .default('/usr/bin/chromium')
    .describe('Chromium executable used to capture web pages as evidence.'),
  NETRA_CAPTURE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(600)
    .default(30)
    .describe('Seconds a page capture may take to load before it is stopped.'),
  NETRA_CAPTURE_MAX_REDIRECTS: z.coerce
    .number()
    .int()
    .min(0)
    .max(50)
    .default(10)
    .describe('Redirects a page capture follows before it is stopped.'),
  NETRA_CAPTURE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(10_000)
    .default(25_000_000)
    .describe('Bytes a captured page may download (document and resources) before it is stopped.'),
  NETRA_CAPTURE_ALLOW_PRIVATE: booleanFromEnv
    .default(false)
    .describe(
      'Let page captures reach private, loopback and link-local addresses (127.0.0.1, 10/8, 192.168/16, 169.254/16, ::1, fc00::/7, …); off, they are refused.',
    ),
  NETRA_CAPTURE_DISPATCH: z
    .enum(['auto', 'queue', 'inline'])
    .default('auto')
    .describe(
      'How captures run: `queue` (pg-boss job for any worker), `inline` (in the API process), `auto` (queue when NETRA_WORKER is on).',
    ),
  // Monitoring: events from a NATS JetStream stream, shared by every worker through a durable consumer.
  NETRA_NATS_URL: z
    .string()
    .regex(/^(nats|tls):\/\//, 'must start with nats:// or tls://')
    .optional()
    .describe('NATS server whose JetStream stream feeds interaction events. When unset, no consumer runs.'),
  NETRA_NATS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only')
    .default('NETRA_EVENTS')
    .describe('JetStream stream (subjects <stream>.>) and durable consumer prefix for events.'),
  // Cases: deadline reminders and escalation (the scheduled job in modules/cases/reminders.ts).
  NETRA_CASE_REMINDER_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(30)
    .default(1)
    .describe('Days before a case deadline when the handling staff are e-mailed a reminder.'),
  NETRA_CASE_ESCALATION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(60)
    .default(2)
    .describe('Days a case deadline may stay overdue before the next office up is alerted.'),
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
  // Cases (issue 4): public rate limits per client address, tracking-secret lock-out, follow-up flag.
  NETRA_PUBLIC_SUBMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Public reports and tips one address may submit per minute.'),
  NETRA_PUBLIC_EVIDENCE_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(60)
    .describe('Public evidence uploads per minute from one address.'),
  NETRA_PUBLIC_LOOKUP_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Public status and receipt look-ups (code + secret) per minute from one address.'),
  NETRA_PUBLIC_READ_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(120)
    .describe('Public announcement pages and region searches per minute from one address.'),
  NETRA_TRACKING_MAX_FAILURES: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('Wrong tracking secrets for one receipt code, within the window, before it is locked.'),
  NETRA_TRACKING_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(15)
    .describe('Window in which wrong tracking secrets for one receipt code are counted.'),
  NETRA_TRACKING_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Minutes a receipt code refuses tracking after too many wrong secrets.'),
  NETRA_FOLLOW_UP_FLAG_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(10)
    .describe(
      'Days after forwarding without a recorded follow-up before it is flagged overdue (the legal figure is uncertain).',
    ),
});

export type RawConfig = z.infer<typeof CONFIG_SCHEMA>;
