import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import {
  NIK_WOMAN_1990,
  REPORTER_NAME,
  caseIdOf,
  publicHeaders,
  reportBody,
  submitReport,
  submitTip,
  villageIn,
} from './cases-helpers';

// The public side: report → receipt + secret → status / PDF / evidence, and the anonymous tip.
let t: TestApp;
let village: string;
let evidenceDir: string;

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'netra-evidence-'));
  t = await createTestApp({
    NETRA_DATA_DIR: evidenceDir,
    NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  });
  village = await villageIn(t.db, '14.03.12');
});
afterAll(async () => {
  await t.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

type Fields = { error: { code: string; details: { fields: { field: string; message: string }[] } } };

describe('public reports', () => {
  it('gives a receipt and a secret, and the status follows with both', async () => {
    const receipt = await submitReport(t.app, village);
    expect(receipt.receiptCode).toMatch(/^LP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.trackingSecret.length).toBeGreaterThanOrEqual(20);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/public/reports/${receipt.receiptCode}/status`,
      headers: { 'x-tracking-secret': receipt.trackingSecret },
    });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({
      receiptCode: receipt.receiptCode,
      status: 'received',
      withinReportWindow: true,
    });
    expect(status.body).not.toContain(NIK_WOMAN_1990);
    expect(status.body).not.toContain(REPORTER_NAME);

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/public/reports/${receipt.receiptCode}/receipt.pdf`,
      headers: { 'x-tracking-secret': receipt.trackingSecret },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).not.toContain(NIK_WOMAN_1990);
  });

  it('stores the reporter identity only encrypted', async () => {
    const receipt = await submitReport(t.app, village);
    const raw = await t.db.query<{ report: string; state: string }>(
      `SELECT row_to_json(r)::text AS report, c.state::text AS state FROM reports r JOIN cases c ON c.id = r.case_id
       WHERE r.receipt_code = $1`,
      [receipt.receiptCode],
    );
    const { report, state } = raw.rows[0]!;
    for (const secret of [NIK_WOMAN_1990, REPORTER_NAME, '081234567890', 'pelapor@test.netra.example']) {
      expect(report).not.toContain(secret);
      expect(state).not.toContain(secret);
    }
    expect(report).toContain('"reporter_identity_encrypted":"v1:');
    const audit = await t.db.query<{ text: string }>(
      `SELECT coalesce(string_agg(row_to_json(a)::text, ''), '') AS text FROM audit_events a WHERE entity_id = $1`,
      [await caseIdOf(t.db, receipt.receiptCode)],
    );
    expect(audit.rows[0]!.text).not.toContain(NIK_WOMAN_1990);
  });

  it('refuses a wrong secret, and audits it', async () => {
    const receipt = await submitReport(t.app, village);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/public/reports/${receipt.receiptCode}/status`,
      headers: { 'x-tracking-secret': 'salah-salah-salah-salah' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('reports.wrong_secret');
    const audit = await t.db.query(
      `SELECT outcome FROM audit_events WHERE action = 'report.wrong_secret' AND request_id = $1`,
      [response.headers['x-request-id']],
    );
    expect(audit.rows).toEqual([{ outcome: 'denied' }]);
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/public/reports/${receipt.receiptCode}/receipt.pdf`,
    });
    expect(missing.statusCode).toBe(403);
  });

  it('makes one report from a repeated submission', async () => {
    const idempotencyKey = randomUUID();
    const first = await submitReport(t.app, village, { idempotencyKey });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: await publicHeaders(t.app),
      payload: reportBody(village, { idempotencyKey }),
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first);
  });

  it('names each invalid identity field and date', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: await publicHeaders(t.app),
      payload: reportBody(village, {
        reporter: { ...reportBody(village).reporter, nik: '9903124501900001' },
        reportedParty: { name: 'Budi', nip: '199001052015013001' },
        occurredOn: '2024-11-20',
        knownOn: '2024-11-10',
      }),
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<Fields>().error.details.fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['occurredOn', 'reportedParty.nip', 'reporter.nik']);
    expect(fields.find((f) => f.field === 'reporter.nik')!.message).toMatch(/provinsi.*province/);
    expect(fields.find((f) => f.field === 'reportedParty.nip')!.message).toMatch(/jenis kelamin.*gender/);

    const badDate = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: await publicHeaders(t.app),
      payload: reportBody(village, {
        reporter: { ...reportBody(village).reporter, nik: '1403127302900001' }, // 33 Feb as a woman's day
      }),
    });
    const dateFields = badDate.json<Fields>().error.details.fields;
    expect(dateFields.map((f) => f.field)).toEqual(['reporter.nik']);
    expect(dateFields[0]!.message).toMatch(/Tanggal lahir/);
  });

  it('refuses a disguised file with its reason and keeps the evidence already sent', async () => {
    const receipt = await submitReport(t.app, village);
    const upload = async (filename: string, bytes: Buffer) => {
      const boundary = `----netra${randomUUID()}`;
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: `/api/public/reports/${receipt.receiptCode}/evidence`,
        headers: {
          ...(await publicHeaders(t.app)),
          'x-tracking-secret': receipt.trackingSecret,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: body,
      });
    };
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(64),
    ]);
    const good = await upload('foto.png', png);
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toMatchObject({ mediaType: 'image/png', sizeBytes: png.length });

    const fake = await upload('foto.jpg', Buffer.from('#!/bin/sh\necho bukan gambar\n'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json<{ error: { code: string } }>().error.code).toBe('evidence.unsupported_type');

    const stored = await t.db.query(
      'SELECT media_type FROM evidence_files e JOIN reports r ON r.id = e.report_id WHERE r.receipt_code = $1',
      [receipt.receiptCode],
    );
    expect(stored.rows).toEqual([{ media_type: 'image/png' }]);
  });
});

describe('anonymous tips', () => {
  it('gives a code and secret and shows the status, with no identity fields accepted', async () => {
    const tip = await submitTip(t.app, '14.03.12');
    expect(tip.receiptCode).toMatch(/^IA-/);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/public/tips/${tip.receiptCode}/status`,
      headers: { 'x-tracking-secret': tip.trackingSecret },
    });
    expect(status.json()).toMatchObject({ status: 'received' });
    const boundary = 'tipBatas';
    const evidence = await t.app.inject({
      method: 'POST',
      url: `/api/public/tips/${tip.receiptCode}/evidence`,
      headers: {
        ...(await publicHeaders(t.app)),
        'x-tracking-secret': tip.trackingSecret,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="layar.jpg"\r\n\r\n`,
        ),
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(32)]),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(evidence.statusCode, evidence.body).toBe(201);
    expect(evidence.json()).toMatchObject({ mediaType: 'image/jpeg' });
    const withIdentity = await t.app.inject({
      method: 'POST',
      url: '/api/public/tips',
      headers: await publicHeaders(t.app),
      payload: { whatHappened: 'Informasi awal dengan nama', regionCode: '14.03', reporter: { name: 'X' } },
    });
    expect(withIdentity.statusCode).toBe(400);
  });
});
