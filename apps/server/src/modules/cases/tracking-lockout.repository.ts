import type { Queryable } from '../../db/database';

/** Wrong tracking secrets per receipt code, and the time until which a code refuses look-ups. */
export const trackingLockoutRepository = {
  async lockedUntil(db: Queryable, receiptCode: string, at: Date): Promise<Date | undefined> {
    const result = await db.query<{ locked_until: Date }>(
      'SELECT locked_until FROM tracking_lockouts WHERE receipt_code = $1 AND locked_until > $2',
      [receiptCode, at],
    );
    return result.rows[0]?.locked_until;
  },

  /** Records one failure and returns how many fell within the window (this one included). */
  async recordFailure(db: Queryable, receiptCode: string, at: Date, windowStart: Date): Promise<number> {
    await db.query('DELETE FROM tracking_failures WHERE receipt_code = $1 AND failed_at < $2', [
      receiptCode,
      windowStart,
    ]);
    await db.query('INSERT INTO tracking_failures (receipt_code, failed_at) VALUES ($1, $2)', [
      receiptCode,
      at,
    ]);
    const result = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM tracking_failures WHERE receipt_code = $1 AND failed_at >= $2',
      [receiptCode, windowStart],
    );
    return result.rows[0]!.n;
  },

  async lock(db: Queryable, receiptCode: string, until: Date): Promise<void> {
    await db.query(
      `INSERT INTO tracking_lockouts (receipt_code, locked_until) VALUES ($1, $2)
       ON CONFLICT (receipt_code) DO UPDATE SET locked_until = EXCLUDED.locked_until`,
      [receiptCode, until],
    );
    // A fresh count after the lock expires.
    await db.query('DELETE FROM tracking_failures WHERE receipt_code = $1', [receiptCode]);
  },
};
