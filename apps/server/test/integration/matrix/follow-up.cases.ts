import path from 'node:path';
import { createFileEvidenceStorage } from '../../../src/modules/cases/evidence-storage';
import type { RequestContext } from '../../../src/modules/access/access.service';
import { createOrganization, createUser } from '../../helpers/test-app';
import { contextFor, forwardedCaseDirect } from '../follow-up-helpers';
import type { Case, FeatureCases } from './matrix-types';

/**
 * Follow-up routes. The matrix's actors all belong to one organisation; "inside" is a case in
 * the target region forwarded to that organisation (other test files share the database, so
 * never to "every organisation with an agency HR member"), so agency HR and police liaison reach it; "outside" is the same in
 * Kabupaten Kampar, beyond their region.
 */
export const followUpCases: FeatureCases = ({ app, homeOrgId }) => {
  let staff: Promise<{ staff: RequestContext; commissioner: RequestContext }> | undefined;
  // Staff of the province (covering both the inside and the outside region) drive the procedure
  // through the services, so that the setup does not count against the per-address limit.
  const bawaslu = () =>
    (staff ??= (async () => {
      const t = app();
      const province = await createOrganization(t.db, '14', 'bawaslu_provinsi');
      const make = async (role: 'handling_staff' | 'commissioner') =>
        contextFor(t, (await createUser(t.db, province.id, role)).userId);
      return { staff: await make('handling_staff'), commissioner: await make('commissioner') };
    })());

  /** A fresh forwarding (ASN neutrality) in `regionCode` addressed to the follow-up organisations. */
  async function forwarding(
    regionCode: string,
    withDocument = false,
  ): Promise<{ caseId: string; id: string }> {
    const t = app();
    const { caseId } = await forwardedCaseDirect(t, await bawaslu(), regionCode, [
      { kind: 'asn_neutrality', letterNumber: '01/PP/2026', recipientOrganizationIds: [] },
    ]);
    let sha: string | null = null;
    if (withDocument) {
      const storage = createFileEvidenceStorage(path.join(t.services.config.db.dataDir, 'evidence'));
      sha = await storage.put(Buffer.from(`%PDF-1.4\n% keputusan ${caseId}\n`));
    }
    const rows = await t.db.query<{ id: string }>(
      `INSERT INTO case_forwardings (case_id, disposition_id, kind, target, recipient_organization_id, forwarded_at,
         document_sha256, document_media_type, document_size_bytes)
       SELECT $1::uuid, $1::text || '-d1', 'asn_neutrality', 'BKN', o, now(), $2::text, CASE WHEN $2::text IS NULL THEN NULL ELSE 'application/pdf' END, 40
       FROM (SELECT $3::uuid AS o) m
       RETURNING id`,
      [caseId, sha, homeOrgId()],
    );
    return { caseId, id: rows.rows[0]!.id };
  }

  /** A forwarding whose sanction decision is recorded (in the core and on the row), awaiting execution. */
  async function sanctionedForwarding(regionCode: string) {
    const t = app();
    const { caseId, id } = await forwarding(regionCode);
    const version = await t.db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [
      caseId,
    ]);
    await t.services.cases.transition((await bawaslu()).staff, caseId, 'record_follow_up', {
      expectedVersion: version.rows[0]!.version,
      input: {
        dispositionId: `${caseId}-d1`,
        result: 'sanctioned',
        summary: 'Matriks: sanksi',
        sanction: { kind: 'discipline', level: 'pp94_ringan_teguran_lisan', decreeDate: '2026-01-05' },
      },
    });
    await t.db.query(
      `UPDATE case_forwardings SET decision = 'sanctioned', decision_letter_date = '2026-01-05', recorded_at = now()
       WHERE id = $1`,
      [id],
    );
    return { caseId, id };
  }
  const today = () => new Date().toISOString().slice(0, 10);

  const cases: Case[] = [
    {
      method: 'GET',
      route: '/api/supervision-results',
      action: 'supervision.file',
      scoped: false,
      request: async () => ({ url: '/api/supervision-results?pageSize=200' }),
    },
    {
      method: 'GET',
      route: '/api/follow-ups',
      action: 'cases.follow_up',
      scoped: false,
      request: async () => ({ url: '/api/follow-ups?state=all&pageSize=200' }),
    },
    {
      method: 'GET',
      route: '/api/follow-ups/:id',
      action: 'cases.follow_up',
      scoped: true,
      request: async (x) => ({ url: `/api/follow-ups/${(await forwarding(x.regionCode)).id}` }),
    },
    {
      method: 'POST',
      route: '/api/follow-ups/:id/decision',
      action: 'cases.follow_up',
      scoped: true,
      request: async (x) => {
        const { id, caseId } = await forwarding(x.regionCode);
        const version = await app().db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [
          caseId,
        ]);
        return {
          url: `/api/follow-ups/${id}/decision`,
          payload: {
            expectedVersion: version.rows[0]!.version,
            decision: 'not_sanctioned',
            reason: 'Matriks: tidak terbukti',
            decisionLetterNumber: '800/MATRIKS',
            decisionLetterDate: today(),
          },
        };
      },
    },
    {
      method: 'POST',
      route: '/api/follow-ups/:id/document',
      action: 'cases.follow_up',
      scoped: true,
      request: async (x) => {
        const { id } = await forwarding(x.regionCode);
        const boundary = 'matriksKeputusan';
        const payload = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sk.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          Buffer.from(`%PDF-1.4\n% ${id}\n`),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return {
          url: `/api/follow-ups/${id}/document`,
          payload,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        };
      },
    },
    {
      method: 'POST',
      route: '/api/follow-ups/:id/execution',
      action: 'cases.follow_up',
      scoped: true,
      request: async (x) => {
        const { id, caseId } = await sanctionedForwarding(x.regionCode);
        const version = await app().db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [
          caseId,
        ]);
        const payload = JSON.stringify({
          expectedVersion: version.rows[0]!.version,
          executedOn: today(),
          summary: 'Matriks: SK diserahkan',
        });
        const boundary = 'matriksEksekusi';
        const body = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${payload}\r\n` +
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ba.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          Buffer.from(`%PDF-1.4\n% ${id}\n`),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return {
          url: `/api/follow-ups/${id}/execution`,
          payload: body,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        };
      },
    },
    {
      method: 'GET',
      route: '/api/follow-ups/:id/document',
      action: 'cases.follow_up',
      scoped: true,
      request: async (x) => ({
        url: `/api/follow-ups/${(await forwarding(x.regionCode, true)).id}/document`,
      }),
    },
    {
      method: 'GET',
      route: '/api/cases/:id/forwardings/:forwardingId/document',
      action: 'cases.read',
      scoped: true,
      request: async (x) => {
        const { caseId, id } = await forwarding(x.regionCode, true);
        return { url: `/api/cases/${caseId}/forwardings/${id}/document` };
      },
    },
  ];
  return cases;
};
