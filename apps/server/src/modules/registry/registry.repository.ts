import { inRegionScopes } from '../../lib/sql';
import type { Queryable } from '../../db/database';
import type { RegionLookup, RegistryRow } from './registry-row';

export type AsnRow = {
  id: string;
  nip: string;
  full_name: string;
  asn_type: 'PNS' | 'PPPK';
  agency_name: string;
  agency_organization_id: string | null;
  unit: string | null;
  position: string | null;
  rank: string | null;
  region_code: string;
  region_name: string | null;
  birth_date: string | null;
  gender: 'L' | 'P' | null;
  active: boolean;
  updated_at: Date;
};

const SELECT_ASN = `SELECT p.id, p.nip, p.full_name, p.asn_type, p.agency_name, p.agency_organization_id, p.unit,
  p.position, p.rank, p.region_code, r.name AS region_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
  p.gender, p.active, p.updated_at
  FROM asn_people p LEFT JOIN regions r ON r.code = p.region_code`;

export const registryRepository = {
  /** Region codes and kecamatan/kabupaten names inside `scope`, for resolving row regions. */
  async regionLookup(q: Queryable, scope: string): Promise<RegionLookup> {
    const { rows } = await q.query<{ code: string; name: string; level: number }>(
      `SELECT code, name, level FROM regions WHERE $1 = 'ID' OR code = $1 OR code LIKE $1 || '.%'`,
      [scope],
    );
    const byCode = new Set<string>();
    const byName = new Map<string, string[]>();
    for (const r of rows) {
      byCode.add(r.code);
      if (r.level === 3) {
        const k = r.name.toLowerCase();
        byName.set(k, [...(byName.get(k) ?? []), r.code]);
      }
    }
    return { scope, byCode, byName };
  },

  /**
   * One batched upsert (a single statement): new NIPs are inserted, changed rows updated, identical
   * rows (same row_hash) left alone. Returns how many were inserted and updated.
   */
  async upsertBatch(q: Queryable, rows: readonly RegistryRow[], importId: string) {
    const { rows: out } = await q.query<{ inserted: boolean }>(
      `INSERT INTO asn_people AS p (nip, full_name, name_key, asn_type, agency_name, agency_organization_id,
         unit, position, rank, region_code, birth_date, gender, row_hash, last_import_id)
       SELECT r.nip, r.full_name, r.name_key, r.asn_type, r.agency_name,
         (SELECT o.id FROM organizations o WHERE lower(o.name) = lower(r.agency_name) ORDER BY o.created_at LIMIT 1),
         r.unit, r.position, r.rank, r.region_code, r.birth_date::date, r.gender, r.row_hash, $2
       FROM jsonb_to_recordset($1::jsonb) AS r(nip text, full_name text, name_key text, asn_type text,
         agency_name text, unit text, position text, rank text, region_code text, birth_date text,
         gender text, row_hash text)
       ON CONFLICT (nip) DO UPDATE SET full_name = EXCLUDED.full_name, name_key = EXCLUDED.name_key,
         asn_type = EXCLUDED.asn_type, agency_name = EXCLUDED.agency_name,
         agency_organization_id = EXCLUDED.agency_organization_id, unit = EXCLUDED.unit,
         position = EXCLUDED.position, rank = EXCLUDED.rank, region_code = EXCLUDED.region_code,
         birth_date = EXCLUDED.birth_date, gender = EXCLUDED.gender, row_hash = EXCLUDED.row_hash,
         last_import_id = EXCLUDED.last_import_id, active = true, updated_at = now()
       WHERE p.row_hash IS DISTINCT FROM EXCLUDED.row_hash
       RETURNING (xmax = 0) AS inserted`,
      [
        JSON.stringify(
          rows.map((r) => ({
            nip: r.nip,
            full_name: r.fullName,
            name_key: r.nameKey,
            asn_type: r.asnType,
            agency_name: r.agencyName,
            unit: r.unit,
            position: r.position,
            rank: r.rank,
            region_code: r.regionCode,
            birth_date: r.birthDate,
            gender: r.gender,
            row_hash: r.rowHash,
          })),
        ),
        importId,
      ],
    );
    const inserted = out.filter((r) => r.inserted).length;
    return { inserted, updated: out.length - inserted };
  },

  /** Accounts declared in the registry file (source 'registry'); existing pairs are kept. */
  async addRegistryAccounts(q: Queryable, rows: readonly RegistryRow[]): Promise<void> {
    const accounts = rows.flatMap((r) => r.accounts.map((a) => ({ nip: r.nip, ...a })));
    if (accounts.length === 0) return;
    await q.query(
      `INSERT INTO asn_accounts (asn_id, platform, handle, source)
       SELECT p.id, a.platform, a.handle, 'registry'
       FROM jsonb_to_recordset($1::jsonb) AS a(nip text, platform text, handle text)
       JOIN asn_people p ON p.nip = a.nip
       ON CONFLICT (platform, handle, asn_id) DO NOTHING`,
      [JSON.stringify(accounts)],
    );
  },

  async search(
    q: Queryable,
    f: { scopes: string[]; q?: string; agency?: string; regionCode?: string; limit: number; offset: number },
  ): Promise<{ rows: AsnRow[]; total: number }> {
    const params: unknown[] = [f.scopes];
    const where = [inRegionScopes('p.region_code', '$1')];
    let order = 'p.name_key, p.nip';
    if (f.q && /^\d{4,18}$/.test(f.q.replace(/\s/g, ''))) {
      params.push(`${f.q.replace(/\s/g, '')}%`);
      where.push(`p.nip LIKE $${params.length}`);
    } else if (f.q) {
      params.push(f.q);
      const i = params.length;
      // Trigram similarity on the normalised name; the caller passes the normalised query.
      where.push(`(p.name_key % $${i} OR p.name_key LIKE '%' || $${i} || '%')`);
      order = `similarity(p.name_key, $${i}) DESC, p.name_key`;
    }
    if (f.agency) {
      params.push(`%${f.agency.toLowerCase()}%`);
      where.push(`lower(p.agency_name) LIKE $${params.length}`);
    }
    if (f.regionCode) {
      params.push(f.regionCode);
      where.push(`(p.region_code = $${params.length} OR p.region_code LIKE $${params.length} || '.%')`);
    }
    const w = where.join(' AND ');
    const total = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM asn_people p WHERE ${w}`,
      params,
    );
    const { rows } = await q.query<AsnRow>(
      `${SELECT_ASN} WHERE ${w} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, f.limit, f.offset],
    );
    return { rows, total: total.rows[0]!.n };
  },

  async get(q: Queryable, id: string): Promise<AsnRow | undefined> {
    const { rows } = await q.query<AsnRow>(`${SELECT_ASN} WHERE p.id = $1`, [id]);
    return rows[0];
  },

  async accounts(q: Queryable, asnId: string) {
    const { rows } = await q.query<{
      id: string;
      platform: string;
      handle: string;
      display_name: string | null;
      profile_url: string | null;
      source: 'registry' | 'confirmed_link' | 'self_declared';
      created_at: Date;
    }>(
      `SELECT id, platform, handle, display_name, profile_url, source, created_at FROM asn_accounts
       WHERE asn_id = $1 ORDER BY platform, handle`,
      [asnId],
    );
    return rows;
  },
};
