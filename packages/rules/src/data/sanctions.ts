// Sanction building blocks shared by the catalogue files, so that a penalty menu is written once.
// Facts: domain.md §1.5 (PP 94/2021 levels, PP 42/2004 Pasal 15, UU 5/2014 Pasal 87) and §2.1
// (UU 10/2016 Pasal 187A, 188, 189).
import type { DisciplineLevel, Sanction } from '../catalogue/schema.js';
import type { Bilingual } from '../shared.js';

export const PP94_PENALTIES: Record<DisciplineLevel, Bilingual[]> = {
  light: [
    { id: 'Teguran lisan', en: 'Oral reprimand' },
    { id: 'Teguran tertulis', en: 'Written reprimand' },
    { id: 'Pernyataan tidak puas secara tertulis', en: 'Written statement of dissatisfaction' },
  ],
  medium: [
    { id: 'Pemotongan tunjangan kinerja 25% selama 6 bulan', en: '25% cut of the performance allowance for 6 months' },
    { id: 'Pemotongan tunjangan kinerja 25% selama 9 bulan', en: '25% cut of the performance allowance for 9 months' },
    { id: 'Pemotongan tunjangan kinerja 25% selama 12 bulan', en: '25% cut of the performance allowance for 12 months' },
  ],
  severe: [
    { id: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan', en: 'Demotion by one level for 12 months' },
    { id: 'Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan', en: 'Release from position to a staff-level post for 12 months' },
    {
      id: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
      en: 'Honourable dismissal as a civil servant, not at own request',
    },
  ],
};

const LEVEL_LABEL: Record<DisciplineLevel, Bilingual> = {
  light: { id: 'ringan', en: 'light' },
  medium: { id: 'sedang', en: 'medium' },
  severe: { id: 'berat', en: 'severe' },
};

export function discipline(level: DisciplineLevel | null): Sanction {
  if (level === null) {
    return {
      kind: 'discipline',
      instrument: 'PP 94/2021',
      level: null,
      penalties: [],
      summary: {
        id: 'Hukuman disiplin PP 94/2021; tingkatnya belum dapat dipastikan dari sumber yang ada',
        en: 'Disciplinary penalty under PP 94/2021; the level could not be established from the sources',
      },
    };
  }
  const label = LEVEL_LABEL[level];
  return {
    kind: 'discipline',
    instrument: 'PP 94/2021',
    level,
    penalties: PP94_PENALTIES[level],
    summary: { id: `Hukuman disiplin tingkat ${label.id} (PP 94/2021)`, en: `Disciplinary penalty, ${label.en} level (PP 94/2021)` },
  };
}

export const MORAL_SANCTION: Sanction = {
  kind: 'moral',
  instrument: 'PP 42/2004',
  article: 'Pasal 15 ayat (1), (2), (3)',
  forms: ['closed', 'open'],
  summary: {
    id: 'Sanksi moral tertulis dari PPK, berupa pernyataan secara tertutup atau secara terbuka',
    en: 'Written moral sanction declared by the PPK, as a closed or an open statement',
  },
};

export const PTDH_PARTY_MEMBERSHIP: Sanction = {
  kind: 'dismissal',
  instrument: 'UU 5/2014',
  article: 'Pasal 87 ayat (4) huruf c',
  summary: {
    id: 'Pemberhentian tidak dengan hormat (PTDH) karena menjadi anggota atau pengurus partai politik',
    en: 'Dishonourable dismissal (PTDH) for membership or office in a political party',
  },
};

const PRISON_1_6 = { min: 1, max: 6 };
const FINE_600K_6M = { min: 600_000, max: 6_000_000 };

export const CRIMINAL_188: Sanction = {
  kind: 'criminal',
  instrument: 'UU 10/2016',
  article: 'Pasal 188',
  prisonMonths: PRISON_1_6,
  fineRupiah: FINE_600K_6M,
  cumulation: 'and_or',
  liable: { id: 'Pejabat negara, pejabat daerah, pejabat ASN, anggota TNI/Polri, kepala desa/lurah yang melanggar', en: 'The state, regional or ASN official, TNI/Polri member or village head who breaches it' },
  summary: {
    id: 'Pidana penjara 1–6 bulan dan/atau denda Rp600.000–Rp6.000.000',
    en: 'Prison of 1–6 months and/or a fine of Rp600,000–6,000,000',
  },
};

export const CRIMINAL_189: Sanction = {
  kind: 'criminal',
  instrument: 'UU 10/2016',
  article: 'Pasal 189',
  prisonMonths: PRISON_1_6,
  fineRupiah: FINE_600K_6M,
  cumulation: 'and_or',
  liable: { id: 'Calon yang dengan sengaja melibatkan pihak yang dilarang', en: 'The candidate who knowingly involves the barred persons' },
  summary: {
    id: 'Pidana penjara 1–6 bulan dan/atau denda Rp600.000–Rp6.000.000 bagi calon',
    en: 'Prison of 1–6 months and/or a fine of Rp600,000–6,000,000 for the candidate',
  },
};

export const CRIMINAL_187A: Sanction = {
  kind: 'criminal',
  instrument: 'UU 10/2016',
  article: 'Pasal 187A',
  prisonMonths: { min: 36, max: 72 },
  fineRupiah: { min: 200_000_000, max: 1_000_000_000 },
  cumulation: 'unstated',
  liable: {
    id: 'Pemberi (ayat 1) dan pemilih penerima (ayat 2)',
    en: 'The giver (verse 1) and the receiving voter (verse 2)',
  },
  summary: {
    id: 'Pidana penjara 36–72 bulan; denda Rp200 juta–Rp1 miliar',
    en: 'Prison of 36–72 months; fine of Rp200 million–1 billion',
  },
};

export const CANDIDACY_CANCELLATION: Sanction = {
  kind: 'administrative',
  instrument: 'UU 10/2016',
  article: 'Pasal 71 ayat (5)',
  summary: {
    id: 'Petahana yang melanggar dapat dibatalkan pencalonannya oleh KPU',
    en: 'An incumbent who breaches it can have the candidacy cancelled by KPU',
  },
};
