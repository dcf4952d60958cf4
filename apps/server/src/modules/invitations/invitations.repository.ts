import type { Queryable } from '../../db/database';

export type InvitationRow = {
  id: string;
  email: string;
  name: string;
  organization_id: string;
  organization_name: string;
  region_code: string;
  role: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
};

const SELECT = `SELECT i.id, i.email, i.name, i.organization_id, o.name AS organization_name, o.region_code, i.role,
  i.expires_at, i.accepted_at, i.revoked_at, i.created_at FROM invitations i JOIN organizations o ON o.id = i.organization_id`;

export const invitationsRepository = {
  async insert(
    tx: Queryable,
    input: {
      email: string;
      name: string;
      organizationId: string;
      role: string;
      tokenHash: string;
      invitedBy: string;
      expiresAt: Date;
    },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO invitations (email, name, organization_id, role, token_hash, invited_by, expires_at)
       VALUES (lower($1),$2,$3,$4,$5,$6,$7) RETURNING id`,
      [
        input.email,
        input.name,
        input.organizationId,
        input.role,
        input.tokenHash,
        input.invitedBy,
        input.expiresAt,
      ],
    );
    return result.rows[0]!.id;
  },

  async findById(db: Queryable, id: string): Promise<InvitationRow | undefined> {
    return (await db.query<InvitationRow>(`${SELECT} WHERE i.id = $1`, [id])).rows[0];
  },

  /** Locks the row so that two acceptances of one link cannot both succeed. */
  async findByTokenHashForUpdate(tx: Queryable, tokenHash: string): Promise<InvitationRow | undefined> {
    return (await tx.query<InvitationRow>(`${SELECT} WHERE i.token_hash = $1 FOR UPDATE OF i`, [tokenHash]))
      .rows[0];
  },

  async findByTokenHash(db: Queryable, tokenHash: string): Promise<InvitationRow | undefined> {
    return (await db.query<InvitationRow>(`${SELECT} WHERE i.token_hash = $1`, [tokenHash])).rows[0];
  },

  async markAccepted(tx: Queryable, id: string): Promise<void> {
    await tx.query('UPDATE invitations SET accepted_at = now() WHERE id = $1', [id]);
  },

  async markRevoked(tx: Queryable, id: string): Promise<void> {
    await tx.query('UPDATE invitations SET revoked_at = now() WHERE id = $1', [id]);
  },

  async list(
    db: Queryable,
    filter: { scopes: string[]; limit: number; offset: number },
  ): Promise<{ rows: InvitationRow[]; total: number }> {
    const result = await db.query<InvitationRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT}
         WHERE 'ID' = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE o.region_code = s OR o.region_code LIKE s || '.%')) x
       ORDER BY created_at DESC LIMIT $2 OFFSET $3`,
      [filter.scopes, filter.limit, filter.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },
};
