// Writes the monitoring demo files (fictional people, real Bengkalis kecamatan). Run once with
// `npx tsx apps/server/src/seeds/data/generate-monitoring-demo.ts`; the output is committed, so the
// demo and the browser test upload the same files. Deterministic (fixed seeds).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRng, generateRegistry, normaliseName } from '@netra/engine';

const here = path.dirname(new URL(import.meta.url).pathname);
const rng = createRng(2026);
const KECAMATAN = [
  'Bengkalis', 'Bantan', 'Bukit Batu', 'Mandau', 'Rupat', 'Rupat Utara', 'Siak Kecil', 'Pinggir',
  'Bandar Laksamana', 'Talang Muandau', 'Bathin Solapan',
];
const AGENCIES = [
  ['Dinas Pendidikan', ['Guru', 'Kepala Sekolah', 'Pengawas Sekolah'], ['SDN', 'SMPN']],
  ['Dinas Kesehatan', ['Perawat', 'Bidan', 'Dokter'], ['Puskesmas']],
  ['Dinas Pertanian', ['Penyuluh Pertanian', 'Analis'], ['UPT Pertanian']],
  ['Dinas Perikanan', ['Penyuluh Perikanan', 'Pengelola Data'], ['UPT Perikanan']],
  ['Badan Keuangan Daerah', ['Analis Keuangan', 'Bendahara'], ['Bidang Anggaran']],
] as const;
const RANKS = ['Penata Muda / III-a', 'Penata Muda Tk. I / III-b', 'Penata / III-c', 'Penata Tk. I / III-d', 'Pembina / IV-a'];
const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

type DemoPerson = { nip: string; fullName: string; core: string; agency: string; unit: string; position: string; kecamatan: string; gender: 'L' | 'P'; handle?: string };

const people: DemoPerson[] = generateRegistry(300, 2026).map((p, i) => {
  const year = 1968 + rng.int(28);
  const appointed = Math.min(2022, year + 22 + rng.int(8));
  const gender = p.gender === 'm' ? 'L' : 'P';
  const nip = `${year}${pad(1 + rng.int(12))}${pad(1 + rng.int(28))}${appointed}${pad(1 + rng.int(12))}${gender === 'L' ? 1 : 2}${pad((i % 999) + 1, 3)}`;
  const [agency, positions, units] = pick(AGENCIES);
  const kecamatan = pick(KECAMATAN);
  return {
    nip,
    fullName: p.record.fullName,
    core: normaliseName(p.record.fullName).canonical,
    agency: `${agency} Kabupaten Bengkalis`,
    unit: `${pick(units)} ${1 + rng.int(12)} ${kecamatan}`,
    position: pick(positions),
    kecamatan,
    gender,
  };
});
// Twenty people declared an X account in the registry (a few offices collect them).
const handleOf = (p: DemoPerson) => p.core.replace(/[^a-z ]/g, '').split(' ').slice(0, 2).join('_');
for (const p of people.slice(0, 20)) p.handle = handleOf(p);

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const registry = [
  'NIP,Nama,Jenis ASN,Instansi,Unit Kerja,Jabatan,Pangkat/Golongan,Kecamatan,Jenis Kelamin,Akun Media Sosial',
  ...people.map((p, i) =>
    [p.nip, p.fullName, i % 7 === 0 ? 'PPPK' : 'PNS', p.agency, p.unit, p.position, i % 7 === 0 ? 'IX' : pick(RANKS), p.kecamatan, p.gender, p.handle ? `x:@${p.handle}` : '']
      .map(csvCell)
      .join(','),
  ),
  // Two bad rows, so that the demo import shows its error report.
  '19870230201001100,Baris Contoh Salah,PNS,Dinas Pendidikan Kabupaten Bengkalis,,,,Bengkalis,L,',
  '198801012012011005,Contoh Kecamatan Salah,PNS,Dinas Kesehatan Kabupaten Bengkalis,,,,Kecamatan Fiktif,L,',
].join('\n');
writeFileSync(path.join(here, 'bengkalis-asn-registry.csv'), `${registry}\n`);

const pairs = [
  { ballotNumber: 1, name: 'H. Arman Syahputra, S.E.', runningMateName: 'Dra. Nurul Hidayah', nick: 'Bang Arman', slogan: 'Bengkalis Maju Bersama', tag: '#ArmanNurul', handle: 'armannurul_bks', parties: ['Partai Samudra', 'Partai Pelita'] },
  { ballotNumber: 2, name: 'Ir. Zulkarnain Effendi', runningMateName: 'Rosmawati, S.H.', nick: 'Pak Zul', slogan: 'Zul Pasti Bisa', tag: '#ZulRosma', handle: 'zulrosma2024', parties: ['Partai Cahaya Negeri'] },
  { ballotNumber: 3, name: 'Dr. Fadli Rahman, M.Si.', runningMateName: 'Syafrizal', nick: 'Abah Fadli', slogan: 'Bengkalis Sejahtera', tag: '#FadliSyafrizal', handle: 'fadli_syafrizal', parties: [] },
];
const candidates = {
  candidates: pairs.map((p) => ({
    electionId: 'pilbup-bengkalis-2024',
    ballotNumber: p.ballotNumber,
    name: p.name,
    runningMateName: p.runningMateName,
    nicknames: [p.nick],
    parties: p.parties,
    ...(p.parties.length > 1 ? { coalitionName: `Koalisi ${p.slogan}` } : {}),
    accounts: [
      { platform: 'x', kind: 'official', handle: p.handle },
      { platform: 'x', kind: 'campaign_team', handle: `tim_${p.handle}` },
      { platform: 'tiktok', kind: 'official', handle: p.handle },
      { platform: 'facebook', kind: 'group', handle: `relawan_${p.handle}` },
    ],
    lexicon: [
      { kind: 'nickname', term: p.nick },
      { kind: 'slogan', term: p.slogan },
      { kind: 'hashtag', term: p.tag },
    ],
  })),
};
writeFileSync(path.join(here, 'bengkalis-candidates.json'), `${JSON.stringify(candidates, null, 2)}\n`);

// Events in the campaign period (25 Sep – 23 Nov 2024), in Bengkalis time.
const events: Record<string, unknown>[] = [];
let n = 0;
const when = () => `2024-${pick(['10', '11'])}-${pad(1 + rng.int(20))}T${pad(7 + rng.int(13))}:${pad(rng.int(60))}:00+07:00`;
const ev = (e: Record<string, unknown>) => events.push({ id: `demo-${pad(++n, 4)}`, platform: 'x', occurredAt: when(), ...e });
// Background: members of the public interacting with candidates.
for (let i = 0; i < 150; i++)
  ev({ type: pick(['like', 'comment', 'share']), actorAccountId: `warga-${i}`, actor: { handle: `warga_bks_${i}`, displayName: `Warga ${i}` }, targetAccountId: pick(pairs).handle, text: 'Semoga Bengkalis makin baik' });
// Planted: ASNs with declared accounts like, comment or share candidates' posts.
people.slice(0, 8).forEach((p, i) =>
  ev({ type: pick(['like', 'comment', 'share']), actorAccountId: `asn-x-${i}`, actor: { handle: p.handle, displayName: p.fullName }, targetAccountId: pairs[i % 3]!.handle, text: 'Setuju, lanjutkan!' }),
);
// Planted: ASNs with undeclared accounts whose name, bio and place match the registry.
people.slice(30, 36).forEach((p, i) =>
  ev({
    type: 'comment',
    actorAccountId: `asn-y-${i}`,
    actor: { handle: handleOf(p).replace('_', '.'), displayName: p.fullName, bio: `${p.position} di ${p.unit}, ${p.agency}`, location: `${p.kecamatan}, Bengkalis` },
    targetAccountId: `tim_${pairs[i % 3]!.handle}`,
    text: `Mantap ${pairs[i % 3]!.tag}`,
  }),
);
// Planted: ASN posts that mention a candidate by hashtag or slogan.
people.slice(8, 11).forEach((p, i) =>
  ev({ type: 'post', actorAccountId: `asn-x-p${i}`, actor: { handle: p.handle, displayName: p.fullName }, text: `Ayo dukung ${pairs[i]!.tag}, ${pairs[i]!.slogan}!` }),
);
// Planted: vote-buying and hoax wording (content leads, whoever wrote it).
ev({ type: 'post', actorAccountId: 'anon-1', text: 'Besok ada serangan fajar di Desa Sungai Pakning, siapkan KTP' });
ev({ type: 'comment', actorAccountId: 'anon-2', targetAccountId: pairs[1]!.handle, text: 'Katanya ada bagi bagi amplop buat yang pilih' });
ev({ platform: 'tiktok', type: 'post', actorAccountId: 'anon-3', text: 'Jual suara? dibayar untuk memilih, hubungi admin' });
// Two malformed lines, so that the demo ingestion shows its per-record report.
const lines = events.map((e) => JSON.stringify(e));
lines.splice(20, 0, '{"id":"demo-rusak-1","type":"like","platform":"x","actorAccountId":"a","occurredAt":"2024-10-10T10:00:00"}');
lines.splice(40, 0, '{bukan json');
writeFileSync(path.join(here, 'bengkalis-events.ndjson'), `${lines.join('\n')}\n`);
process.stdout.write(`${people.length} people, ${pairs.length} pairs, ${lines.length} event lines\n`);
