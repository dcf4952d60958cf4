import { bengkalis2024Election } from '@netra/rules';
import { randomUUID } from 'node:crypto';
import { fileUpload } from '../registry-helpers';
import type { Case, FeatureCases, Target } from './matrix-types';

// Registry, candidates and ingestion routes, each with a fresh object in the target's region.
export const registryCases: FeatureCases = ({ app }) => {
  const db = () => app().db;
  let seq = 0;

  /** A structurally valid NIP no other row uses (sequence digits from a counter). */
  function freshNip(): string {
    seq++;
    const day = String((seq % 28) + 1).padStart(2, '0');
    const n = String(Math.floor(Math.random() * 900) + 100);
    return `1985${String((seq % 12) + 1).padStart(2, '0')}${day}20100${(seq % 9) + 1}1${n}`;
  }

  async function asnIn(x: Target) {
    const row = await db().query<{ id: string }>(
      `INSERT INTO asn_people (nip, full_name, name_key, asn_type, agency_name, region_code, row_hash)
       VALUES ($1, 'Matriks Uji', 'matriks uji', 'PNS', 'Dinas Uji', $2, md5(random()::text)) RETURNING id`,
      [freshNip(), x.regionCode],
    );
    return row.rows[0]!.id;
  }

  async function runIn(x: Target, kind: 'asn_registry' | 'events') {
    const row = await db().query<{ id: string }>(
      `INSERT INTO import_runs (kind, region_code, status) VALUES ($1, $2, 'done') RETURNING id`,
      [kind, x.regionCode],
    );
    return row.rows[0]!.id;
  }

  async function electionIn(x: Target) {
    const id = `matriks-${randomUUID().slice(0, 8)}`;
    // A valid definition: the election table is shared by every test file, and case intake in this
    // region parses every election that covers it.
    const definition = { ...bengkalis2024Election, id, name: 'Pemilihan uji', regionCode: x.regionCode };
    await db().query(
      `INSERT INTO elections (id, name, profile_id, region_code, definition) VALUES ($1, 'Pemilihan uji', $2, $3, $4)`,
      [id, definition.profileId, x.regionCode, JSON.stringify(definition)],
    );
    return id;
  }

  async function candidateIn(x: Target) {
    const electionId = await electionIn(x);
    const row = await db().query<{ id: string }>(
      `INSERT INTO candidates (election_id, region_code, ballot_number, name) VALUES ($1, $2, 1, 'Calon Uji') RETURNING id`,
      [electionId, x.regionCode],
    );
    return { id: row.rows[0]!.id, electionId };
  }

  const candidateBody = (electionId: string) => ({ electionId, ballotNumber: 2, name: 'Calon Matriks' });
  const event = () => ({
    id: `matriks-${randomUUID()}`,
    type: 'like',
    platform: 'x',
    actorAccountId: 'akun-uji',
    occurredAt: '2024-10-15T09:00:00+07:00',
  });

  const cases: Case[] = [
    {
      method: 'GET',
      route: '/api/registry/asn',
      action: 'asn.read',
      scoped: false,
      request: async () => ({ url: '/api/registry/asn' }),
    },
    {
      method: 'GET',
      route: '/api/registry/asn/:id',
      action: 'asn.read',
      scoped: true,
      request: async (x) => ({ url: `/api/registry/asn/${await asnIn(x)}` }),
    },
    {
      method: 'GET',
      route: '/api/registry/asn/:id/accounts',
      action: 'asn.read_accounts',
      scoped: true,
      request: async (x) => ({ url: `/api/registry/asn/${await asnIn(x)}/accounts` }),
    },
    {
      method: 'GET',
      route: '/api/registry/imports',
      action: 'asn.manage',
      scoped: false,
      request: async () => ({ url: '/api/registry/imports' }),
    },
    {
      method: 'POST',
      route: '/api/registry/imports',
      action: 'asn.manage',
      scoped: true,
      request: async (x) => {
        const body = fileUpload(
          Buffer.from(`NIP,Nama,Jenis ASN,Instansi\n${freshNip()},Matriks Impor,PNS,Dinas Uji\n`),
          'registri.csv',
        );
        return {
          url: `/api/registry/imports?regionCode=${x.regionCode}`,
          payload: body.payload,
          headers: body.headers,
        };
      },
    },
    {
      method: 'GET',
      route: '/api/registry/imports/:id',
      action: 'asn.manage',
      scoped: true,
      request: async (x) => ({ url: `/api/registry/imports/${await runIn(x, 'asn_registry')}` }),
    },
    {
      method: 'GET',
      route: '/api/registry/imports/:id/errors',
      action: 'asn.manage',
      scoped: true,
      request: async (x) => ({ url: `/api/registry/imports/${await runIn(x, 'asn_registry')}/errors` }),
    },
    {
      method: 'GET',
      route: '/api/registry/imports/:id/errors.csv',
      action: 'asn.manage',
      scoped: true,
      request: async (x) => ({ url: `/api/registry/imports/${await runIn(x, 'asn_registry')}/errors.csv` }),
    },
    {
      method: 'GET',
      route: '/api/candidates',
      action: 'monitoring.read',
      scoped: false,
      request: async () => ({ url: '/api/candidates' }),
    },
    {
      method: 'POST',
      route: '/api/candidates',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => ({ url: '/api/candidates', payload: candidateBody(await electionIn(x)) }),
    },
    {
      method: 'POST',
      route: '/api/candidates/import',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => ({
        url: '/api/candidates/import',
        payload: { candidates: [candidateBody(await electionIn(x))] },
      }),
    },
    {
      method: 'GET',
      route: '/api/candidates/:id',
      action: 'monitoring.read',
      scoped: true,
      request: async (x) => ({ url: `/api/candidates/${(await candidateIn(x)).id}` }),
    },
    {
      method: 'PUT',
      route: '/api/candidates/:id',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => {
        const c = await candidateIn(x);
        return { url: `/api/candidates/${c.id}`, payload: candidateBody(c.electionId) };
      },
    },
    {
      method: 'DELETE',
      route: '/api/candidates/:id',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => ({ url: `/api/candidates/${(await candidateIn(x)).id}` }),
    },
    {
      method: 'POST',
      route: '/api/candidates/:id/accounts',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => ({
        url: `/api/candidates/${(await candidateIn(x)).id}/accounts`,
        payload: { platform: 'x', kind: 'official', handle: `akun_${randomUUID().slice(0, 8)}` },
      }),
    },
    {
      method: 'DELETE',
      route: '/api/candidates/:id/accounts/:accountId',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => {
        const c = await candidateIn(x);
        const a = await db().query<{ id: string }>(
          `INSERT INTO candidate_accounts (candidate_id, platform, kind, handle) VALUES ($1, 'x', 'official', $2) RETURNING id`,
          [c.id, `akun_${randomUUID().slice(0, 8)}`],
        );
        return { url: `/api/candidates/${c.id}/accounts/${a.rows[0]!.id}` };
      },
    },
    {
      method: 'POST',
      route: '/api/candidates/:id/lexicon',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => ({
        url: `/api/candidates/${(await candidateIn(x)).id}/lexicon`,
        payload: { kind: 'slogan', term: 'Maju Bersama Uji' },
      }),
    },
    {
      method: 'DELETE',
      route: '/api/candidates/:id/lexicon/:termId',
      action: 'candidates.manage',
      scoped: true,
      request: async (x) => {
        const c = await candidateIn(x);
        const term = await db().query<{ id: string }>(
          `INSERT INTO candidate_lexicon (candidate_id, kind, term) VALUES ($1, 'slogan', 'Slogan Uji') RETURNING id`,
          [c.id],
        );
        return { url: `/api/candidates/${c.id}/lexicon/${term.rows[0]!.id}` };
      },
    },
    {
      method: 'POST',
      route: '/api/ingestion/events',
      action: 'monitoring.handle',
      scoped: true,
      request: async (x) => ({
        url: '/api/ingestion/events',
        payload: { regionCode: x.regionCode, events: [event()] },
      }),
    },
    {
      method: 'POST',
      route: '/api/ingestion/imports',
      action: 'monitoring.handle',
      scoped: true,
      request: async (x) => {
        const body = fileUpload(Buffer.from(`${JSON.stringify(event())}\n`), 'events.ndjson');
        return {
          url: `/api/ingestion/imports?regionCode=${x.regionCode}`,
          payload: body.payload,
          headers: body.headers,
        };
      },
    },
    {
      method: 'GET',
      route: '/api/ingestion/imports',
      action: 'monitoring.read',
      scoped: false,
      request: async () => ({ url: '/api/ingestion/imports' }),
    },
    {
      method: 'GET',
      route: '/api/ingestion/imports/:id',
      action: 'monitoring.read',
      scoped: true,
      request: async (x) => ({ url: `/api/ingestion/imports/${await runIn(x, 'events')}` }),
    },
    {
      method: 'GET',
      route: '/api/ingestion/imports/:id/errors',
      action: 'monitoring.read',
      scoped: true,
      request: async (x) => ({ url: `/api/ingestion/imports/${await runIn(x, 'events')}/errors` }),
    },
    {
      method: 'GET',
      route: '/api/ingestion/imports/:id/errors.csv',
      action: 'monitoring.read',
      scoped: true,
      request: async (x) => ({ url: `/api/ingestion/imports/${await runIn(x, 'events')}/errors.csv` }),
    },
    {
      method: 'POST',
      route: '/api/screening/replay',
      action: 'monitoring.handle',
      scoped: true,
      request: async (x) => ({ url: '/api/screening/replay', payload: { regionCode: x.regionCode } }),
    },
  ];
  return cases;
};
