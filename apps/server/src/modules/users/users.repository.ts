import type { Queryable } from '../../db/database';
import type { Membership } from '../access/access.policy';
import type { Role } from '@netra/contracts';

export type UserRow = {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean | null;
  locale: string | null;
  createdAt: Date;
};

export const usersRepository = {
  async findById(db: Queryable, id: string): Promise<UserRow | undefined> {
    const result = await db.query<UserRow>(
      'SELECT "id", "name", "email", "twoFactorEnabled", "locale", "createdAt" FROM users WHERE "id" = $1',
      [id],
    );
    return result.rows[0];
  },

  async findByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
    const result = await db.query<UserRow>(
      'SELECT "id", "name", "email", "twoFactorEnabled", "locale", "createdAt" FROM users WHERE lower("email") = lower($1)',
      [email],
    );
    return result.rows[0];
  },

  async listMemberships(db: Queryable, userId: string): Promise<(Membership & { id: string })[]> {
    const result = await db.query<Membership & { id: string }>(
      `SELECT m.id, m.organization_id AS "organizationId", o.name AS "organizationName", o.type AS "organizationType",
              o.region_code AS "regionCode", m.role
       FROM memberships m JOIN organizations o ON o.id = m.organization_id
       WHERE m.user_id = $1 ORDER BY o.region_code, m.role`,
      [userId],
    );
    return result.rows;
  },

  /** Creates a credential account the way better-auth stores one (provider 'credential'). */
  async insertWithPassword(
    tx: Queryable,
    input: { name: string; email: string; passwordHash: string; locale: string },
  ): Promise<string> {
    const user = await tx.query<{ id: string }>(
      `INSERT INTO users ("name", "email", "emailVerified", "locale", "twoFactorEnabled")
       VALUES ($1, lower($2), true, $3, false) RETURNING "id"`,
      [input.name, input.email, input.locale],
    );
    const id = user.rows[0]!.id;
    await tx.query(
      `INSERT INTO accounts ("accountId", "providerId", "userId", "password", "updatedAt") VALUES ($1::text, 'credential', $1::uuid, $2, now())`,
      [id, input.passwordHash],
    );
    return id;
  },

  async insertMembership(
    tx: Queryable,
    input: { userId: string; organizationId: string; role: Role },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO memberships (user_id, organization_id, role) VALUES ($1,$2,$3)
       ON CONFLICT (user_id, organization_id, role) DO UPDATE SET role = EXCLUDED.role RETURNING id`,
      [input.userId, input.organizationId, input.role],
    );
    return result.rows[0]!.id;
  },

  async findMembership(
    db: Queryable,
    id: string,
  ): Promise<(Membership & { id: string; userId: string }) | undefined> {
    const result = await db.query<Membership & { id: string; userId: string }>(
      `SELECT m.id, m.user_id AS "userId", m.organization_id AS "organizationId", o.name AS "organizationName",
              o.type AS "organizationType", o.region_code AS "regionCode", m.role
       FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.id = $1`,
      [id],
    );
    return result.rows[0];
  },

  async deleteMembership(tx: Queryable, id: string): Promise<void> {
    await tx.query('DELETE FROM memberships WHERE id = $1', [id]);
  },

  async countAdministrators(db: Queryable): Promise<number> {
    const result = await db.query<{ n: number }>(
      `SELECT count(DISTINCT user_id)::int AS n FROM memberships WHERE role = 'administrator'`,
    );
    return result.rows[0]!.n;
  },

  /** Users with at least one membership inside the given region scopes. */
  async list(
    db: Queryable,
    filter: { scopes: string[]; query?: string; limit: number; offset: number },
  ): Promise<{ rows: (UserRow & { memberships: Membership[] })[]; total: number }> {
    const result = await db.query<UserRow & { memberships: Membership[]; total: number }>(
      `WITH visible AS (
         SELECT DISTINCT u."id" FROM users u
         JOIN memberships m ON m.user_id = u."id" JOIN organizations o ON o.id = m.organization_id
         WHERE ('ID' = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE o.region_code = s OR o.region_code LIKE s || '.%'))
           AND ($2::text IS NULL OR u."name" ILIKE '%' || $2 || '%' OR u."email" ILIKE '%' || $2 || '%'))
       SELECT u."id", u."name", u."email", u."twoFactorEnabled", u."locale", u."createdAt",
              count(*) OVER ()::int AS total,
              (SELECT json_agg(json_build_object('id', m.id, 'organizationId', o.id, 'organizationName', o.name,
                        'organizationType', o.type, 'regionCode', o.region_code, 'role', m.role) ORDER BY o.name)
               FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = u."id") AS memberships
       FROM users u JOIN visible v ON v."id" = u."id"
       ORDER BY u."name" LIMIT $3 OFFSET $4`,
      [filter.scopes, filter.query ?? null, filter.limit, filter.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },
};
