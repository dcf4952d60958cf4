import sharp from 'sharp';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { recordAudit } from '../audit/audit.service';
import type { EvidenceStorage } from '../cases/evidence-storage';
import { newsRepository } from '../news/news.repository';
import { slugFor } from '../news/news.service';
import { outreachRepository } from './outreach.repository';
import { photosRepository, storePhoto } from './photos';

// Fictional outreach activities and news articles in real Bengkalis villages (names from the
// regions table). Every person and event here is invented. Photos are drawn with sharp at seed
// time, so the repository holds no binary files.

const DAY = 86_400_000;
/** Local wall-clock time in WIB (Bengkalis), `offset` days from today at `hour`. */
const wib = (offset: number, hour: number) =>
  `${new Date(Date.now() + 7 * 3_600_000 + offset * DAY).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;

async function demoPhoto(label: string, colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400">
    <rect width="640" height="400" fill="${colour}"/><circle cx="520" cy="90" r="50" fill="#f6d365"/>
    <rect y="300" width="640" height="100" fill="#2d6a4f"/>
    <text x="32" y="210" font-family="sans-serif" font-size="34" fill="#fff">${label}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

async function idOf(db: Queryable, sql: string, params: unknown[]): Promise<string | undefined> {
  return (await db.query<{ id: string }>(sql, params)).rows[0]?.id;
}

export async function seedDemoOutreach(
  db: Database,
  options: { storage?: EvidenceStorage } = {},
): Promise<void> {
  // Without a store (tests), activities and articles are seeded without photos.
  const storage = options.storage;
  const org = (name: string) => idOf(db, 'SELECT id FROM organizations WHERE name = $1', [name]);
  const bawaslu = await org('Bawaslu Kabupaten Bengkalis');
  const panwascam = await org('Panwaslu Kecamatan Siak Kecil');
  const polsek = await org('Polsek Siak Kecil');
  const disdik = await org('Dinas Pendidikan Kabupaten Bengkalis');
  if (!bawaslu || !panwascam || !polsek) return;
  const villages = async (district: string, n: number) =>
    (
      await db.query<{ code: string }>(
        'SELECT code FROM regions WHERE parent_code = $1 AND level = 4 ORDER BY code LIMIT $2',
        [district, n],
      )
    ).rows.map((r) => r.code);
  const siak = await villages('14.03.12', 5);
  const [bengkalis] = await villages('14.03.01', 1);
  const [bantan] = await villages('14.03.02', 1);
  const [mandau] = await villages('14.03.09', 1);
  const audience = (name: string) => idOf(db, 'SELECT id FROM outreach_audiences WHERE name = $1', [name]);
  const user = (email: string) => idOf(db, 'SELECT id FROM users WHERE email = $1', [email]);
  const humas = await user('humas@bengkalis.netra.example');

  await inTransaction(db, async (tx) => {
    const asnDisdik = disdik
      ? await outreachRepository.insertAudience(tx, {
          name: 'ASN',
          organizationId: disdik,
          createdBy: humas ?? null,
        })
      : undefined;
    const plans = [
      {
        title: 'Sosialisasi tolak politik uang bersama petani sawit',
        kind: 'sosialisasi',
        topics: ['politik_uang', 'netralitas_asn'],
        organizerId: panwascam,
        villageCode: siak[0]!,
        startsAt: wib(-20, 9),
        status: 'done',
        attendance: 38,
        audiences: ['Petani sawit', 'Penyuluh pertanian'],
        partners: [polsek],
        photo: ['Sosialisasi petani sawit', '#52796f'],
      },
      {
        title: 'Door to door imbauan Pilkada damai kepada ibu-ibu posyandu',
        kind: 'door_to_door',
        topics: ['pilkada_damai', 'hoaks', 'ujaran_kebencian'],
        organizerId: polsek,
        villageCode: siak[1]!,
        startsAt: wib(-12, 8),
        status: 'done',
        attendance: 25,
        audiences: ['Ibu-ibu posyandu'],
        partners: [panwascam],
        photo: ['Door to door posyandu', '#6d597a'],
      },
      {
        title: 'Sambang petani cabai: waspada serangan fajar',
        kind: 'kunjungan',
        topics: ['politik_uang'],
        organizerId: polsek,
        villageCode: siak[2]!,
        startsAt: wib(-8, 16),
        status: 'done',
        attendance: 14,
        audiences: ['Petani cabai'],
        partners: [],
      },
      {
        title: 'Rapat koordinasi pengawasan netralitas ASN dengan KPPS',
        kind: 'rapat_koordinasi',
        topics: ['netralitas_asn'],
        organizerId: bawaslu,
        villageCode: bengkalis!,
        startsAt: wib(-15, 13),
        status: 'done',
        attendance: 60,
        audiences: ['KPPS'],
        partners: [],
      },
      {
        title: 'Apel ikrar pemuda dan pelajar menolak hoaks',
        kind: 'apel',
        topics: ['pilkada_damai', 'hoaks'],
        organizerId: bawaslu,
        villageCode: mandau!,
        startsAt: wib(-5, 7),
        status: 'done',
        attendance: 120,
        audiences: ['Pemuda', 'Pelajar/mahasiswa'],
        partners: [],
        photo: ['Apel ikrar pemuda Mandau', '#355070'],
      },
      {
        title: 'Pelatihan pengawasan partisipatif bagi KPPS',
        kind: 'pelatihan',
        topics: ['pengawasan_partisipatif'],
        organizerId: bawaslu,
        villageCode: bantan!,
        startsAt: wib(6, 9),
        status: 'planned',
        audiences: ['KPPS'],
        partners: [],
      },
      {
        title: 'Cooling system bersama tokoh agama dan tokoh masyarakat',
        kind: 'cooling_system',
        topics: ['pilkada_damai', 'ujaran_kebencian'],
        organizerId: polsek,
        villageCode: siak[3]!,
        startsAt: wib(3, 19),
        status: 'planned',
        audiences: ['Tokoh agama', 'Tokoh masyarakat'],
        partners: [panwascam],
      },
      {
        title: 'Sosialisasi netralitas ASN di lingkungan sekolah',
        kind: 'sosialisasi',
        topics: ['netralitas_asn'],
        organizerId: panwascam,
        villageCode: siak[4]!,
        startsAt: wib(10, 10),
        status: 'planned',
        audiences: [],
        partners: [],
        extraAudience: asnDisdik,
      },
    ];
    const ids: string[] = [];
    for (const p of plans) {
      const id = await outreachRepository.insert(
        tx,
        {
          title: p.title,
          kind: p.kind,
          topics: p.topics,
          organizerId: p.organizerId,
          villageCode: p.villageCode,
          address: 'Balai desa',
          startsAt: p.startsAt,
          endsAt: null,
          status: p.status,
          attendanceCount: p.attendance ?? null,
          attendanceList: [],
          notes: null,
        },
        null,
      );
      const audienceIds = (await Promise.all(p.audiences.map(audience))).filter((a): a is string => !!a);
      if (p.extraAudience) audienceIds.push(p.extraAudience);
      await outreachRepository.replaceLinks(tx, id, audienceIds, p.partners);
      if (p.photo && storage) {
        const stored = await storePhoto(storage, await demoPhoto(p.photo[0]!, p.photo[1]!));
        await photosRepository.insert(tx, { activityId: id }, stored, p.photo[0]!, null);
      }
      ids.push(id);
    }

    const articles = [
      {
        title: 'Panwaslu Siak Kecil ajak petani sawit tolak politik uang',
        lead: 'Puluhan petani sawit dan penyuluh pertanian mengikuti sosialisasi bahaya politik uang menjelang pemungutan suara.',
        body: '<p>Panwaslu Kecamatan Siak Kecil bersama Polsek Siak Kecil menggelar sosialisasi di balai desa. Peserta diajak menolak <strong>serangan fajar</strong> dan melaporkan setiap pemberian uang atau barang.</p><p>"Suara Bapak dan Ibu tidak bisa dibeli," ujar koordinator divisi pencegahan (tokoh fiktif).</p>',
        activities: [ids[0]!],
        tags: ['politik uang', 'Siak Kecil'],
        days: -19,
        published: true,
        photo: ['Petani sawit Siak Kecil', '#40916c'],
      },
      {
        title: 'Polsek Siak Kecil sambangi ibu-ibu posyandu, ingatkan bahaya hoaks',
        lead: 'Bhabinkamtibmas mendatangi rumah warga dan posyandu untuk mengajak menjaga Pilkada damai.',
        body: '<p>Kegiatan door to door menyasar ibu-ibu posyandu. Warga diminta tidak menyebarkan <em>hoaks</em> dan ujaran kebencian di grup percakapan.</p><ul><li>Cek sumber berita</li><li>Laporkan konten provokatif</li></ul>',
        activities: [ids[1]!],
        tags: ['hoaks', 'Pilkada damai'],
        days: -11,
        published: true,
      },
      {
        title: 'Ratusan pemuda Mandau ikrarkan Pilkada damai tanpa hoaks',
        lead: 'Apel ikrar digelar Bawaslu Kabupaten Bengkalis bersama pemuda dan pelajar di Kecamatan Mandau.',
        body: '<p>Peserta apel membacakan ikrar menolak hoaks, politik uang, dan ujaran kebencian. Bawaslu juga mengingatkan ASN untuk menjaga netralitas.</p>',
        activities: [ids[4]!],
        tags: ['Mandau', 'apel'],
        days: -4,
        published: true,
        photo: ['Ikrar pemuda Mandau', '#1d3557'],
      },
      {
        title: 'Draf: rencana pelatihan KPPS di Bantan',
        lead: 'Rencana pelatihan pengawasan partisipatif untuk anggota KPPS di Kecamatan Bantan.',
        body: '<p>Draf berita, belum terbit.</p>',
        activities: [ids[5]!],
        tags: ['KPPS'],
        days: 0,
        published: false,
      },
    ];
    for (const a of articles) {
      const articleId = await newsRepository.insert(tx, {
        slug: slugFor(a.title),
        organizationId: bawaslu,
        regionCode: '14.03',
        title: a.title,
        lead: a.lead,
        bodyHtml: a.body,
        authorName: 'Tim Humas Bawaslu Bengkalis',
        photographerName: a.photo ? 'Dokumentasi Humas' : null,
        tags: a.tags,
        createdBy: humas ?? null,
      });
      await newsRepository.replaceActivities(tx, articleId, a.activities);
      if (a.published)
        await tx.query(
          `UPDATE news_articles SET status = 'published', published_at = now() + $2 * interval '1 day' + interval '2 hours'
           WHERE id = $1`,
          [articleId, a.days],
        );
      if (a.photo && storage) {
        const stored = await storePhoto(storage, await demoPhoto(a.photo[0]!, a.photo[1]!));
        await photosRepository.insert(tx, { articleId }, stored, a.photo[0]!, null);
      }
    }
    await recordAudit(tx, {
      actor: { userId: null, label: 'system' },
      regionCode: '14.03',
      action: 'demo.outreach_seeded',
      entityType: 'system',
      after: { activities: ids.length, articles: articles.length, photos: Boolean(storage) },
    });
  });
}
