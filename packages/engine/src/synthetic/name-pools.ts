import { fakerID_ID } from '@faker-js/faker';

// Name pools come from faker's id_ID lists (MIT); drawn with our own seeded PRNG so the output
// does not depend on faker's internal random sequence across versions.

interface PersonDefs {
  first_name?: { male?: string[]; female?: string[]; generic?: string[] };
  last_name?: { male?: string[]; female?: string[]; generic?: string[] };
  suffix?: string[];
}

const defs = (fakerID_ID.rawDefinitions.person ?? {}) as PersonDefs;

const clean = (xs: readonly string[] | undefined): string[] => [
  ...new Set((xs ?? []).filter((x) => /^[A-Za-z]+$/.test(x))),
];

export const MALE_FIRST = clean(defs.first_name?.male);
export const FEMALE_FIRST = clean(defs.first_name?.female);
export const MALE_LAST = clean(defs.last_name?.male);
export const FEMALE_LAST = clean(defs.last_name?.female);
export const SUFFIXES = [
  ...(defs.suffix ?? []),
  'M.Si.',
  'A.Md.',
  'A.Md.Keb.',
  'S.Pd.I',
  'M.Kes',
  'S.Kep., Ns.',
  'S.Tr.Kes',
];

export const MALE_PREFIX = ['Drs.', 'Dr.', 'Ir.', 'H.', 'dr.', 'H. Drs.'];
export const FEMALE_PREFIX = ['Dra.', 'Dr.', 'Hj.', 'dr.', 'Hj. Dra.'];
export const MALAY_MALE = ['Tengku', 'T.', 'Wan', 'Raja', 'Said', 'Datuk', 'Encik'];
export const MALAY_FEMALE = ['Tengku', 'Wan', 'Raja', 'Syarifah', 'Encik'];
export const MUHAMMAD_SHORT = [
  'M.',
  'Muh.',
  'Moh.',
  'Mhd.',
  'Mochammad',
  'Mohammad',
  'Muhamad',
  'Mohd.',
  'Moch.',
];
export const MONONYMS = [
  'Sukarno',
  'Suharto',
  'Sutrisno',
  'Paijo',
  'Sumarni',
  'Tukiyem',
  'Wagiman',
  'Sarinah',
  'Poniman',
  'Suparmi',
  'Karyono',
  'Mulyadi',
  'Sriyati',
  'Jumadi',
  'Ngatini',
];
export const NICKNAMES: Record<string, string> = {
  Muhammad: 'Mamad',
  Abdul: 'Dul',
  Bambang: 'Bams',
  Rahmat: 'Mamat',
  Slamet: 'Memet',
  Agus: 'Gus',
  Hendra: 'Hen',
  Siti: 'Sisi',
  Dewi: 'Wiwi',
  Yulia: 'Lia',
  Rina: 'Nana',
  Putri: 'Put',
  Eko: 'Ekoy',
  Budi: 'Bud',
};

export const REGIONS: ReadonlyArray<{ code: string; name: string }> = [
  { code: '14.01', name: 'Kampar' },
  { code: '14.02', name: 'Indragiri Hulu' },
  { code: '14.03', name: 'Bengkalis' },
  { code: '14.04', name: 'Indragiri Hilir' },
  { code: '14.05', name: 'Pelalawan' },
  { code: '14.06', name: 'Rokan Hulu' },
  { code: '14.07', name: 'Rokan Hilir' },
  { code: '14.08', name: 'Siak' },
  { code: '14.09', name: 'Kuantan Singingi' },
  { code: '14.10', name: 'Kepulauan Meranti' },
  { code: '14.71', name: 'Pekanbaru' },
  { code: '14.72', name: 'Dumai' },
];

export const AGENCIES: ReadonlyArray<{ agency: string; positions: string[]; unit: (n: number) => string }> = [
  {
    agency: 'Dinas Pendidikan',
    positions: ['Guru Ahli Pertama', 'Guru Ahli Muda', 'Kepala Sekolah'],
    unit: (n) => `SDN ${n}`,
  },
  {
    agency: 'Dinas Kesehatan',
    positions: ['Perawat', 'Bidan', 'Analis Kesehatan'],
    unit: (n) => `Puskesmas Kecamatan ${n}`,
  },
  {
    agency: 'Dinas Pertanian',
    positions: ['Penyuluh Pertanian', 'Analis', 'Staf'],
    unit: (n) => `Bidang Tanaman Pangan ${n}`,
  },
  {
    agency: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    positions: ['Teknik Sipil', 'Pengawas', 'Staf'],
    unit: (n) => `Bidang Bina Marga ${n}`,
  },
  { agency: 'Dinas Perhubungan', positions: ['Penguji Kendaraan', 'Staf'], unit: (n) => `UPT Terminal ${n}` },
  { agency: 'Dinas Sosial', positions: ['Pekerja Sosial', 'Staf'], unit: (n) => `Bidang Rehabilitasi ${n}` },
  { agency: 'Badan Pendapatan Daerah', positions: ['Analis Pajak', 'Staf'], unit: (n) => `UPT Pajak ${n}` },
  {
    agency: 'Sekretariat Daerah',
    positions: ['Analis Kebijakan', 'Kepala Subbagian'],
    unit: (n) => `Bagian Umum ${n}`,
  },
];

export const BIO_PERSONAL = [
  'Suka mancing dan kopi',
  'Ayah dua anak',
  'Ibu rumah tangga bahagia',
  'Pecinta kucing',
  'Jualan online, order DM',
  'Hidup itu indah',
  'Traveling | kuliner',
  'Alhamdulillah',
  'Fans PSPS Riau',
  'Wirausaha',
  'Mahasiswa',
  'Pedagang pasar',
];
