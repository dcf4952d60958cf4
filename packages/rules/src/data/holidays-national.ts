// National holidays (libur nasional) and collective leave (cuti bersama), 2024–2027, as set by the
// joint decree of three ministers (SKB 3 Menteri) and presidential decrees. Not in domain.md:
// sources below are press copies of the decrees. Dates we could not see in a source are marked
// 'unverified'; 2027 is a projection from astronomical calendars until its SKB is published.
// Tuple: [date, kind, Indonesian name, English name, optional per-day status].
type Kind = 'national' | 'cuti_bersama' | 'special';
type Day = readonly [string, Kind, string, string, ('verified' | 'unverified')?];

export interface HolidayYear {
  readonly year: number;
  readonly basis: string;
  readonly sources: readonly string[];
  readonly status: 'verified' | 'unverified';
  readonly days: readonly Day[];
}

const U = 'unverified';

export const NATIONAL_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2024,
    basis: 'SKB Menag, Menaker, MenPANRB 855/2023, 3/2023, 4/2023, diubah SKB 236/2024, 1/2024, 2/2024',
    sources: [
      'https://sumbarfokus.com/catat-jadwal-libur-nasional-2024-beserta-tanggal',
      'https://faktualid.com/pendidikan/mahya/ini-skb-cuti-bersama-lebaran-dan-hingga-akhir-tahun-2024/',
    ],
    status: 'verified',
    days: [
      ['2024-01-01', 'national', 'Tahun Baru 2024 Masehi', "New Year's Day"],
      ['2024-02-08', 'national', 'Isra Mikraj Nabi Muhammad SAW', 'Isra Mikraj'],
      ['2024-02-09', 'cuti_bersama', 'Cuti bersama Tahun Baru Imlek', 'Collective leave, Chinese New Year'],
      ['2024-02-10', 'national', 'Tahun Baru Imlek 2575 Kongzili', 'Chinese New Year'],
      ['2024-02-14', 'special', 'Hari pemungutan suara Pemilu 2024', 'General election voting day'],
      ['2024-03-11', 'national', 'Hari Suci Nyepi', 'Nyepi'],
      ['2024-03-12', 'cuti_bersama', 'Cuti bersama Nyepi', 'Collective leave, Nyepi'],
      ['2024-03-29', 'national', 'Wafat Isa Almasih', 'Good Friday'],
      ['2024-03-31', 'national', 'Hari Paskah', 'Easter Sunday'],
      ['2024-04-08', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2024-04-09', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2024-04-10', 'national', 'Idul Fitri 1445 H', 'Eid al-Fitr'],
      ['2024-04-11', 'national', 'Idul Fitri 1445 H', 'Eid al-Fitr'],
      ['2024-04-12', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2024-04-15', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2024-05-01', 'national', 'Hari Buruh Internasional', 'Labour Day'],
      ['2024-05-09', 'national', 'Kenaikan Isa Almasih', 'Ascension Day'],
      ['2024-05-10', 'cuti_bersama', 'Cuti bersama Kenaikan Isa Almasih', 'Collective leave, Ascension'],
      ['2024-05-23', 'national', 'Hari Raya Waisak', 'Vesak'],
      ['2024-05-24', 'cuti_bersama', 'Cuti bersama Waisak', 'Collective leave, Vesak'],
      ['2024-06-01', 'national', 'Hari Lahir Pancasila', 'Pancasila Day'],
      ['2024-06-17', 'national', 'Idul Adha 1445 H', 'Eid al-Adha'],
      ['2024-06-18', 'cuti_bersama', 'Cuti bersama Idul Adha', 'Collective leave, Eid al-Adha'],
      ['2024-07-07', 'national', 'Tahun Baru Islam 1446 H', 'Islamic New Year'],
      ['2024-08-17', 'national', 'Hari Kemerdekaan RI', 'Independence Day'],
      ['2024-09-16', 'national', 'Maulid Nabi Muhammad SAW', "Prophet's Birthday"],
      ['2024-11-27', 'special', 'Hari pemungutan suara Pilkada serentak 2024', 'Simultaneous Pilkada voting day', U],
      ['2024-12-25', 'national', 'Hari Raya Natal', 'Christmas Day'],
      ['2024-12-26', 'cuti_bersama', 'Cuti bersama Natal', 'Collective leave, Christmas'],
    ],
  },
  {
    year: 2025,
    basis: 'SKB Menag, Menaker, MenPANRB 1017/2024, 2/2024, 2/2024; Keppres 2/2025 (cuti bersama ASN)',
    sources: [
      'https://www.jpnn.com/news/27-hari-libur-nasional-cuti-bersama-2025-inilah-tanggal-tanggalnya',
      'https://koran-jakarta.com/ini-daftar-libur-nasional-dan-cuti-bersama-tahun-2025',
      'https://news.okezone.com/read/2025/01/17/337/3105414/prabowo-tetapkan-cuti-bersama-asn-tahun-2025-ini-daftarnya',
    ],
    status: 'verified',
    days: [
      ['2025-01-01', 'national', 'Tahun Baru 2025 Masehi', "New Year's Day"],
      ['2025-01-27', 'national', 'Isra Mikraj Nabi Muhammad SAW', 'Isra Mikraj'],
      ['2025-01-28', 'cuti_bersama', 'Cuti bersama Tahun Baru Imlek', 'Collective leave, Chinese New Year'],
      ['2025-01-29', 'national', 'Tahun Baru Imlek 2576 Kongzili', 'Chinese New Year'],
      ['2025-03-28', 'cuti_bersama', 'Cuti bersama Nyepi', 'Collective leave, Nyepi'],
      ['2025-03-29', 'national', 'Hari Suci Nyepi', 'Nyepi'],
      ['2025-03-31', 'national', 'Idul Fitri 1446 H', 'Eid al-Fitr'],
      ['2025-04-01', 'national', 'Idul Fitri 1446 H', 'Eid al-Fitr'],
      ['2025-04-02', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2025-04-03', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2025-04-04', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2025-04-07', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2025-04-18', 'national', 'Wafat Yesus Kristus', 'Good Friday', U],
      ['2025-04-20', 'national', 'Hari Paskah', 'Easter Sunday', U],
      ['2025-05-01', 'national', 'Hari Buruh Internasional', 'Labour Day'],
      ['2025-05-12', 'national', 'Hari Raya Waisak', 'Vesak', U],
      ['2025-05-13', 'cuti_bersama', 'Cuti bersama Waisak', 'Collective leave, Vesak'],
      ['2025-05-29', 'national', 'Kenaikan Yesus Kristus', 'Ascension Day', U],
      ['2025-05-30', 'cuti_bersama', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave, Ascension'],
      ['2025-06-01', 'national', 'Hari Lahir Pancasila', 'Pancasila Day'],
      ['2025-06-06', 'national', 'Idul Adha 1446 H', 'Eid al-Adha', U],
      ['2025-06-09', 'cuti_bersama', 'Cuti bersama Idul Adha', 'Collective leave, Eid al-Adha'],
      ['2025-06-27', 'national', 'Tahun Baru Islam 1447 H', 'Islamic New Year', U],
      ['2025-08-17', 'national', 'Hari Kemerdekaan RI', 'Independence Day'],
      ['2025-09-05', 'national', 'Maulid Nabi Muhammad SAW', "Prophet's Birthday", U],
      ['2025-12-25', 'national', 'Hari Raya Natal', 'Christmas Day'],
      ['2025-12-26', 'cuti_bersama', 'Cuti bersama Natal', 'Collective leave, Christmas'],
    ],
  },
  {
    year: 2026,
    basis: 'SKB Menag, Menaker, MenPANRB tentang Hari Libur Nasional dan Cuti Bersama 2026 (ditandatangani 19 Sept 2025)',
    sources: [
      'https://www.brilio.net/serius/rincian-lengkap-libur-cuti-bersama-2026-17-hari-libur-nasional-dan-8-cuti-bersama-2026-250920i.html',
      'https://pembelajaranbermaknaid.blogspot.com/2025/11/skb-3-menteri-rilis-daftar-cuti-bersama.html',
    ],
    status: 'verified',
    days: [
      ['2026-01-01', 'national', 'Tahun Baru 2026 Masehi', "New Year's Day"],
      ['2026-01-16', 'national', 'Isra Mikraj Nabi Muhammad SAW', 'Isra Mikraj'],
      ['2026-02-16', 'cuti_bersama', 'Cuti bersama Tahun Baru Imlek', 'Collective leave, Chinese New Year'],
      ['2026-02-17', 'national', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year'],
      ['2026-03-18', 'cuti_bersama', 'Cuti bersama Nyepi', 'Collective leave, Nyepi'],
      ['2026-03-19', 'national', 'Hari Suci Nyepi', 'Nyepi'],
      ['2026-03-20', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2026-03-21', 'national', 'Idul Fitri 1447 H', 'Eid al-Fitr'],
      ['2026-03-22', 'national', 'Idul Fitri 1447 H', 'Eid al-Fitr'],
      ['2026-03-23', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2026-03-24', 'cuti_bersama', 'Cuti bersama Idul Fitri', 'Collective leave, Eid al-Fitr'],
      ['2026-04-03', 'national', 'Wafat Yesus Kristus', 'Good Friday'],
      ['2026-04-05', 'national', 'Hari Paskah', 'Easter Sunday'],
      ['2026-05-01', 'national', 'Hari Buruh Internasional', 'Labour Day'],
      ['2026-05-14', 'national', 'Kenaikan Yesus Kristus', 'Ascension Day'],
      ['2026-05-15', 'cuti_bersama', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave, Ascension'],
      ['2026-05-27', 'national', 'Idul Adha 1447 H', 'Eid al-Adha'],
      ['2026-05-28', 'cuti_bersama', 'Cuti bersama Idul Adha', 'Collective leave, Eid al-Adha'],
      ['2026-05-31', 'national', 'Hari Raya Waisak', 'Vesak'],
      ['2026-06-01', 'national', 'Hari Lahir Pancasila', 'Pancasila Day'],
      ['2026-06-16', 'national', 'Tahun Baru Islam 1448 H', 'Islamic New Year'],
      ['2026-08-17', 'national', 'Hari Kemerdekaan RI', 'Independence Day'],
      ['2026-08-25', 'national', 'Maulid Nabi Muhammad SAW', "Prophet's Birthday"],
      ['2026-12-24', 'cuti_bersama', 'Cuti bersama Natal', 'Collective leave, Christmas'],
      ['2026-12-25', 'national', 'Hari Raya Natal', 'Christmas Day'],
    ],
  },
  {
    year: 2027,
    basis: 'Proyeksi; SKB 2027 belum tersedia di referensi',
    sources: [],
    status: 'unverified',
    days: [
      ['2027-01-01', 'national', 'Tahun Baru 2027 Masehi', "New Year's Day"],
      ['2027-01-05', 'national', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)', 'Isra Mikraj (estimate)'],
      ['2027-02-06', 'national', 'Tahun Baru Imlek (perkiraan)', 'Chinese New Year (estimate)'],
      ['2027-03-09', 'national', 'Hari Suci Nyepi (perkiraan)', 'Nyepi (estimate)'],
      ['2027-03-10', 'national', 'Idul Fitri 1448 H (perkiraan)', 'Eid al-Fitr (estimate)'],
      ['2027-03-11', 'national', 'Idul Fitri 1448 H (perkiraan)', 'Eid al-Fitr (estimate)'],
      ['2027-03-26', 'national', 'Wafat Yesus Kristus', 'Good Friday'],
      ['2027-03-28', 'national', 'Hari Paskah', 'Easter Sunday'],
      ['2027-05-01', 'national', 'Hari Buruh Internasional', 'Labour Day'],
      ['2027-05-06', 'national', 'Kenaikan Yesus Kristus', 'Ascension Day'],
      ['2027-05-17', 'national', 'Idul Adha 1448 H (perkiraan)', 'Eid al-Adha (estimate)'],
      ['2027-05-20', 'national', 'Hari Raya Waisak (perkiraan)', 'Vesak (estimate)'],
      ['2027-06-01', 'national', 'Hari Lahir Pancasila', 'Pancasila Day'],
      ['2027-06-07', 'national', 'Tahun Baru Islam 1449 H (perkiraan)', 'Islamic New Year (estimate)'],
      ['2027-08-16', 'national', 'Maulid Nabi Muhammad SAW (perkiraan)', "Prophet's Birthday (estimate)"],
      ['2027-08-17', 'national', 'Hari Kemerdekaan RI', 'Independence Day'],
      ['2027-12-25', 'national', 'Hari Raya Natal', 'Christmas Day'],
    ],
  },
];

/** Regional holidays (e.g. a provincial anniversary declared a holiday) keyed by region code. */
export const REGIONAL_HOLIDAYS: readonly { date: string; regionCode: string; id: string; en: string }[] = [];
