import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createFileEvidenceStorage } from '../../../src/modules/cases/evidence-storage';
import { createOrganization } from '../../helpers/test-app';
import { appealBody, insertAsn } from '../appeals-helpers';
import type { Case, FeatureCases, Target } from './matrix-types';

// Appeals: every staff route, with a fresh appeal in the target's region in the state the route needs.
export const appealsCases: FeatureCases = ({ app }) => {
  const db = () => app().db;

  async function appealIn(x: Target, status: 'draft' | 'submitted' | 'approved' | 'issued' = 'draft') {
    const b = appealBody(`M-${randomUUID().slice(0, 8)}`);
    const row = await db().query<{ id: string }>(
      `INSERT INTO appeals (organization_id, region_code, number, letter_date, subject, addressees, body,
         signatory_name, signatory_position, pledge_text, status, code, issued_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'Pakta',$10,$11,$12) RETURNING id`,
      [
        x.orgId,
        x.regionCode,
        b.number,
        b.letterDate,
        b.subject,
        b.addressees,
        'Isi imbauan matriks',
        b.signatoryName,
        b.signatoryPosition,
        status,
        status === 'issued' ? `IMB-${randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase()}` : null,
        status === 'issued' ? new Date() : null,
      ],
    );
    return row.rows[0]!.id;
  }

  async function attachmentOf(appealId: string) {
    const row = await db().query<{ id: string }>(
      `INSERT INTO appeal_attachments (appeal_id, sha256, media_type, size_bytes) VALUES ($1, $2, 'application/pdf', 10)
       RETURNING id`,
      [appealId, 'a'.repeat(64)],
    );
    return row.rows[0]!.id;
  }

  /** An issued appeal with one agency in its region and one targeted ASN of that agency. */
  async function distributedIn(x: Target) {
    const id = await appealIn(x, 'issued');
    const agency = await createOrganization(db(), x.regionCode, 'opd');
    const asn = await insertAsn(db(), {
      agencyId: agency.id,
      agencyName: agency.name,
      regionCode: x.regionCode,
    });
    await db().query(
      `INSERT INTO appeal_targets (appeal_id, asn_id, agency_organization_id, agency_name, asn_type, region_code,
         token_hash, token_expires_at) VALUES ($1,$2,$3,$4,'PNS',$5,md5(random()::text),now() + interval '1 day')`,
      [id, asn.id, agency.id, agency.name, x.regionCode],
    );
    return { id, agency };
  }

  const multipart = (parts: { name: string; filename: string; bytes: Buffer }[]) => {
    const boundary = 'matriksImbauan';
    const payload = Buffer.concat([
      ...parts.flatMap((p) => [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        p.bytes,
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  };

  const scoped = (
    method: Case['method'],
    route: string,
    action: Case['action'],
    request: Case['request'],
  ): Case => ({ method, route, action, scoped: true, request });

  return [
    {
      method: 'GET',
      route: '/api/appeals',
      action: 'appeals.read',
      scoped: false,
      request: async () => ({ url: '/api/appeals?pageSize=200' }),
    },
    scoped('POST', '/api/appeals', 'appeals.manage', async (x) => ({
      url: '/api/appeals',
      payload: { ...appealBody(`M-${randomUUID().slice(0, 8)}`), organizationId: x.orgId },
    })),
    scoped('GET', '/api/appeals/:id', 'appeals.read', async (x) => ({
      url: `/api/appeals/${await appealIn(x)}`,
    })),
    scoped('PUT', '/api/appeals/:id', 'appeals.manage', async (x) => ({
      url: `/api/appeals/${await appealIn(x)}`,
      payload: appealBody(`M-${randomUUID().slice(0, 8)}`),
    })),
    scoped('POST', '/api/appeals/:id/submit', 'appeals.manage', async (x) => ({
      url: `/api/appeals/${await appealIn(x)}/submit`,
    })),
    scoped('POST', '/api/appeals/:id/approve', 'appeals.approve', async (x) => ({
      url: `/api/appeals/${await appealIn(x, 'submitted')}/approve`,
    })),
    scoped('POST', '/api/appeals/:id/return', 'appeals.approve', async (x) => ({
      url: `/api/appeals/${await appealIn(x, 'submitted')}/return`,
      payload: { note: 'Perbaiki' },
    })),
    scoped('POST', '/api/appeals/:id/issue', 'appeals.manage', async (x) => ({
      url: `/api/appeals/${await appealIn(x, 'approved')}/issue`,
    })),
    scoped('GET', '/api/appeals/:id/letter.pdf', 'appeals.read', async (x) => ({
      url: `/api/appeals/${await appealIn(x)}/letter.pdf`,
    })),
    scoped('POST', '/api/appeals/:id/attachments', 'appeals.manage', async (x) => ({
      url: `/api/appeals/${await appealIn(x)}/attachments`,
      ...multipart([
        { name: 'file', filename: 'lampiran.pdf', bytes: Buffer.from(`%PDF-1.4\n% ${randomUUID()}\n`) },
      ]),
    })),
    scoped('GET', '/api/appeals/:id/attachments/:attachmentId', 'appeals.read', async (x) => {
      const id = await appealIn(x);
      return { url: `/api/appeals/${id}/attachments/${await storedAttachment(id)}` };
    }),
    scoped('DELETE', '/api/appeals/:id/attachments/:attachmentId', 'appeals.manage', async (x) => {
      const id = await appealIn(x);
      return { url: `/api/appeals/${id}/attachments/${await attachmentOf(id)}` };
    }),
    scoped('GET', '/api/appeals/:id/recipients', 'appeals.read', async (x) => ({
      url: `/api/appeals/${await appealIn(x, 'issued')}/recipients`,
    })),
    scoped('POST', '/api/appeals/:id/distribution', 'appeals.manage', async (x) => {
      const { id, agency } = await distributedIn(x);
      await insertAsn(db(), { agencyId: agency.id, agencyName: agency.name, regionCode: x.regionCode });
      return { url: `/api/appeals/${id}/distribution`, payload: { agencyOrganizationIds: [agency.id] } };
    }),
    scoped('GET', '/api/appeals/:id/coverage', 'appeals.read', async (x) => ({
      url: `/api/appeals/${(await distributedIn(x)).id}/coverage`,
    })),
    scoped('GET', '/api/appeals/:id/coverage.xlsx', 'appeals.read', async (x) => ({
      url: `/api/appeals/${(await distributedIn(x)).id}/coverage.xlsx`,
    })),
    scoped('GET', '/api/appeals/:id/coverage.csv', 'appeals.read', async (x) => ({
      url: `/api/appeals/${(await distributedIn(x)).id}/coverage.csv?by=region`,
    })),
    scoped('GET', '/api/appeals/:id/targets.xlsx', 'appeals.manage', async (x) => ({
      url: `/api/appeals/${(await distributedIn(x)).id}/targets.xlsx`,
    })),
    scoped('POST', '/api/appeals/:id/reminders', 'appeals.manage', async (x) => ({
      url: `/api/appeals/${(await distributedIn(x)).id}/reminders`,
    })),
    {
      method: 'GET',
      route: '/api/appeals-attendance',
      action: 'appeals.attendance',
      scoped: false,
      request: async () => ({ url: '/api/appeals-attendance' }),
    },
    scoped('POST', '/api/appeals/:id/attendance', 'appeals.attendance', async (x) => ({
      url: `/api/appeals/${(await distributedIn(x)).id}/attendance`,
      // A list with one NIP not targeted in the uploader's agency: accepted, with a row error.
      ...multipart([
        { name: 'list', filename: 'hadir.csv', bytes: Buffer.from('NIP\n199001012020121001\n') },
        { name: 'scan', filename: 'ttd.pdf', bytes: Buffer.from(`%PDF-1.4\n% ${randomUUID()}\n`) },
      ]),
    })),
  ];

  /** An attachment whose bytes really exist in the evidence storage. */
  async function storedAttachment(appealId: string) {
    const bytes = Buffer.from(`%PDF-1.4\n% lampiran ${appealId}\n`);
    const sha = await createFileEvidenceStorage(path.join(app().services.config.db.dataDir, 'evidence')).put(
      bytes,
    );
    const row = await db().query<{ id: string }>(
      `INSERT INTO appeal_attachments (appeal_id, sha256, media_type, size_bytes) VALUES ($1,$2,'application/pdf',$3)
       RETURNING id`,
      [appealId, sha, bytes.length],
    );
    return row.rows[0]!.id;
  }
};
