import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Capture } from '@netra/contracts';
import { startWorker, type Worker } from '../../src/jobs/create-worker';
import { createOrganization, createTestApp, createUser, signIn, type TestApp } from '../helpers/test-app';

// Pages served by the test itself: a normal page, an endless redirect, a page that never answers
// in time, and a huge page streamed without a Content-Length.
const PAGE =
  '<!doctype html><html><head><title>Unggahan ASN</title></head><body><h1>Dukung paslon 2!</h1></body></html>';
let site: http.Server;
let base: string;
let dataDir: string;
let t: TestApp;
let supervisor: Record<string, string>;

beforeAll(async () => {
  site = http.createServer((request, response) => {
    if (request.url?.startsWith('/loop')) {
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
  });
  const org = await createOrganization(t.db, '14.03');
  supervisor = (await signIn(t.app, (await createUser(t.db, org.id, 'field_supervisor')).email)).headers;
});
afterAll(async () => {
  await t.close();
  site.close();
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
    const queued = await createTestApp({ NETRA_DATA_DIR: dataDir, NETRA_CAPTURE_DISPATCH: 'queue' });
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
