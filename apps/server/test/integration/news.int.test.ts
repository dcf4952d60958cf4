import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/create-app';
import type { NetraApp } from '../../src/http/netra-app';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';
import { activityBody, multipart, photoWithGps, villagesOf } from './outreach-helpers';

// News: sanitised bodies, drafts and publishing, photos without metadata, the public pages with
// "Berita Lainnya", RSS/Atom read by a real feed parser, and Open Graph tags in the served HTML.
let t: TestApp;
let dataDir: string;
let humas: Session;
let supervisor: Session;
let activityId: string;

type ArticleBody = {
  id: string;
  slug: string;
  status: string;
  bodyHtml: string;
  photos: { url: string }[];
  relatedActivities: { id: string; title: string; villageName: string }[];
};

const article = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  lead: 'Panwaslu Kecamatan Siak Kecil mengajak petani sawit menolak politik uang.',
  bodyHtml: '<p>Kegiatan berlangsung <strong>tertib</strong> dan <em>hangat</em>.</p>',
  authorName: 'Penulis Humas (fiktif)',
  photographerName: 'Fotografer (fiktif)',
  tags: ['sosialisasi', 'politik uang'],
  ...overrides,
});

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-news-'));
  t = await createTestApp({ NETRA_DATA_DIR: dataDir });
  const kabupaten = await createOrganization(t.db, '14.03');
  humas = await signIn(t.app, (await createUser(t.db, kabupaten.id, 'humas')).email);
  const panwascam = await createOrganization(t.db, '14.03.12', 'panwaslu_kecamatan');
  supervisor = await signIn(t.app, (await createUser(t.db, panwascam.id, 'field_supervisor')).email);
  const village = (await villagesOf(t.db, '14.03.12'))[0]!;
  const activity = await t.app.inject({
    method: 'POST',
    url: '/api/outreach/activities',
    payload: activityBody(village, { title: 'Sosialisasi tolak politik uang' }),
    headers: supervisor.headers,
  });
  activityId = activity.json<{ id: string }>().id;
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const send = (method: 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: humas.headers });

async function publishedArticle(title: string, overrides: Record<string, unknown> = {}) {
  const created = await send('POST', '/api/news', article(title, overrides));
  expect(created.statusCode, created.body).toBe(201);
  const body = created.json<ArticleBody>();
  expect((await send('POST', `/api/news/${body.id}/publish`)).statusCode).toBe(200);
  return body;
}

describe('news articles', () => {
  it('sanitises unsafe HTML and keeps the allowed formatting', async () => {
    const unsafe = [
      '<p onclick="steal()">Paragraf <strong>tebal</strong> <em>miring</em></p>',
      '<script>alert(1)</script>',
      '<img src="x" onerror="alert(2)">',
      '<a href="javascript:alert(3)">klik</a>',
      '<a href="https://bawaslu.go.id/">Bawaslu</a>',
      '<ul><li>satu</li></ul><iframe src="https://evil.example"></iframe>',
    ].join('');
    const created = await send(
      'POST',
      '/api/news',
      article('Berita dengan HTML berbahaya', { bodyHtml: unsafe }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const html = created.json<ArticleBody>().bodyHtml;
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|iframe|<img/i);
    expect(html).toContain('<strong>tebal</strong>');
    expect(html).toContain('<em>miring</em>');
    expect(html).toContain('<ul><li>satu</li></ul>');
    expect(html).toContain('href="https://bawaslu.go.id/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    const stored = await t.db.query<{ body_html: string }>(
      'SELECT body_html FROM news_articles WHERE id = $1',
      [created.json<ArticleBody>().id],
    );
    expect(stored.rows[0]!.body_html).toBe(html);
  });

  it('links related activities, which the activity then shows', async () => {
    const created = await send(
      'POST',
      '/api/news',
      article('Petani sawit tolak politik uang', { relatedActivityIds: [activityId] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<ArticleBody>();
    expect(body.relatedActivities.map((a) => a.title)).toEqual(['Sosialisasi tolak politik uang']);
    const activity = await t.app.inject({
      method: 'GET',
      url: `/api/outreach/activities/${activityId}`,
      headers: supervisor.headers,
    });
    expect(activity.json<{ articles: { id: string }[] }>().articles.map((a) => a.id)).toContain(body.id);
  });

  it('keeps drafts off the public pages and feeds; published ones appear with Berita Lainnya', async () => {
    const draft = await send('POST', '/api/news', article('Draf yang belum terbit sama sekali'));
    const draftSlug = draft.json<ArticleBody>().slug;
    expect((await t.app.inject({ method: 'GET', url: `/api/public/news/${draftSlug}` })).statusCode).toBe(
      404,
    );

    const first = await publishedArticle('Apel siaga pengawasan di Bengkalis', {
      relatedActivityIds: [activityId],
    });
    const second = await publishedArticle('Sambang tokoh masyarakat di Bantan');
    const page = await t.app.inject({ method: 'GET', url: `/api/public/news/${first.slug}` });
    expect(page.statusCode).toBe(200);
    const body = page.json<ArticleBody & { others: { slug: string; publishedAt: string }[] }>();
    expect(body.others.map((o) => o.slug)).toContain(second.slug);
    expect(body.others.map((o) => o.slug)).not.toContain(first.slug);
    expect(body.others.map((o) => o.slug)).not.toContain(draftSlug);
    expect(body.others[0]!.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(body.relatedActivities[0]!.villageName).toBeTruthy();
    expect(JSON.stringify(body)).not.toContain('Peserta Satu');

    const parser = new Parser();
    const rss = await t.app.inject({ method: 'GET', url: '/api/public/news/feed.xml' });
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    const rssFeed = await parser.parseString(rss.body);
    const rssTitles = rssFeed.items.map((i) => i.title);
    expect(rssTitles).toContain('Apel siaga pengawasan di Bengkalis');
    expect(rssTitles).toContain('Sambang tokoh masyarakat di Bantan');
    expect(rssTitles).not.toContain('Draf yang belum terbit sama sekali');
    expect(rssFeed.items.find((i) => i.title === 'Sambang tokoh masyarakat di Bantan')!.link).toBe(
      `http://127.0.0.1:3999/berita/${second.slug}`,
    );
    const atom = await parser.parseString(
      (await t.app.inject({ method: 'GET', url: '/api/public/news/atom.xml' })).body,
    );
    expect(atom.items.map((i) => i.title)).toContain('Apel siaga pengawasan di Bengkalis');
    expect(atom.items.map((i) => i.title)).not.toContain('Draf yang belum terbit sama sekali');

    // Unpublishing takes it off the feed.
    await send('POST', `/api/news/${second.id}/unpublish`);
    const after = await parser.parseString(
      (await t.app.inject({ method: 'GET', url: '/api/public/news/feed.xml' })).body,
    );
    expect(after.items.map((i) => i.title)).not.toContain('Sambang tokoh masyarakat di Bantan');
  });

  it('refuses non-images and serves article photos without EXIF', async () => {
    const body = await publishedArticle('Foto kegiatan tanpa metadata');
    const bad = multipart(Buffer.from('GIF89a bukan jpeg'), 'foto.jpg', 'image/jpeg');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/news/${body.id}/photos`,
      payload: bad.payload,
      headers: { ...humas.headers, ...bad.headers },
    });
    expect(refused.statusCode).toBe(415);
    const upload = multipart(await photoWithGps(), 'a.jpg', 'image/jpeg', 'Suasana apel');
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/news/${body.id}/photos`,
      payload: upload.payload,
      headers: { ...humas.headers, ...upload.headers },
    });
    expect(added.statusCode, added.body).toBe(201);
    const pub = (
      await t.app.inject({ method: 'GET', url: `/api/public/news/${body.slug}` })
    ).json<ArticleBody>();
    expect(pub.photos).toHaveLength(1);
    const photo = await t.app.inject({ method: 'GET', url: pub.photos[0]!.url });
    expect(photo.statusCode).toBe(200);
    expect(await exifr.parse(photo.rawPayload, { gps: true })).toBeUndefined();
  });
});

describe('Open Graph for shared article links', () => {
  let webApp: NetraApp;
  let distDir: string;
  beforeAll(async () => {
    distDir = mkdtempSync(path.join(os.tmpdir(), 'netra-web-dist-'));
    mkdirSync(distDir, { recursive: true });
    writeFileSync(
      path.join(distDir, 'index.html'),
      '<!doctype html><html lang="id"><head><title>Netra</title></head><body><div id="root"></div></body></html>',
    );
    webApp = await createApp({ services: t.services, webDistDir: distDir });
    await webApp.ready();
  });
  afterAll(async () => {
    await webApp.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it('puts og:title, og:description and og:image into the HTML of /berita/:slug', async () => {
    const body = await publishedArticle('Pilkada damai "tanpa" <hoaks> di Mandau', {
      lead: 'Pemuda Mandau berikrar menolak hoaks & ujaran kebencian.',
    });
    const upload = multipart(await photoWithGps(), 'a.jpg', 'image/jpeg', 'Ikrar pemuda');
    await t.app.inject({
      method: 'POST',
      url: `/api/news/${body.id}/photos`,
      payload: upload.payload,
      headers: { ...humas.headers, ...upload.headers },
    });
    const page = await webApp.inject({ method: 'GET', url: `/berita/${body.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(
      '<meta property="og:title" content="Pilkada damai &quot;tanpa&quot; &lt;hoaks&gt; di Mandau" />',
    );
    expect(page.body).toContain(
      '<meta property="og:description" content="Pemuda Mandau berikrar menolak hoaks &amp; ujaran kebencian." />',
    );
    expect(page.body).toMatch(
      new RegExp(
        `<meta property="og:image" content="http://127.0.0.1:3999/api/public/news/${body.slug}/photos/[0-9a-f-]{36}" />`,
      ),
    );
    expect(page.body).toContain('<div id="root"></div>');

    const missing = await webApp.inject({ method: 'GET', url: '/berita/tidak-ada-123' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('og:title');
  });
});
