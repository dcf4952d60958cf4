import type { Queryable } from '../../db/database';

export type SessionRow = {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
};

export const sessionsRepository = {
  async listActiveForUser(db: Queryable, userId: string): Promise<SessionRow[]> {
    const result = await db.query<SessionRow>(
      `SELECT "id", "createdAt", "updatedAt", "expiresAt", "ipAddress", "userAgent" FROM sessions
       WHERE "userId" = $1 AND "expiresAt" > now() ORDER BY "updatedAt" DESC LIMIT 100`,
      [userId],
    );
    return result.rows;
  },
  /** Deletes only the user's own session; returns false when there was none. */
  async deleteForUser(tx: Queryable, userId: string, sessionId: string): Promise<boolean> {
    const result = await tx.query('DELETE FROM sessions WHERE "id" = $1 AND "userId" = $2', [
      sessionId,
      userId,
    ]);
    return (result.rowCount ?? 0) > 0;
  },
};
