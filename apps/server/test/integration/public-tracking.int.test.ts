import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { submitReport, submitTip, villageIn } from './cases-helpers';

// The public region search, the receipt-code lock-out and the configurable public rate limits.
let t: TestApp;
let village: string;

beforeAll(async () => {
  t = await createTestApp({
    NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    NETRA_TRACKING_MAX_FAILURES: '3',
    NETRA_TRACKING_WINDOW_MINUTES: '10',
    NETRA_TRACKING_LOCK_MINUTES: '20',
  });
  village = await villageIn(t.db, '14.03.12');
});
afterAll(() => t.close());

type ErrorBody = {
  error: { code: string; message: { id: string; en: string }; details?: { lockedUntil?: string } };
};

describe('public region search', () => {
  it('finds villages and sub-districts by name without an account, with public fields only', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/regions?q=siak%20kecil' });
    expect(response.statusCode).toBe(200);
    const items = response.json<Record<string, unknown>[]>();
    expect(items).toContainEqual({
      code: '14.03.12',
      name: 'Siak Kecil',
      level: 3,
      parentName: 'Kabupaten Bengkalis',
    });
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['code', 'level', 'name', 'parentName']);
      expect([3, 4]).toContain(item.level);
    }
  });

  it('lists at most 20 villages with their sub-district, and refuses a too-short query', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/regions?q=14.03.12.' });
    const items = response.json<{ code: string; level: number; parentName: string }[]>();
    expect(items.length).toBe(17); // Siak Kecil has 17 villages
    expect(items.every((i) => i.level === 4 && i.parentName === 'Siak Kecil')).toBe(true);
    const many = await t.app.inject({ method: 'GET', url: '/api/public/regions?q=su' });
    expect(many.json<unknown[]>().length).toBe(20);
    const short = await t.app.inject({ method: 'GET', url: '/api/public/regions?q=s' });
    expect(short.statusCode).toBe(400);
  });

  it('is rate-limited per address by configuration', async () => {
    const limited = await createTestApp({
      NETRA_PUBLIC_READ_PER_MINUTE: '3',
      NETRA_PUBLIC_LOOKUP_PER_MINUTE: '2',
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push(
          (await limited.app.inject({ method: 'GET', url: '/api/public/regions?q=bengkalis' })).statusCode,
        );
      expect(codes).toEqual([200, 200, 200, 429]);
      const announcements = await limited.app.inject({ method: 'GET', url: '/api/public/announcements' });
      expect(announcements.statusCode).toBe(200); // its own counter
      const lookups: number[] = [];
      for (let i = 0; i < 3; i++)
        lookups.push(
          (await limited.app.inject({ method: 'GET', url: '/api/public/reports/LP-2222-2222/status' }))
            .statusCode,
        );
      expect(lookups).toEqual([404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('receipt-code lock-out', () => {
  it('refuses a receipt code after repeated wrong secrets, even with the right one, and audits it', async () => {
    const receipt = await submitReport(t.app, village);
    const other = await submitReport(t.app, village);
    const status = (code: string, secret: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/public/reports/${code}/status`,
        headers: { 'x-tracking-secret': secret },
      });
    expect((await status(receipt.receiptCode, 'salah-1')).json<ErrorBody>().error.code).toBe(
      'reports.wrong_secret',
    );
    expect((await status(receipt.receiptCode, 'salah-2')).statusCode).toBe(403);
    const third = await status(receipt.receiptCode, 'salah-3');
    expect(third.statusCode).toBe(429);
    const body = third.json<ErrorBody>();
    expect(body.error.code).toBe('reports.tracking_locked');
    expect(body.error.message.id).toContain('dikunci');
    expect(body.error.message.en).toContain('locked');
    const lockedFor = Date.parse(body.error.details!.lockedUntil!) - Date.now();
    expect(lockedFor).toBeGreaterThan(19 * 60_000);
    expect(lockedFor).toBeLessThanOrEqual(20 * 60_000);

    const rightSecret = await status(receipt.receiptCode, receipt.trackingSecret);
    expect(rightSecret.statusCode).toBe(429);
    // The receipt PDF and evidence uploads use the same check.
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/public/reports/${receipt.receiptCode}/receipt.pdf`,
      headers: { 'x-tracking-secret': receipt.trackingSecret },
    });
    expect(pdf.statusCode).toBe(429);
    // Other receipts are unaffected.
    expect((await status(other.receiptCode, other.trackingSecret)).statusCode).toBe(200);

    const audit = await t.db.query<{ action: string }>(
      `SELECT a.action FROM audit_events a JOIN reports r ON r.id::text = a.entity_id
       WHERE r.receipt_code = $1 AND a.action LIKE 'report.%' ORDER BY a.id`,
      [receipt.receiptCode],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'report.wrong_secret',
      'report.wrong_secret',
      'report.wrong_secret',
      'report.tracking_locked',
      'report.tracking_refused_locked',
      'report.tracking_refused_locked',
    ]);

    // After the lock, tracking works again with the right secret.
    await t.db.query(
      `UPDATE tracking_lockouts SET locked_until = now() - interval '1 second' WHERE receipt_code = $1`,
      [receipt.receiptCode],
    );
    expect((await status(receipt.receiptCode, receipt.trackingSecret)).statusCode).toBe(200);
  });
});

describe('tip receipt', () => {
  it('is a PDF titled with the receipt code, behind the tracking secret', async () => {
    const tip = await submitTip(t.app, '14.03.12');
    const url = `/api/public/tips/${tip.receiptCode}/receipt.pdf`;
    const pdf = await t.app.inject({
      method: 'GET',
      url,
      headers: { 'x-tracking-secret': tip.trackingSecret },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The document title (Info dictionary) carries the receipt code.
    expect(pdf.rawPayload.toString('latin1')).toContain(`(Tanda Terima ${tip.receiptCode})`);
    const wrong = await t.app.inject({ method: 'GET', url, headers: { 'x-tracking-secret': 'salah' } });
    expect(wrong.statusCode).toBe(403);
  });
});
