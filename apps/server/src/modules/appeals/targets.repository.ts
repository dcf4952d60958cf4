import type { Queryable } from '../../db/database';
import { escapeLike } from '../../lib/sql';

export type TargetRow = {
  id: string;
  appeal_id: string;
  asn_id: string;
  nip: string;
  full_name: string;
  agency_organization_id: string | null;
  agency_name: string;
  region_code: string;
  token_expires_at: Date;
  opened_at: Date | null;
  acknowledged_at: Date | null;
  pledged_at: Date | null;
};

export type CoverageRow = {
  key: string | null;
  name: string;
  sent: number;
  opened: number;
  acknowledged: number;
  pledged: number;
};

const TARGET = `SELECT t.id, t.appeal_id, t.asn_id, p.nip, p.full_name, t.agency_organization_id, t.agency_name,
  t.region_code, t.token_expires_at, t.opened_at, t.acknowledged_at, t.pledged_at
  FROM appeal_targets t JOIN asn_people p ON p.id = t.asn_id`;

export const targetsRepository = {
  /** Organisations of the recipient types within the appeal's region, with their registered ASN. */
  async recipientCandidates(tx: Queryable, regionCode: string, types: readonly string[]) {
    const result = await tx.query<{ id: string; name: string; type: string; asn_count: number }>(
      `SELECT o.id, o.name, o.type,
         (SELECT count(*)::int FROM asn_people p WHERE p.agency_organization_id = o.id AND p.active) AS asn_count
       FROM organizations o
       WHERE o.type = ANY($1) AND (o.region_code = $2 OR o.region_code LIKE $3)
       ORDER BY o.type = 'pemda_sekda' DESC, o.name`,
      [types, regionCode, `${escapeLike(regionCode)}.%`],
    );
    return result.rows;
  },

  async addRecipients(tx: Queryable, appealId: string, organizationIds: string[]): Promise<number> {
    if (organizationIds.length === 0) return 0;
    const result = await tx.query(
      `INSERT INTO appeal_recipients (appeal_id, organization_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [appealId, organizationIds],
    );
    return result.rowCount ?? 0;
  },

  async listRecipients(tx: Queryable, appealId: string) {
    const result = await tx.query<{ id: string; name: string; type: string; sent_at: Date }>(
      `SELECT o.id, o.name, o.type, r.sent_at FROM appeal_recipients r JOIN organizations o ON o.id = r.organization_id
       WHERE r.appeal_id = $1 ORDER BY o.name`,
      [appealId],
    );
    return result.rows;
  },

  /** Active ASN matching the filters, not yet targeted by this appeal (distribution may be repeated). */
  async matchingPeople(
    tx: Queryable,
    appealId: string,
    filter: { agencyIds: string[]; asnTypes: string[]; regionCodes: string[]; withinRegion: string },
  ) {
    const result = await tx.query<{
      id: string;
      nip: string;
      full_name: string;
      agency_organization_id: string;
      agency_name: string;
      asn_type: string;
      region_code: string;
    }>(
      `SELECT p.id, p.nip, p.full_name, p.agency_organization_id, p.agency_name, p.asn_type, p.region_code
       FROM asn_people p
       WHERE p.active AND p.agency_organization_id = ANY($2::uuid[]) AND p.asn_type = ANY($3)
         AND (p.region_code = $4 OR p.region_code LIKE $5 OR $4 = 'ID')
         AND (cardinality($6::text[]) = 0 OR EXISTS (
           SELECT 1 FROM unnest($6::text[]) s WHERE p.region_code = s OR p.region_code LIKE s || '.%'))
         AND NOT EXISTS (SELECT 1 FROM appeal_targets t WHERE t.appeal_id = $1 AND t.asn_id = p.id)
       ORDER BY p.agency_name, p.full_name`,
      [
        appealId,
        filter.agencyIds,
        filter.asnTypes,
        filter.withinRegion,
        `${escapeLike(filter.withinRegion)}.%`,
        filter.regionCodes,
      ],
    );
    return result.rows;
  },

  async insertTargets(
    tx: Queryable,
    appealId: string,
    rows: {
      asnId: string;
      agencyId: string;
      agencyName: string;
      asnType: string;
      regionCode: string;
      tokenHash: string;
    }[],
    expiresAt: Date,
  ): Promise<void> {
    // In slices, so that a national distribution never builds one giant statement.
    for (let i = 0; i < rows.length; i += 1000) {
      const slice = rows.slice(i, i + 1000);
      await tx.query(
        `INSERT INTO appeal_targets (appeal_id, asn_id, agency_organization_id, agency_name, asn_type, region_code,
           token_hash, token_expires_at)
         SELECT $1, * , $8 FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])
         ON CONFLICT (appeal_id, asn_id) DO NOTHING`,
        [
          appealId,
          slice.map((r) => r.asnId),
          slice.map((r) => r.agencyId),
          slice.map((r) => r.agencyName),
          slice.map((r) => r.asnType),
          slice.map((r) => r.regionCode),
          slice.map((r) => r.tokenHash),
          expiresAt,
        ],
      );
    }
  },

  async findByTokenHash(tx: Queryable, tokenHash: string, forUpdate = false): Promise<TargetRow | undefined> {
    const result = await tx.query<TargetRow>(
      `${TARGET} WHERE t.token_hash = $1${forUpdate ? ' FOR UPDATE OF t' : ''}`,
      [tokenHash],
    );
    return result.rows[0];
  },

  async findByAppealAndNip(tx: Queryable, appealId: string, nip: string): Promise<TargetRow | undefined> {
    const result = await tx.query<TargetRow>(
      `${TARGET} WHERE t.appeal_id = $1 AND p.nip = $2 FOR UPDATE OF t`,
      [appealId, nip],
    );
    return result.rows[0];
  },

  async markOpened(tx: Queryable, targetId: string): Promise<void> {
    await tx.query('UPDATE appeal_targets SET opened_at = COALESCE(opened_at, now()) WHERE id = $1', [
      targetId,
    ]);
  },

  async acknowledge(
    tx: Queryable,
    targetId: string,
    via: 'link' | 'code' | 'attendance',
    pledge: { name: string } | null,
    importId: string | null = null,
  ): Promise<void> {
    await tx.query(
      `UPDATE appeal_targets SET
         opened_at = COALESCE(opened_at, now()),
         acknowledged_at = COALESCE(acknowledged_at, now()),
         acknowledged_via = COALESCE(acknowledged_via, $2),
         attendance_import_id = COALESCE(attendance_import_id, $4::uuid),
         pledged_at = CASE WHEN $3::text IS NOT NULL THEN COALESCE(pledged_at, now()) ELSE pledged_at END,
         pledge_name = COALESCE(pledge_name, $3)
       WHERE id = $1`,
      [targetId, via, pledge?.name ?? null, importId],
    );
  },

  /** Targets of the appeal in one agency, by NIP (for attendance lists). */
  async byNipsInAgency(tx: Queryable, appealId: string, agencyId: string, nips: string[]) {
    const result = await tx.query<{ id: string; nip: string; acknowledged_at: Date | null }>(
      `SELECT t.id, p.nip, t.acknowledged_at FROM appeal_targets t JOIN asn_people p ON p.id = t.asn_id
       WHERE t.appeal_id = $1 AND t.agency_organization_id = $2 AND p.nip = ANY($3)`,
      [appealId, agencyId, nips],
    );
    return result.rows;
  },

  async coverage(
    tx: Queryable,
    appealId: string,
    by: 'agency' | 'region',
    page: { limit: number; offset: number } | null,
  ): Promise<{ rows: CoverageRow[]; total: number }> {
    const groupKey = by === 'agency' ? 't.agency_organization_id::text' : 't.region_code';
    const groupName = by === 'agency' ? 't.agency_name' : 'COALESCE(r.name, t.region_code)';
    const from = `FROM appeal_targets t LEFT JOIN regions r ON r.code = t.region_code WHERE t.appeal_id = $1`;
    const total = await tx.query<{ n: number }>(`SELECT count(DISTINCT ${groupKey})::int AS n ${from}`, [
      appealId,
    ]);
    const rows = await tx.query<CoverageRow>(
      `SELECT ${groupKey} AS key, min(${groupName}) AS name, count(*)::int AS sent,
         count(t.opened_at)::int AS opened, count(t.acknowledged_at)::int AS acknowledged,
         count(t.pledged_at)::int AS pledged
       ${from} GROUP BY ${groupKey} ORDER BY min(${groupName}), ${groupKey}
       ${page ? 'LIMIT $2 OFFSET $3' : ''}`,
      page ? [appealId, page.limit, page.offset] : [appealId],
    );
    return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
  },

  async totals(tx: Queryable, appealId: string): Promise<Omit<CoverageRow, 'key' | 'name'>> {
    const result = await tx.query<Omit<CoverageRow, 'key' | 'name'>>(
      `SELECT count(*)::int AS sent, count(opened_at)::int AS opened, count(acknowledged_at)::int AS acknowledged,
         count(pledged_at)::int AS pledged FROM appeal_targets WHERE appeal_id = $1`,
      [appealId],
    );
    return result.rows[0]!;
  },

  /** Every target of the appeal with NIP and name, for the audited per-ASN export (streams in pages). */
  async pageOfPeople(tx: Queryable, appealId: string, afterId: string | null, limit: number) {
    const result = await tx.query<
      TargetRow & { asn_type: string; acknowledged_via: string | null; region_name: string | null }
    >(
      `SELECT t.id, p.nip, p.full_name, t.agency_name, t.asn_type, t.region_code, r.name AS region_name,
         t.opened_at, t.acknowledged_at, t.acknowledged_via, t.pledged_at
       FROM appeal_targets t JOIN asn_people p ON p.id = t.asn_id LEFT JOIN regions r ON r.code = t.region_code
       WHERE t.appeal_id = $1 AND ($2::uuid IS NULL OR t.id > $2) ORDER BY t.id LIMIT $3`,
      [appealId, afterId, limit],
    );
    return result.rows;
  },

  /** E-mail addresses of an agency's HR users (role agency_hr in that organisation). */
  async agencyHrEmails(tx: Queryable, agencyId: string): Promise<string[]> {
    const result = await tx.query<{ email: string }>(
      `SELECT DISTINCT u.email FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.organization_id = $1 AND m.role = 'agency_hr' ORDER BY u.email`,
      [agencyId],
    );
    return result.rows.map((r) => r.email);
  },

  /** Records a reminder for today; false when one was already recorded (idempotent per day). */
  async claimReminder(
    tx: Queryable,
    row: { appealId: string; agencyId: string; day: string; percent: number; recipients: number },
  ): Promise<boolean> {
    const result = await tx.query(
      `INSERT INTO appeal_reminders (appeal_id, agency_organization_id, reminder_day, acknowledged_percent, recipients)
       VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
      [row.appealId, row.agencyId, row.day, row.percent, row.recipients],
    );
    return (result.rowCount ?? 0) > 0;
  },

  async issuedAppealIdsWithTargets(tx: Queryable): Promise<string[]> {
    const result = await tx.query<{ id: string }>(
      `SELECT a.id FROM appeals a WHERE a.status = 'issued'
         AND EXISTS (SELECT 1 FROM appeal_targets t WHERE t.appeal_id = a.id AND t.token_expires_at > now())
       ORDER BY a.issued_at`,
    );
    return result.rows.map((r) => r.id);
  },

  /** Issued appeals that target the agency, for its HR page. */
  async appealsForAgency(tx: Queryable, agencyId: string) {
    const result = await tx.query<{
      id: string;
      number: string;
      subject: string;
      issued_at: Date;
      sent: number;
      acknowledged: number;
    }>(
      `SELECT a.id, a.number, a.subject, a.issued_at, count(*)::int AS sent,
         count(t.acknowledged_at)::int AS acknowledged
       FROM appeals a JOIN appeal_targets t ON t.appeal_id = a.id
       WHERE a.status = 'issued' AND t.agency_organization_id = $1
       GROUP BY a.id ORDER BY a.issued_at DESC LIMIT 100`,
      [agencyId],
    );
    return result.rows;
  },
};
