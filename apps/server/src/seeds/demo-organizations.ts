import type { OrganizationType, Role } from '@netra/contracts';

// Fictional organisation staff in real Bengkalis regions. `key` links users to organisations.
export type DemoOrganization = {
  key: string;
  type: OrganizationType;
  name: string;
  regionCode: string;
  parentKey?: string;
};

const KECAMATAN: [string, string][] = [
  ['14.03.01', 'Bengkalis'],
  ['14.03.02', 'Bantan'],
  ['14.03.03', 'Bukit Batu'],
  ['14.03.09', 'Mandau'],
  ['14.03.10', 'Rupat'],
  ['14.03.11', 'Rupat Utara'],
  ['14.03.12', 'Siak Kecil'],
  ['14.03.13', 'Pinggir'],
  ['14.03.14', 'Bandar Laksamana'],
  ['14.03.15', 'Talang Muandau'],
  ['14.03.16', 'Bathin Solapan'],
];

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { key: 'bawaslu-ri', type: 'bawaslu_ri', name: 'Bawaslu Republik Indonesia', regionCode: 'ID' },
  {
    key: 'bawaslu-riau',
    type: 'bawaslu_provinsi',
    name: 'Bawaslu Provinsi Riau',
    regionCode: '14',
    parentKey: 'bawaslu-ri',
  },
  {
    key: 'bawaslu-bengkalis',
    type: 'bawaslu_kabupaten_kota',
    name: 'Bawaslu Kabupaten Bengkalis',
    regionCode: '14.03',
    parentKey: 'bawaslu-riau',
  },
  ...KECAMATAN.map(([code, name]) => ({
    key: `panwascam-${code}`,
    type: 'panwaslu_kecamatan' as const,
    name: `Panwaslu Kecamatan ${name}`,
    regionCode: code,
    parentKey: 'bawaslu-bengkalis',
  })),
  // PKD are created for the first villages of Siak Kecil in seedDemo (their names come from the region table).
  { key: 'polda-riau', type: 'polda', name: 'Polda Riau', regionCode: '14' },
  {
    key: 'polres-bengkalis',
    type: 'polres',
    name: 'Polres Bengkalis',
    regionCode: '14.03',
    parentKey: 'polda-riau',
  },
  {
    key: 'polsek-siak-kecil',
    type: 'polsek',
    name: 'Polsek Siak Kecil',
    regionCode: '14.03.12',
    parentKey: 'polres-bengkalis',
  },
  {
    key: 'pemkab',
    type: 'pemda_sekda',
    name: 'Pemerintah Kabupaten Bengkalis (Sekretariat Daerah)',
    regionCode: '14.03',
  },
  {
    key: 'bkpsdm',
    type: 'bkpsdm',
    name: 'BKPSDM Kabupaten Bengkalis',
    regionCode: '14.03',
    parentKey: 'pemkab',
  },
  {
    key: 'opd-pendidikan',
    type: 'opd',
    name: 'Dinas Pendidikan Kabupaten Bengkalis',
    regionCode: '14.03',
    parentKey: 'pemkab',
  },
  {
    key: 'opd-kesehatan',
    type: 'opd',
    name: 'Dinas Kesehatan Kabupaten Bengkalis',
    regionCode: '14.03',
    parentKey: 'pemkab',
  },
  {
    key: 'opd-pertanian',
    type: 'opd',
    name: 'Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Bengkalis',
    regionCode: '14.03',
    parentKey: 'pemkab',
  },
  {
    key: 'opd-pupr',
    type: 'opd',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bengkalis',
    regionCode: '14.03',
    parentKey: 'pemkab',
  },
  { key: 'bkn', type: 'bkn', name: 'Badan Kepegawaian Negara', regionCode: 'ID' },
  { key: 'kpu-bengkalis', type: 'kpu', name: 'KPU Kabupaten Bengkalis', regionCode: '14.03' },
  { key: 'kejari-bengkalis', type: 'kejaksaan', name: 'Kejaksaan Negeri Bengkalis', regionCode: '14.03' },
  {
    key: 'gakkumdu-bengkalis',
    type: 'sentra_gakkumdu',
    name: 'Sentra Gakkumdu Kabupaten Bengkalis',
    regionCode: '14.03',
    parentKey: 'bawaslu-bengkalis',
  },
];

export type DemoUser = { name: string; email: string; organizationKey: string; role: Role };

export const DEMO_ADMIN: DemoUser = {
  name: 'Administrator Netra',
  email: 'admin@bengkalis.netra.example',
  organizationKey: 'bawaslu-bengkalis',
  role: 'administrator',
};

export const DEMO_USERS: DemoUser[] = [
  {
    name: 'Rahmat Hidayat',
    email: 'komisioner@bengkalis.netra.example',
    organizationKey: 'bawaslu-bengkalis',
    role: 'commissioner',
  },
  // A second commissioner (Kordiv Penanganan Pelanggaran) for the case journey's plenary decision.
  {
    name: 'Dra. Maimunah',
    email: 'kordiv.penanganan@bengkalis.netra.example',
    organizationKey: 'bawaslu-bengkalis',
    role: 'commissioner',
  },
  {
    name: 'Siti Aminah',
    email: 'penanganan@bengkalis.netra.example',
    organizationKey: 'bawaslu-bengkalis',
    role: 'handling_staff',
  },
  {
    name: 'Dedi Kurniawan',
    email: 'pencegahan@bengkalis.netra.example',
    organizationKey: 'bawaslu-bengkalis',
    role: 'prevention_staff',
  },
  {
    name: 'Nurul Fadhilah',
    email: 'humas@bengkalis.netra.example',
    organizationKey: 'bawaslu-bengkalis',
    role: 'humas',
  },
  {
    name: 'Fitri Handayani',
    email: 'panwascam.siakkecil@bengkalis.netra.example',
    organizationKey: 'panwascam-14.03.12',
    role: 'field_supervisor',
  },
  {
    name: 'Bripka Andi Saputra',
    email: 'polsek.siakkecil@bengkalis.netra.example',
    organizationKey: 'polsek-siak-kecil',
    role: 'police_liaison',
  },
  {
    name: 'Yusnita Rahayu',
    email: 'bkpsdm@bengkalis.netra.example',
    organizationKey: 'bkpsdm',
    role: 'agency_hr',
  },
  {
    name: 'Hendra Gunawan',
    email: 'pengamat@bengkalis.netra.example',
    organizationKey: 'bawaslu-bengkalis',
    role: 'viewer',
  },
];
