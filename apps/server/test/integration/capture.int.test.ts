import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Capture } from '@netra/contracts';
import { startWorker, type Worker } from '../../src/jobs/create-worker';
import type { TargetVerdict } from '../../src/modules/monitoring/capture-target';
import { capturePage } from '../../src/modules/monitoring/page-capture';
import { createOrganization, createTestApp, createUser, signIn, type TestApp } from '../helpers/test-app';

// Pages served by the test itself: a normal page, an endless redirect, a page that never answers
// in time, and a huge page streamed without a Content-Length.
const PAGE =
  '<!doctype html><html><head><title>Unggahan ASN</title></head><body><h1>Dukung paslon 2!</h1></body></html>';
let site: http.Server;
let base: string;
/** Every request the test site received (to prove that a refused capture never reached it). */
const siteHits: string[] = [];
// A second site on another loopback address, standing for an internal service: the guard tests
// below treat 127.0.0.1 as public and 127.0.0.2 as internal.
let inner: http.Server;
let innerBase: string;
const innerHits: string[] = [];
let dataDir: string;
let t: TestApp;
let supervisor: Record<string, string>;

beforeAll(async () => {
  inner = http.createServer((request, response) => {
    innerHits.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<h1>rahasia internal</h1>');
  });
  await new Promise<void>((resolve) => inner.listen(0, '127.0.0.2', resolve));
  innerBase = `http://127.0.0.2:${(inner.address() as AddressInfo).port}`;
  site = http.createServer((request, response) => {
    siteHits.push(request.url ?? '');
    if (request.url === '/to-inner') {
      response.writeHead(302, { location: `${innerBase}/latest/meta-data/` });
      response.end();
    } else if (request.url === '/script-to-inner') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<p>sebentar</p><script>location.href = '${innerBase}/admin'</script>`);
    } else if (request.url === '/embeds-inner') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<title>Sisipan</title><h1>Publik</h1><img src="${innerBase}/img.png"><iframe src="${innerBase}/frame"></iframe>` +
          `<img src="/to-inner">`,
      );
    } else if (request.url?.startsWith('/loop')) {
      response.writeHead(302, { location: `/loop?${Math.random()}` });
      response.end();
    } else if (request.url === '/slow') {
      setTimeout(() => response.end('<p>terlambat</p>'), 15_000).unref();
    } else if (request.url === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
      let sent = 0;
      const write = () => {
        while (sent < 100 && !response.destroyed) {
          sent += 1;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      write();
    } else if (request.url === '/moved') {
      response.writeHead(301, { location: '/post/1' });
      response.end();
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-capture-'));
  t = await createTestApp({
    NETRA_DATA_DIR: dataDir,
    NETRA_CAPTURE_DISPATCH: 'inline',
    NETRA_CAPTURE_TIMEOUT_SECONDS: '3',
    NETRA_CAPTURE_MAX_REDIRECTS: '5',
    NETRA_CAPTURE_MAX_BYTES: '1000000',
    // The pages are served on 127.0.0.1; the refusal of such addresses has its own tests below.
    NETRA_CAPTURE_ALLOW_PRIVATE: 'true',
  });
  const org = await createOrganization(t.db, '14.03');
  supervisor = (await signIn(t.app, (await createUser(t.db, org.id, 'field_supervisor')).email)).headers;
});
afterAll(async () => {
  await t.close();
  site.close();
  inner.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function captureNow(url: string): Promise<Capture> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/monitoring/captures',
    headers: supervisor,
    payload: { url },
  });
  expect(response.statusCode, response.body).toBe(202);
  const queued = response.json<Capture>();
  expect(['queued', 'running']).toContain(queued.status);
  await t.services.monitoringDesk.capturesIdle();
  const done = await t.app.inject({
    method: 'GET',
    url: `/api/monitoring/captures/${queued.id}`,
    headers: supervisor,
  });
  return done.json<Capture>();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('evidence capture with headless Chromium', () => {
  it('captures a normal page after a redirect: a real PNG, the HTML, final URL, status and SHA-256 of the stored bytes', async () => {
    const capture = await captureNow(`${base}/moved`);
    expect(capture.status).toBe('done');
    expect(capture.finalUrl).toBe(`${base}/post/1`);
    expect(capture.httpStatus).toBe(200);
    expect(capture.redirectCount).toBe(1);
    expect(capture.pageTitle).toBe('Unggahan ASN');
    expect(capture.serverAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(capture.capturedFrom?.hostname).toBe(os.hostname());
    expect(capture.capturedFrom?.userAgent).toContain('Chrome');
    expect(capture.requestedBy).toMatch(/@test\.netra\.example$/);
    expect(capture.capturedAt).not.toBeNull();

    const png = await t.app.inject({
      method: 'GET',
      url: `/api/monitoring/captures/${capture.id}/files/screenshot`,
      headers: supervisor,
    });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    // IHDR: a full-page screenshot at the capture viewport's width.
    expect(png.rawPayload.readUInt32BE(16)).toBe(1280);
    expect(sha256(png.rawPayload)).toBe(capture.screenshotSha256);
    expect(png.rawPayload.length).toBe(capture.screenshotBytes);

    const html = await t.app.inject({
      method: 'GET',
      url: `/api/monitoring/captures/${capture.id}/files/html`,
      headers: supervisor,
    });
    expect(html.headers['content-disposition']).toMatch(/^attachment/);
    expect(html.body).toContain('<h1>Dukung paslon 2!</h1>');
    expect(sha256(html.rawPayload)).toBe(capture.htmlSha256);

    // Content-addressed in the evidence folder, like case evidence.
    const stored = path.join(
      dataDir,
      'evidence',
      capture.screenshotSha256!.slice(0, 2),
      capture.screenshotSha256!,
    );
    expect(sha256(await import('node:fs/promises').then((fs) => fs.readFile(stored)))).toBe(
      capture.screenshotSha256,
    );

    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
      [capture.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'capture.requested',
      'capture.completed',
      'capture.downloaded',
      'capture.downloaded',
    ]);
  });

  it('stops an endless redirect at the configured limit and says so', async () => {
    const capture = await captureNow(`${base}/loop`);
    expect(capture.status).toBe('failed');
    expect(capture.failureReason).toBe('too_many_redirects');
    expect(capture.redirectCount).toBeGreaterThan(5);
    expect(capture.screenshotSha256).toBeNull();
    expect(capture.limits.maxRedirects).toBe(5);
  });

  it('stops a page that does not load within the timeout', async () => {
    const started = Date.now();
    const capture = await captureNow(`${base}/slow`);
    expect(capture.status).toBe('failed');
    expect(capture.failureReason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(12_000);
  });

  it('stops a huge page while it is still streaming', async () => {
    const capture = await captureNow(`${base}/huge`);
    expect(capture.status).toBe('failed');
    expect(capture.failureReason).toBe('too_large');
    expect(capture.bytesReceived).toBeGreaterThan(1_000_000);
    expect(capture.bytesReceived).toBeLessThan(6_000_000);
  });

  it('refuses a non-web address and an agency HR user', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/monitoring/captures',
      headers: supervisor,
      payload: { url: 'file:///etc/passwd' },
    });
    expect(bad.statusCode).toBe(400);
    const org = await createOrganization(t.db, '14.03', 'opd');
    const hr = (await signIn(t.app, (await createUser(t.db, org.id, 'agency_hr')).email)).headers;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/monitoring/captures',
      headers: hr,
      payload: { url: `${base}/post/1` },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('runs as a pg-boss job taken by a worker when captures are queued', async () => {
    const queued = await createTestApp({
      NETRA_DATA_DIR: dataDir,
      NETRA_CAPTURE_DISPATCH: 'queue',
      NETRA_CAPTURE_ALLOW_PRIVATE: 'true',
    });
    let worker: Worker | undefined;
    try {
      worker = await startWorker({
        db: queued.db,
        databaseUrl: inject('databaseUrl'),
        log: { info: () => undefined, error: () => undefined },
      });
      const org = await createOrganization(queued.db, '14.03');
      const headers = (
        await signIn(queued.app, (await createUser(queued.db, org.id, 'field_supervisor')).email)
      ).headers;
      const response = await queued.app.inject({
        method: 'POST',
        url: '/api/monitoring/captures',
        headers,
        payload: { url: `${base}/post/2` },
      });
      expect(response.statusCode).toBe(202);
      const id = response.json<Capture>().id;
      let capture: Capture | undefined;
      for (let i = 0; i < 60 && capture?.status !== 'done'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        capture = (
          await queued.app.inject({ method: 'GET', url: `/api/monitoring/captures/${id}`, headers })
        ).json<Capture>();
      }
      expect(capture?.status).toBe('done');
      expect(capture?.finalUrl).toBe(`${base}/post/2`);
    } finally {
      await worker?.stop();
      await queued.close();
    }
  });
});

describe('refusing internal addresses (NETRA_CAPTURE_ALLOW_PRIVATE off, the default)', () => {
  let guarded: TestApp;
  let headers: Record<string, string>;
  let userId: string;
  beforeAll(async () => {
    guarded = await createTestApp({ NETRA_DATA_DIR: dataDir, NETRA_CAPTURE_DISPATCH: 'inline' });
    const org = await createOrganization(guarded.db, '14.03');
    const user = await createUser(guarded.db, org.id, 'field_supervisor');
    userId = user.userId;
    headers = (await signIn(guarded.app, user.email)).headers;
  });
  afterAll(async () => guarded?.close());

  const post = (url: string, payload: Record<string, unknown>) =>
    guarded.app.inject({ method: 'POST', url, headers, payload });
  const writtenBy = async () => ({
    captures: (await guarded.db.query('SELECT 1 FROM captures WHERE requested_by = $1', [userId])).rowCount,
    audit: (
      await guarded.db.query(
        `SELECT 1 FROM audit_events WHERE actor_user_id = $1 AND action LIKE 'capture.%'`,
        [userId],
      )
    ).rowCount,
  });

  it('is the default', () => {
    expect(guarded.services.config.capture.allowPrivate).toBe(false);
  });

  it('refuses a pasted loopback, private or link-local URL with captures.private_address and writes nothing', async () => {
    const port = (site.address() as AddressInfo).port;
    const hitsBefore = siteHits.length;
    for (const url of [
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/`,
      `http://[::1]:${port}/`,
      `http://0.0.0.0:${port}/`,
      `http://2130706433:${port}/`, // 127.0.0.1 written as one number
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/',
      'http://192.168.1.1/admin',
      'http://[fd00:ec2::254]/',
      'http://[::ffff:10.0.0.1]/',
    ]) {
      const response = await post('/api/monitoring/captures', { url });
      expect(response.statusCode, url).toBe(422);
      expect(response.json<{ error: { code: string } }>().error.code, url).toBe('captures.private_address');
    }
    expect(siteHits.length).toBe(hitsBefore);
    expect(await writtenBy()).toEqual({ captures: 0, audit: 0 });
  });

  it("refuses file:///etc/passwd, pasted or as a lead's URL, and a lead URL on an internal address", async () => {
    const pasted = await post('/api/monitoring/captures', { url: 'file:///etc/passwd' });
    expect(pasted.statusCode).toBe(400);
    expect(pasted.json<{ error: { code: string } }>().error.code).toBe('common.validation_failed');
    // A lead's own URL comes from an imported event, not through the request schema.
    for (const [url, code] of [
      ['file:///etc/passwd', 'captures.unsupported_url'],
      ['http://169.254.169.254/latest/meta-data/iam/', 'captures.private_address'],
    ] as const) {
      const leadId = await leadWithUrl(guarded, url);
      const response = await post(`/api/monitoring/leads/${leadId}/captures`, {});
      expect(response.statusCode, url).toBe(422);
      expect(response.json<{ error: { code: string } }>().error.code, url).toBe(code);
    }
    expect(await writtenBy()).toEqual({ captures: 0, audit: 0 });
  });

  it('checks again when the capture runs: a queued capture of a loopback address fails without loading it', async () => {
    // As if the name had resolved to a public address when the capture was requested.
    const hitsBefore = siteHits.length;
    const id = (
      await guarded.db.query<{ id: string }>(
        `INSERT INTO captures (requested_url, region_code, status, limits)
         VALUES ($1, '14.03', 'queued', '{"timeoutMs":3000,"maxRedirects":5,"maxBytes":1000000}') RETURNING id`,
        [`${base}/post/9`],
      )
    ).rows[0]!.id;
    const row = await guarded.services.monitoringDesk.captureRunner(id);
    expect(row?.status).toBe('failed');
    expect(row?.failure_reason).toBe('navigation_failed');
    expect(row?.failure_detail).toContain('127.0.0.1 is a private, loopback or link-local address');
    expect(row?.screenshot_sha256).toBeNull();
    expect(siteHits.length).toBe(hitsBefore);
  });
});

describe('the request guard inside Chromium', () => {
  // 127.0.0.1 stands for the public internet here, 127.0.0.2 for an internal service.
  const guard = async (url: URL): Promise<TargetVerdict> =>
    url.hostname === '127.0.0.1'
      ? { ok: true }
      : { ok: false, refusal: 'private_address', host: url.hostname, address: url.hostname };
  const limits = { timeoutMs: 5_000, maxRedirects: 5, maxBytes: 1_000_000 };
  const chromium = () => t.services.config.capture.chromiumPath;

  it('stops an HTTP redirect to an internal address before the request is sent', async () => {
    const result = await capturePage(`${base}/to-inner`, limits, chromium(), guard);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('navigation_failed');
    expect(result.detail).toContain(`refused ${innerBase}/latest/meta-data/`);
    expect(innerHits).toEqual([]);
  });

  it('stops a script navigation to an internal address', async () => {
    const result = await capturePage(`${base}/script-to-inner`, limits, chromium(), guard);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.detail).toContain(`refused ${innerBase}/admin`);
    expect(innerHits).toEqual([]);
  });

  it('captures a public page but blocks its internal images, frames and redirected resources', async () => {
    const result = await capturePage(`${base}/embeds-inner`, limits, chromium(), guard);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.title).toBe('Sisipan');
    expect(result.html.toString()).toContain('<h1>Publik</h1>');
    expect(innerHits).toEqual([]);
  });
});

/** A content lead in 14.03.12 whose evidence URL is `url` (as an imported event would give it). */
async function leadWithUrl(app: TestApp, url: string): Promise<string> {
  const suffix = createHash('sha256').update(`${url}${Math.random()}`).digest('hex').slice(0, 16);
  await app.db.query(
    `INSERT INTO events (id, type, platform, actor_account_id, target_account_id, url, occurred_at, source)
     VALUES ($1, 'post', 'x', $2, 'paslon', $3, now(), 'api')`,
    [`capture-${suffix}`, `actor-${suffix}`, url],
  );
  return (
    await app.db.query<{ id: string }>(
      `INSERT INTO leads (kind, rule_id, catalogue_entry_id, score, band, region_code, asn_id, platform, account_id,
         account_handle, event_id, occurred_at, evidence, dedupe_key)
       VALUES ('content', 'asn.interaction.candidate_account', 'uu-10-2016-pasal-71-ayat-1', 0.9, NULL, '14.03.12',
         NULL, 'x', $1, $1, $2, now(), $3, $2)
       RETURNING id`,
      [`actor-${suffix}`, `capture-${suffix}`, JSON.stringify({ url })],
    )
  ).rows[0]!.id;
}
