import { createHash } from 'node:crypto';
import type { Database } from '../../db/database';

// Lockout is keyed by a hash of the e-mail so the table holds no addresses.
const emailKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

export function createLoginLockout(db: Database, options: { maxFailures: number; lockMinutes: number }) {
  return {
    async lockedUntil(email: string): Promise<Date | undefined> {
      const result = await db.query<{ locked_until: Date | null }>(
        'SELECT locked_until FROM login_failures WHERE email_hash = $1 AND locked_until > now()',
        [emailKey(email)],
      );
      return result.rows[0]?.locked_until ?? undefined;
    },
    /** Counts a failure; the account locks when the count reaches the limit. Returns true when it just locked. */
    async recordFailure(email: string): Promise<boolean> {
      const result = await db.query<{ failed_count: number; locked: boolean }>(
        `INSERT INTO login_failures (email_hash, failed_count, updated_at) VALUES ($1, 1, now())
         ON CONFLICT (email_hash) DO UPDATE SET
           failed_count = CASE WHEN login_failures.locked_until IS NOT NULL AND login_failures.locked_until <= now() THEN 1
                               ELSE login_failures.failed_count + 1 END,
           locked_until = NULL, updated_at = now()
         RETURNING failed_count, false AS locked`,
        [emailKey(email)],
      );
      const count = result.rows[0]!.failed_count;
      if (count < options.maxFailures) return false;
      await db.query(
        `UPDATE login_failures SET locked_until = now() + make_interval(mins => $2) WHERE email_hash = $1`,
        [emailKey(email), options.lockMinutes],
      );
      return true;
    },
    async reset(email: string): Promise<void> {
      await db.query('DELETE FROM login_failures WHERE email_hash = $1', [emailKey(email)]);
    },
  };
}
export type LoginLockout = ReturnType<typeof createLoginLockout>;
