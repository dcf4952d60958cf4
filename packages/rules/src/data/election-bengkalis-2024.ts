// Demo election: the 2024 Bengkalis regent election on the national Pilkada 2024 calendar
// (domain.md §0.2). Candidate registration is not in the reference and is marked unverified.
const ANTARA = 'https://antaranews.com/berita/4353459/bawaslu-tetap-terima-laporan-pelanggaran-pada-hari-pemungutan-suara';
const PALPOS = 'https://palpos.bacakoran.co/amp/15903/bawaslu-temukan-banyaknya-temuan-pelanggaran-netralitas-asn-dan-kepala-desa-di-pilkada-2024/16';
const verified = { kind: 'verified' as const };

export const bengkalis2024Election = {
  id: 'pilbup-bengkalis-2024',
  name: 'Pemilihan Bupati dan Wakil Bupati Bengkalis 2024',
  profileId: 'pilkada',
  regionCode: '14.03',
  stages: [
    {
      kind: 'candidate_registration' as const,
      name: { id: 'Pendaftaran pasangan calon', en: 'Candidate registration' },
      start: '2024-08-27',
      end: '2024-08-29',
      sources: [ANTARA],
      status: {
        kind: 'unverified' as const,
        reason: { id: 'Tanggal pendaftaran tidak ada dalam referensi; periksa jadwal KPU.', en: 'Registration dates are not in the reference; check the KPU schedule.' },
      },
    },
    {
      kind: 'candidate_designation' as const,
      name: { id: 'Penetapan pasangan calon', en: 'Designation of candidate pairs' },
      start: '2024-09-22',
      end: '2024-09-22',
      sources: [ANTARA],
      status: verified,
    },
    {
      kind: 'campaign' as const,
      name: { id: 'Masa kampanye', en: 'Campaign period' },
      start: '2024-09-25',
      end: '2024-11-23',
      sources: [ANTARA],
      status: verified,
    },
    {
      kind: 'quiet_period' as const,
      name: { id: 'Masa tenang', en: 'Quiet period' },
      start: '2024-11-24',
      end: '2024-11-26',
      sources: [PALPOS],
      status: verified,
    },
    {
      kind: 'voting' as const,
      name: { id: 'Pemungutan suara', en: 'Voting day' },
      start: '2024-11-27',
      end: '2024-11-27',
      sources: [ANTARA],
      status: verified,
    },
    {
      kind: 'recapitulation' as const,
      name: { id: 'Penghitungan dan rekapitulasi suara', en: 'Counting and recapitulation' },
      start: '2024-11-27',
      end: '2024-12-16',
      sources: [ANTARA],
      status: {
        kind: 'unverified' as const,
        reason: { id: 'Referensi hanya memberi tanggal akhir (16 Des 2024); awal diasumsikan hari pemungutan suara.', en: 'The reference gives only the end (16 Dec 2024); the start is assumed to be voting day.' },
      },
    },
  ],
};
