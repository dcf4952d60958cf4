import { randomBytes } from 'node:crypto';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';
import {
  NIK_WOMAN_1990,
  NIP_VALID,
  REPORTER_NAME,
  caseIdOf,
  submitReport,
  submitTip,
  villageIn,
} from './cases-helpers';
import { pdfText, walkCase } from './case-documents-helpers';

// Official documents generated from case data: PDF and DOCX parsed back, numbering per office and
// year, reporter identity only on request by a role that may read it, and every generation audited.
let t: TestApp;
let village: string;
const s: Record<'staff' | 'commissioner' | 'viewer' | 'outsider', Session> = {} as never;

beforeAll(async () => {
  t = await createTestApp({ NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  village = await villageIn(t.db, '14.03.12');
  const home = await createOrganization(t.db, '14.03');
  const away = await createOrganization(t.db, '14.06');
  const sign = async (orgId: string, role: Parameters<typeof createUser>[2]) =>
    signIn(t.app, (await createUser(t.db, orgId, role)).email);
  s.staff = await sign(home.id, 'handling_staff');
  s.commissioner = await sign(home.id, 'commissioner');
  s.viewer = await sign(home.id, 'viewer');
  s.outsider = await sign(away.id, 'handling_staff');
});
afterAll(() => t.close());

type DocList = {
  canIncludeReporter: boolean;
  items: {
    kind: string;
    variant: string;
    needsReporter: boolean;
    formCode: string | null;
    issued: { number: string } | null;
  }[];
};
const list = async (who: Session, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/cases/${id}/documents`, headers: who.headers });
const download = (who: Session, id: string, kind: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/cases/${id}/documents/${kind}?${query}`, headers: who.headers });
const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

async function forwardedCase() {
  const receipt = await submitReport(t.app, village);
  const id = await caseIdOf(t.db, receipt.receiptCode);
  await walkCase(t, s.staff, id, 'start_initial_study');
  const registered = await walkCase(t, s.staff, id, 'register', {
    formal: { identitas: true, terlapor: true, tepat_waktu: true },
    material: { waktu_tempat: true, uraian: true, bukti: true },
  });
  await walkCase(t, s.staff, id, 'start_clarification', { parties: ['reporter', 'reported', 'witness'] });
  await walkCase(t, s.staff, id, 'record_clarification', {
    statements: [
      { party: 'reporter', attended: true },
      { party: 'reported', attended: false },
    ],
  });
  await walkCase(t, s.staff, id, 'submit_study', {
    conclusion: 'violation',
    catalogueEntryIds: ['skb2022.ethics.1'],
    analysis: 'Terlapor berorasi pada kampanye terbuka pasangan calon.',
  });
  await walkCase(t, s.commissioner, id, 'decide_violation', {
    membersPresent: 4,
    membersTotal: 5,
    violationKinds: ['asn_neutrality'],
  });
  const forwarded = await walkCase(t, s.staff, id, 'forward', { dispositions: [{ kind: 'asn_neutrality' }] });
  return {
    id,
    registerNumber: registered.registerNumber!,
    dispositionId: forwarded.state.dispositions[0]!.id,
  };
}

describe('case documents', () => {
  it('lists the documents a forwarded case can produce, with the profile’s form codes', async () => {
    const { id, dispositionId } = await forwardedCase();
    const response = await list(s.staff, id);
    expect(response.statusCode).toBe(200);
    const body = response.json<DocList>();
    expect(body.canIncludeReporter).toBe(true);
    expect(body.items.map((d) => `${d.kind}:${d.variant}`)).toEqual([
      'initial_study:',
      'registration_notice:',
      'status_notice:',
      'clarification_invitation:reporter',
      'clarification_invitation:reported',
      'clarification_invitation:witness',
      'clarification_minutes:',
      'study:',
      'plenary_minutes:',
      `forwarding_letter:${dispositionId}`,
      `follow_up_request:${dispositionId}`,
    ]);
    expect(body.items.find((d) => d.kind === 'status_notice')).toMatchObject({
      formCode: 'A.17',
      needsReporter: true,
    });
    expect(body.items.find((d) => d.kind === 'study')).toMatchObject({ needsReporter: false });
  });

  it('generates a forwarding letter to BKN as PDF and DOCX with the register number, parties and one number', async () => {
    const { id, registerNumber } = await forwardedCase();
    const pdf = await download(s.staff, id, 'forwarding_letter', 'format=pdf');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(registerNumber);
    expect(text).toContain('Kepala Badan Kepegawaian Negara');
    expect(text).toContain('BADAN PENGAWAS PEMILIHAN UMUM');
    expect(text).toContain(NIP_VALID);
    expect(text).not.toContain(REPORTER_NAME);
    const number = decodeURIComponent(String(pdf.headers['x-document-number']));
    expect(number).toMatch(/^\d{3}\/PNR\/14\.03\/[IVX]+\/\d{4}$/);
    expect(text).toContain(number);

    const docx = await download(s.staff, id, 'forwarding_letter', 'format=docx');
    expect(docx.statusCode).toBe(200);
    const words = await docxText(docx.rawPayload);
    expect(words).toContain(registerNumber);
    expect(words).toContain('Budi Terlapor');
    expect(words).toContain('Tembusan');
    // The number is drawn once: the second generation reuses it.
    expect(decodeURIComponent(String(docx.headers['x-document-number']))).toBe(number);
    expect(words).toContain(number);

    const audit = await t.db.query<{
      after: { kind: string; format: string; sha256: string; reporterIncluded: boolean };
      fields_read: string[] | null;
    }>(
      `SELECT after, fields_read FROM audit_events WHERE action = 'cases.document_generated' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.rows.map((r) => [r.after.kind, r.after.format, r.after.reporterIncluded])).toEqual([
      ['forwarding_letter', 'pdf', false],
      ['forwarding_letter', 'docx', false],
    ]);
    expect(audit.rows[0]!.after.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(audit.rows[0]!.fields_read).toBeNull();
  });

  it('numbers documents from one sequence per office and year', async () => {
    const { id } = await forwardedCase();
    const a = await download(s.staff, id, 'study', 'format=pdf');
    const b = await download(s.staff, id, 'plenary_minutes', 'format=pdf');
    const seqA = Number(decodeURIComponent(String(a.headers['x-document-number'])).split('/')[0]);
    const plenary = decodeURIComponent(String(b.headers['x-document-number']));
    expect(plenary).toMatch(/^\d+\/BA-RP-14\.03\/[IVX]+\/\d{4}$/);
    expect(Number(plenary.split('/')[0])).toBe(seqA + 1);
    const study = await docxText((await download(s.staff, id, 'study', 'format=docx')).rawPayload);
    expect(study).toContain('KAJIAN DUGAAN PELANGGARAN');
    expect(study).toContain('Terlapor berorasi pada kampanye terbuka pasangan calon.');
    expect(study).toContain('skb2022.ethics.1');
  });

  it('prints the reporter only on request, with a reason, for a role that may read it — and audits the reveal', async () => {
    const { id } = await forwardedCase();
    const withheld = await download(s.staff, id, 'clarification_invitation', 'variant=reporter&format=docx');
    expect(withheld.statusCode).toBe(200);
    const plain = await docxText(withheld.rawPayload);
    expect(plain).toContain('[identitas pelapor dirahasiakan]');
    expect(plain).not.toContain(REPORTER_NAME);
    expect(plain).not.toContain(NIK_WOMAN_1990);

    const noReason = await download(
      s.staff,
      id,
      'clarification_invitation',
      'variant=reporter&includeReporter=true',
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ error: { code: string } }>().error.code).toBe('documents.reason_required');

    const named = await download(
      s.staff,
      id,
      'clarification_invitation',
      `variant=reporter&format=pdf&includeReporter=true&reason=${encodeURIComponent('Mengirim undangan klarifikasi')}`,
    );
    expect(named.statusCode).toBe(200);
    const text = pdfText(named.rawPayload);
    expect(text).toContain(REPORTER_NAME);
    expect(text).toContain('RAHASIA');
    expect(text).not.toContain(NIK_WOMAN_1990); // letters never print the NIK
    const audit = await t.db.query<{ fields_read: string[] | null; after: { reason?: string } }>(
      `SELECT fields_read, after FROM audit_events WHERE action = 'cases.document_generated' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(audit.rows[0]).toEqual({
      fields_read: ['name', 'address', 'phone', 'email'],
      after: expect.objectContaining({
        reason: 'Mengirim undangan klarifikasi',
        reporterIncluded: true,
      }) as object,
    });

    // A document that does not name the reporter ignores the request.
    const study = pdfText(
      (await download(s.staff, id, 'study', 'includeReporter=true&reason=uji%20coba')).rawPayload,
    );
    expect(study).not.toContain(REPORTER_NAME);
  });

  it('refuses roles without case access, other jurisdictions, and documents not yet available', async () => {
    const receipt = await submitReport(t.app, village);
    const id = await caseIdOf(t.db, receipt.receiptCode);
    expect((await list(s.viewer, id)).statusCode).toBe(403);
    expect((await download(s.viewer, id, 'status_notice')).statusCode).toBe(403);
    expect((await download(s.outsider, id, 'status_notice')).statusCode).toBe(403);
    const early = await download(s.staff, id, 'forwarding_letter');
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { code: string } }>().error.code).toBe('documents.not_available');
    expect((await list(s.staff, id)).json<DocList>().items).toEqual([]);
    const none = await t.db.query('SELECT 1 FROM case_documents WHERE case_id = $1', [id]);
    expect(none.rowCount).toBe(0);
  });

  it('writes the completion request and the A.17 status notice of a declined report', async () => {
    const id = await caseIdOf(t.db, (await submitReport(t.app, village)).receiptCode);
    await walkCase(t, s.staff, id, 'start_initial_study');
    await walkCase(t, s.staff, id, 'request_completion', { missing: ['Fotokopi KTP pelapor'] });
    await walkCase(t, s.staff, id, 'decline_registration', { reasons: ['Kelengkapan tidak disampaikan'] });
    const completion = await docxText(
      (await download(s.staff, id, 'completion_request', 'format=docx')).rawPayload,
    );
    expect(completion).toContain('Fotokopi KTP pelapor');
    expect(completion).toContain('2 × 24 jam');
    const notice = pdfText((await download(s.staff, id, 'status_notice')).rawPayload);
    expect(notice).toContain('Formulir Model A.17');
    expect(notice).toContain('Kelengkapan tidak disampaikan');
    expect(notice).toContain('tidak dapat ditindaklanjuti');
  });

  it('gives a finding (temuan) no reporter letters, and prints its source in the study', async () => {
    const tip = await submitTip(t.app, '14.03.12');
    const tipRow = await t.db.query<{ id: string }>('SELECT id FROM tips WHERE receipt_code = $1', [
      tip.receiptCode,
    ]);
    const raised = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tipRow.rows[0]!.id}/finding`,
      headers: s.staff.headers,
      payload: { foundOn: new Date().toISOString().slice(0, 10), note: 'Penelusuran menemukan unggahan ASN' },
    });
    const id = raised.json<{ caseId: string }>().caseId;
    await walkCase(t, s.staff, id, 'start_initial_study');
    await walkCase(t, s.staff, id, 'register', { formal: { a: true }, material: { a: true } });
    await walkCase(t, s.staff, id, 'start_clarification', { parties: ['reporter', 'reported'] });
    const items = (await list(s.staff, id)).json<DocList>().items;
    expect(items.map((d) => `${d.kind}:${d.variant}`)).toEqual([
      'initial_study:',
      'clarification_invitation:reported',
    ]);
    expect(items.every((d) => !d.needsReporter)).toBe(true);
    const registered = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: s.staff.headers })
    ).json<{
      registerNumber: string;
    }>();
    const initial = pdfText((await download(s.staff, id, 'initial_study')).rawPayload);
    expect(initial).toContain('KAJIAN AWAL');
    expect(initial).toContain(registered.registerNumber);
    expect(initial).toContain(`Informasi awal ${tip.receiptCode}`);
  });
});
