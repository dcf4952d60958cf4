import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import exifr from 'exifr';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';
import { activityBody, multipart, photoWithGps, villagesOf } from './outreach-helpers';

// Outreach activities: logging within the jurisdiction, organiser rules, photos checked on the
// bytes with metadata stripped from the served copy, the iCalendar feed, coverage and its exports.
let t: TestApp;
let dataDir: string;
let siakKecil: string[];
let panwascam: { id: string };
let supervisor: Session;
let police: Session;
let policeOrg: { id: string };
let prevention: Session;
let admin: Session;
let humas: Session;

type ErrorBody = { error: { code: string; details?: { fields?: { field: string }[] } } };

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-outreach-'));
  t = await createTestApp({ NETRA_DATA_DIR: dataDir });
  siakKecil = await villagesOf(t.db, '14.03.12');
  panwascam = await createOrganization(t.db, '14.03.12', 'panwaslu_kecamatan');
  supervisor = await signIn(t.app, (await createUser(t.db, panwascam.id, 'field_supervisor')).email);
  policeOrg = await createOrganization(t.db, '14.03.12', 'polsek');
  police = await signIn(t.app, (await createUser(t.db, policeOrg.id, 'police_liaison')).email);
  const kabupaten = await createOrganization(t.db, '14.03');
  prevention = await signIn(t.app, (await createUser(t.db, kabupaten.id, 'prevention_staff')).email);
  admin = await signIn(t.app, (await createUser(t.db, kabupaten.id, 'administrator')).email);
  humas = await signIn(t.app, (await createUser(t.db, kabupaten.id, 'humas')).email);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (session: Session, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: session.headers });
const get = (session: Session | undefined, url: string) =>
  t.app.inject({ method: 'GET', url, headers: session?.headers });

describe('outreach activities', () => {
  it('logs an activity in the village time zone, with audiences and partners, and audits it without names', async () => {
    const audiences = (await get(supervisor, '/api/outreach/audiences')).json<
      { id: string; name: string }[]
    >();
    const petani = audiences.find((a) => a.name === 'Petani sawit')!;
    const response = await post(
      supervisor,
      '/api/outreach/activities',
      activityBody(siakKecil[0]!, { audienceIds: [petani.id], partnerIds: [policeOrg.id] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const activity = response.json<{
      id: string;
      localStart: string;
      startsAt: string;
      timeZone: string;
      organizerId: string;
      audiences: { name: string }[];
      partners: { id: string }[];
      attendanceList: string[];
    }>();
    expect(activity.timeZone).toBe('Asia/Jakarta');
    expect(activity.localStart).toBe('2026-10-05T09:00');
    // 09:00 WIB is 02:00 UTC.
    expect(activity.startsAt).toBe('2026-10-05T02:00:00.000Z');
    expect(activity.organizerId).toBe(panwascam.id);
    expect(activity.audiences.map((a) => a.name)).toEqual(['Petani sawit']);
    expect(activity.partners.map((p) => p.id)).toEqual([policeOrg.id]);
    expect(activity.attendanceList).toHaveLength(2);

    const audit = await t.db.query<{ after: { attendanceList?: unknown; attendanceListSize: number } }>(
      `SELECT after FROM audit_events WHERE action = 'outreach.logged' AND entity_id = $1`,
      [activity.id],
    );
    expect(audit.rows[0]!.after.attendanceListSize).toBe(2);
    expect(JSON.stringify(audit.rows[0]!.after)).not.toContain('Peserta Satu');

    const list = await get(humas, '/api/outreach/activities?from=2026-10-01&to=2026-10-31');
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(activity.id);
  });

  it('refuses a village outside the jurisdiction and bad fields, changing nothing', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM outreach_activities');
    const bengkalisVillage = (await villagesOf(t.db, '14.03.01'))[0]!;
    const outside = await post(supervisor, '/api/outreach/activities', activityBody(bengkalisVillage));
    expect(outside.statusCode).toBe(403);
    expect(outside.json<ErrorBody>().error.code).toBe('auth.outside_jurisdiction');

    const badTopic = await post(
      supervisor,
      '/api/outreach/activities',
      activityBody(siakKecil[0]!, { topics: ['bukan_topik'], startsAt: '5 Oktober' }),
    );
    expect(badTopic.statusCode).toBe(400);
    const fields = badTopic.json<ErrorBody>().error.details!.fields!.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['topics.0', 'startsAt']));

    const reversed = await post(
      supervisor,
      '/api/outreach/activities',
      activityBody(siakKecil[0]!, { startsAt: '2026-10-05T10:00', endsAt: '2026-10-05T09:00' }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json<ErrorBody>().error.details!.fields![0]!.field).toBe('endsAt');
    const after = await t.db.query('SELECT count(*)::int AS n FROM outreach_activities');
    expect(after.rows).toEqual(before.rows);
  });

  it('lets police log only their own organisation; Bawaslu may name an organiser in its area', async () => {
    const own = await post(
      police,
      '/api/outreach/activities',
      activityBody(siakKecil[1]!, { kind: 'cooling_system' }),
    );
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json<{ organizerId: string }>().organizerId).toBe(policeOrg.id);

    const other = await post(
      police,
      '/api/outreach/activities',
      activityBody(siakKecil[1]!, { organizerId: panwascam.id }),
    );
    expect(other.statusCode).toBe(403);
    expect(other.json<ErrorBody>().error.code).toBe('outreach.organizer_not_allowed');

    const named = await post(
      prevention,
      '/api/outreach/activities',
      activityBody(siakKecil[1]!, { organizerId: panwascam.id }),
    );
    expect(named.statusCode, named.body).toBe(201);
    expect(named.json<{ organizerId: string }>().organizerId).toBe(panwascam.id);
  });

  it('manages the audience list: administrators add, duplicates refused, others forbidden', async () => {
    const agency = await createOrganization(t.db, '14.03', 'opd');
    const added = await post(admin, '/api/outreach/audiences', { name: 'ASN', organizationId: agency.id });
    expect(added.statusCode, added.body).toBe(201);
    const again = await post(admin, '/api/outreach/audiences', { name: 'asn', organizationId: agency.id });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('outreach.audience_duplicate');
    const refused = await post(prevention, '/api/outreach/audiences', {
      name: 'Nelayan kecil',
      organizationId: null,
    });
    expect(refused.statusCode).toBe(403);
    const list = (await get(supervisor, '/api/outreach/audiences')).json<
      { id: string; organizationName: string }[]
    >();
    expect(list.find((a) => a.id === added.json<{ id: string }>().id)?.organizationName).toBe(agency.name);
  });
});

describe('activity photos', () => {
  let activityId: string;
  beforeAll(async () => {
    const created = await post(supervisor, '/api/outreach/activities', activityBody(siakKecil[2]!));
    activityId = created.json<{ id: string }>().id;
  });

  it('refuses files that are not images by their bytes, whatever their name says', async () => {
    const fake = multipart(Buffer.from('ini bukan gambar, hanya teks'), 'foto.jpg', 'image/jpeg', 'Palsu');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/activities/${activityId}/photos`,
      payload: fake.payload,
      headers: { ...supervisor.headers, ...fake.headers },
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.json<ErrorBody>().error.code).toBe('outreach.photo_unsupported_type');
    const pdf = multipart(Buffer.from('%PDF-1.4\n%%EOF'), 'foto.jpg', 'image/jpeg');
    const refusedPdf = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/activities/${activityId}/photos`,
      payload: pdf.payload,
      headers: { ...supervisor.headers, ...pdf.headers },
    });
    expect(refusedPdf.statusCode).toBe(415);
    const count = await t.db.query('SELECT count(*)::int AS n FROM outreach_photos WHERE activity_id = $1', [
      activityId,
    ]);
    expect(count.rows[0]).toEqual({ n: 0 });
  });

  it('keeps the original with its EXIF and serves a copy without it', async () => {
    const original = await photoWithGps();
    expect(((await exifr.parse(original, { gps: true })) as { latitude?: number }).latitude).toBeCloseTo(
      1.4667,
      3,
    );
    const upload = multipart(original, 'kegiatan.jpg', 'image/jpeg', 'Peserta sosialisasi di balai desa');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/activities/${activityId}/photos`,
      payload: upload.payload,
      headers: { ...supervisor.headers, ...upload.headers },
    });
    expect(response.statusCode, response.body).toBe(201);
    const photo = response.json<{ url: string; caption: string }>();
    expect(photo.caption).toBe('Peserta sosialisasi di balai desa');

    const served = await get(humas, photo.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toContain('image/jpeg');
    expect(await exifr.parse(served.rawPayload, { gps: true })).toBeUndefined();

    const row = await t.db.query<{ original_sha256: string }>(
      'SELECT original_sha256 FROM outreach_photos WHERE activity_id = $1',
      [activityId],
    );
    const kept = await readFileFromStore(row.rows[0]!.original_sha256);
    expect(((await exifr.parse(kept, { gps: true })) as { Make?: string }).Make).toBe('NetraCam');

    const detail = await get(supervisor, `/api/outreach/activities/${activityId}`);
    expect(detail.json<{ photos: unknown[]; photoCount: number }>().photoCount).toBe(1);
  });
});

async function readFileFromStore(sha: string): Promise<Buffer> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path.join(dataDir, 'evidence', sha.slice(0, 2), sha));
}

describe('iCalendar feed', () => {
  it('lists the planned activities of the organisation at their real times, and nothing personal', async () => {
    const planned = await post(
      police,
      '/api/outreach/activities',
      activityBody(siakKecil[3]!, {
        title: 'Sambang Kamtibmas jelang pemungutan suara',
        kind: 'kunjungan',
        status: 'planned',
        startsAt: '2031-01-10T19:30',
        endsAt: '2031-01-10T21:00',
        attendanceList: ['Nama Rahasia (fiktif)'],
        address: 'Rumah Pak RT 03',
      }),
    );
    expect(planned.statusCode, planned.body).toBe(201);
    const done = await post(
      police,
      '/api/outreach/activities',
      activityBody(siakKecil[3]!, { title: 'Sudah selesai' }),
    );
    expect(done.statusCode).toBe(201);

    const feed = await post(police, '/api/outreach/calendar-feeds', { organizationId: policeOrg.id });
    expect(feed.statusCode, feed.body).toBe(201);
    const url = new URL(feed.json<{ url: string }>().url);
    const ics = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(ics.body) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Sambang Kamtibmas jelang pemungutan suara']);
    // 19:30 WIB is 12:30 UTC.
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2031-01-10T12:30:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2031-01-10T14:00:00.000Z');
    expect(events[0]!.location).toContain('Siak Kecil');
    expect(ics.body).not.toContain('Nama Rahasia');
    expect(ics.body).not.toContain('Pak RT');

    // A new address replaces the old one.
    await post(police, '/api/outreach/calendar-feeds', { organizationId: policeOrg.id });
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    const other = await post(police, '/api/outreach/calendar-feeds', { organizationId: panwascam.id });
    expect(other.statusCode).toBe(201); // inside the police liaison's area: any organisation's feed
  });
});

describe('coverage', () => {
  const period = 'regionCode=14.03&from=2031-03-01&to=2031-03-31';
  let covered: string;
  beforeAll(async () => {
    covered = siakKecil[4]!;
    for (const topics of [['hoaks'], ['hoaks', 'ujaran_kebencian']]) {
      const r = await post(
        prevention,
        '/api/outreach/activities',
        activityBody(covered, { topics, startsAt: '2031-03-03T08:00', endsAt: undefined }),
      );
      expect(r.statusCode, r.body).toBe(201);
    }
    // Planned activities are not coverage.
    await post(
      prevention,
      '/api/outreach/activities',
      activityBody(siakKecil[5]!, { status: 'planned', startsAt: '2031-03-04T08:00', endsAt: undefined }),
    );
  });

  it('counts kecamatan × topics in SQL and shows the villages without outreach', async () => {
    const response = await get(prevention, `/api/outreach/coverage?${period}`);
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<{
      totals: { activities: number; villages: number; villagesCovered: number };
      areas: { code: string; activities: number; topics: Record<string, number> }[];
      audiences: { name: string; activities: number }[];
    }>();
    expect(summary.totals).toEqual({ activities: 2, villages: 155, villagesCovered: 1 });
    expect(summary.areas).toHaveLength(11);
    const row = summary.areas.find((a) => a.code === '14.03.12')!;
    expect(row.activities).toBe(2);
    expect(row.topics).toEqual({ hoaks: 2, ujaran_kebencian: 1 });
    expect(summary.areas.find((a) => a.code === '14.03.01')!.activities).toBe(0);
    expect(summary.audiences.find((a) => a.name === 'KPPS')!.activities).toBe(0);

    const uncovered = await get(
      prevention,
      `/api/outreach/coverage/villages?${period}&onlyUncovered=true&pageSize=200`,
    );
    const items = uncovered.json<{ items: { code: string }[]; total: number }>();
    expect(items.total).toBe(154);
    expect(items.items.map((i) => i.code)).not.toContain(covered);
    expect(items.items.map((i) => i.code)).toContain(siakKecil[5]);
  });

  it('exports XLSX and CSV that real parsers read with the expected rows', async () => {
    const xlsx = await get(prevention, `/api/outreach/coverage/export.xlsx?${period}`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const areas = workbook.getWorksheet('Wilayah x Topik')!;
    const siak = areas.getRows(1, areas.rowCount)!.find((r) => r.getCell(1).value === '14.03.12')!;
    expect(siak.getCell(2).value).toBe('Siak Kecil');
    expect(siak.getCell(3).value).toBe(2);
    const villages = workbook.getWorksheet('Desa')!;
    expect(villages.rowCount).toBe(156); // header + 155 villages of Kabupaten Bengkalis
    const coveredRow = villages.getRows(2, 155)!.find((r) => r.getCell(1).value === covered)!;
    expect(coveredRow.getCell(4).value).toBe(2);
    expect(coveredRow.getCell(5).value).toBe('hoaks, ujaran_kebencian');

    const csv = await get(prevention, `/api/outreach/coverage/export.csv?${period}`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(156);
    expect(lines.find((l) => l.startsWith(covered))).toContain(',2,');
  });

  it('refuses a region outside the jurisdiction', async () => {
    const response = await get(
      supervisor,
      '/api/outreach/coverage?regionCode=14.03&from=2031-03-01&to=2031-03-31',
    );
    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorBody>().error.code).toBe('auth.outside_jurisdiction');
  });
});

describe('editing with a version, and reading the attendance names', () => {
  const put = (session: Session, id: string, payload: object) =>
    t.app.inject({ method: 'PUT', url: `/api/outreach/activities/${id}`, payload, headers: session.headers });
  /** Everything an edit may change, links included, to compare before and after a refusal. */
  const snapshot = async (id: string) =>
    (
      await t.db.query(
        `SELECT a.title, a.status, a.notes, a.attendance_count, a.attendance_list, a.version, a.updated_at,
           ARRAY(SELECT audience_id FROM outreach_activity_audiences WHERE activity_id = a.id ORDER BY 1) AS audiences,
           ARRAY(SELECT organization_id FROM outreach_activity_partners WHERE activity_id = a.id ORDER BY 1) AS partners,
           (SELECT count(*)::int FROM audit_events WHERE action = 'outreach.updated' AND entity_id = a.id::text) AS updates
         FROM outreach_activities a WHERE a.id = $1`,
        [id],
      )
    ).rows[0] as Record<string, unknown>;
  const viewedEvents = (id: string) =>
    t.db.query<{ actor_user_id: string; fields_read: string[]; after: unknown; outcome: string }>(
      `SELECT actor_user_id, fields_read, after, outcome FROM audit_events
       WHERE action = 'outreach.attendance_viewed' AND entity_id = $1 ORDER BY id`,
      [id],
    );

  it('returns a version, bumps it on each edit and refuses a stale one without changing anything', async () => {
    const created = await post(supervisor, '/api/outreach/activities', activityBody(siakKecil[7]!));
    expect(created.statusCode, created.body).toBe(201);
    const activity = created.json<{ id: string; version: number }>();
    expect(activity.version).toBe(0);

    // Two people open the form at version 0; the first save wins and moves it to 1.
    const first = await put(supervisor, activity.id, {
      ...activityBody(siakKecil[7]!, { title: 'Judul dari penyunting pertama', attendanceCount: 50 }),
      expectedVersion: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ title: string; version: number }>()).toMatchObject({
      title: 'Judul dari penyunting pertama',
      version: 1,
    });
    const list = await get(supervisor, '/api/outreach/activities?from=2026-10-01&to=2026-10-31&pageSize=200');
    expect(
      list.json<{ items: { id: string; version: number }[] }>().items.find((i) => i.id === activity.id),
    ).toMatchObject({ version: 1 });

    const before = await snapshot(activity.id);
    const stale = await put(prevention, activity.id, {
      ...activityBody(siakKecil[7]!, {
        title: 'Judul dari penyunting kedua',
        status: 'planned',
        attendanceList: ['Nama Lain (fiktif)'],
        partnerIds: [policeOrg.id],
      }),
      expectedVersion: 0,
    });
    expect(stale.statusCode, stale.body).toBe(409);
    const error = stale.json<{
      error: { code: string; message: { id: string; en: string }; details: { currentVersion: number } };
    }>().error;
    expect(error.code).toBe('outreach.version_conflict');
    expect(error.message.id).toContain('diubah');
    expect(error.message.en).toContain('changed');
    expect(error.details.currentVersion).toBe(1);
    expect(await snapshot(activity.id)).toEqual(before);

    // The version is required on an edit; without it nothing is saved either.
    const missing = await put(supervisor, activity.id, activityBody(siakKecil[7]!, { title: 'Tanpa versi' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().error.details!.fields!.map((f) => f.field)).toContain('expectedVersion');
    expect(await snapshot(activity.id)).toEqual(before);

    // Made from the current version, the second edit goes through.
    const retried = await put(prevention, activity.id, {
      ...activityBody(siakKecil[7]!, { title: 'Judul dari penyunting kedua' }),
      expectedVersion: 1,
    });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json<{ version: number }>().version).toBe(2);

    // Two saves from the same version at the same moment: exactly one wins.
    const racing = await Promise.all(
      (['Balapan A', 'Balapan B'] as const).map((title, i) =>
        put(i === 0 ? supervisor : prevention, activity.id, {
          ...activityBody(siakKecil[7]!, { title }),
          expectedVersion: 2,
        }),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = racing.find((r) => r.statusCode === 200)!.json<{ title: string }>().title;
    expect(await snapshot(activity.id)).toMatchObject({ title: winner, version: 3, updates: 3 });
  });

  it('audits every response that carries attendance names, and keeps them off lists and public pages', async () => {
    const readerAccount = await createUser(
      t.db,
      (await createOrganization(t.db, '14.03')).id,
      'prevention_staff',
    );
    const reader = await signIn(t.app, readerAccount.email);
    const created = await post(
      supervisor,
      '/api/outreach/activities',
      activityBody(siakKecil[8]!, {
        title: 'Sosialisasi dengan daftar hadir',
        attendanceList: ['Hadirin Rahasia (fiktif)'],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    // The creation's own response carries the names: one event already.
    expect((await viewedEvents(id)).rows).toHaveLength(1);

    const detail = await get(reader, `/api/outreach/activities/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ attendanceList: string[] }>().attendanceList).toEqual(['Hadirin Rahasia (fiktif)']);
    const events = (await viewedEvents(id)).rows;
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      actor_user_id: readerAccount.userId,
      fields_read: ['attendance'],
      outcome: 'success',
    });
    // The event says that the names were read, never the names themselves.
    expect(JSON.stringify(events)).not.toContain('Hadirin Rahasia');

    // A list carries no names and writes no such event.
    const list = await get(reader, '/api/outreach/activities?from=2026-10-01&to=2026-10-31&pageSize=200');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Hadirin Rahasia');
    expect(list.body).not.toContain('attendanceList');
    expect((await viewedEvents(id)).rows).toHaveLength(2);

    // An activity without names: nothing personal was read, nothing to audit.
    const empty = await post(
      supervisor,
      '/api/outreach/activities',
      activityBody(siakKecil[8]!, { attendanceList: [] }),
    );
    const emptyId = empty.json<{ id: string }>().id;
    expect((await get(reader, `/api/outreach/activities/${emptyId}`)).statusCode).toBe(200);
    expect((await viewedEvents(emptyId)).rows).toHaveLength(0);

    // Public pages: a published article related to the activity, and the feeds, show no names.
    const article = await post(humas, '/api/news', {
      title: 'Sosialisasi netralitas di Siak Kecil',
      lead: 'Panwaslu Kecamatan mengajak warga menjaga netralitas.',
      bodyHtml: '<p>Isi berita.</p>',
      authorName: 'Humas Bawaslu',
      relatedActivityIds: [id],
    });
    expect(article.statusCode, article.body).toBe(201);
    const { id: articleId, slug } = article.json<{ id: string; slug: string }>();
    expect((await post(humas, `/api/news/${articleId}/publish`, {})).statusCode).toBe(200);
    const before = (await viewedEvents(id)).rows.length;
    for (const url of [
      `/api/public/news/${slug}`,
      '/api/public/news/feed.xml',
      '/api/public/news/atom.xml',
    ]) {
      const page = await get(undefined, url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).not.toContain('Hadirin Rahasia');
    }
    const publicArticle = await get(undefined, `/api/public/news/${slug}`);
    expect(publicArticle.json<{ relatedActivities: { id: string }[] }>().relatedActivities[0]!.id).toBe(id);
    expect((await viewedEvents(id)).rows).toHaveLength(before);
  });
});
