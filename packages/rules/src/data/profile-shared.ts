// Profile values that do not depend on the kind of election: who receives ASN-neutrality cases,
// and the BKN-era follow-up steps. Facts from domain.md §1.6, §2.2 and §9.3.

const LIPUTANINDO = 'https://liputanindo.id/?p=45437';
const LAMPOST = 'https://lampost.co/politik/jelang-kampanye-kemen-panrb-dan-bkn-kawal-netralitas-asn/';
const INTRA62 = 'https://intra62.com/bawaslu-limpahkan-penanganan-400-laporan-dugaan-pelanggaran-asn-ke-bkn/';
const BLOOMBERG_MK = 'https://www.bloombergtechnoz.com/detail-news/87507/mk-pemerintah-harus-bentuk-lembaga-independen-pengawas-asn';
const TRIBUN_MK = 'https://m.tribunnews.com/tribunners/7762692/menata-ulang-pengawas-sistem-merit-pasca-putusan-mk';
const KABARNUSA = 'https://kabarnusa24.com/2024/10/11/bkn-siapkan-aplikasi-pengaduan-asn-yang-tak-netral-pada-pilkada-2024-begini-cara-lapornya';
const KORAN_JAKARTA = 'https://koran-jakarta.com/aplikasi-pelaporan-netralitas-asn-siap-digunakan';
const BERITAJATIM = 'https://beritajatim.com/politik-pemerintahan/sistem-birokrasi-blokir-asn-yang-direkomendasikan-terkena-sanksi-kasn/';
const TRIBUN_LAMPUNG = 'https://lampung.tribunnews.com/amp/2020/11/01/26-asn-di-lampung-diduga-tak-netral-di-pilkada-serentak-2020-2-asn-tunggu-rekomendasi-kasn?page=2';

export const ASN_RECIPIENTS = [
  {
    institution: 'KASN',
    name: { id: 'Komisi Aparatur Sipil Negara', en: 'Civil Service Commission' },
    from: null,
    until: '2024-08-24',
    basis: 'UU 5/2014; dibubarkan oleh UU 20/2023',
    sources: [LIPUTANINDO],
    status: { kind: 'verified' as const },
  },
  {
    institution: 'BKN',
    name: { id: 'Badan Kepegawaian Negara', en: 'National Civil Service Agency' },
    from: '2024-08-25',
    until: null,
    basis: 'UU 20/2023; Perpres 92/2024; SE MenPANRB 4/2024 (4 Sept 2024)',
    sources: [LAMPOST, INTRA62],
    status: {
      kind: 'unverified' as const,
      reason: {
        id: 'KASN berhenti 24 Agustus 2024, tetapi SE MenPANRB 4/2024 baru ditandatangani 4 September 2024; tanggal mulai BKN di sini adalah hari setelah KASN berhenti.',
        en: 'KASN stopped on 24 August 2024 but SE MenPANRB 4/2024 was signed on 4 September 2024; the BKN start used here is the day after KASN stopped.',
      },
    },
  },
  {
    institution: 'LEMBAGA_INDEPENDEN',
    name: { id: 'Lembaga independen pengawas sistem merit ASN', en: 'Independent body supervising the ASN merit system' },
    from: null,
    until: null,
    basis: 'Putusan MK 121/PUU-XXII/2024 (dibentuk paling lama 2 tahun sejak putusan)',
    sources: [BLOOMBERG_MK, TRIBUN_MK],
    status: {
      kind: 'unverified' as const,
      reason: {
        id: 'Lembaga belum dibentuk; isi tanggal mulai lewat pengaturan instalasi saat sudah ada. Tanggal putusan juga diperselisihkan (16 Okt 2025 paling didukung).',
        en: 'The body does not exist yet; set its start date through an installation override when it does. The ruling date is also disputed (16 Oct 2025 best supported).',
      },
    },
  },
];

export const BKN_FLOW_DEADLINES = {
  satgasVerification: {
    length: 7,
    unit: 'calendar_days' as const,
    startsFrom: { id: 'Laporan masuk di SBT BKN', en: 'Report received in BKN\'s SBT' },
    basis: 'Alur penanganan SBT BKN',
    sources: [KABARNUSA, KORAN_JAKARTA],
    status: {
      kind: 'unverified' as const,
      reason: { id: 'Sumber menyebut "paling lama 7 hari" tanpa jenis hari.', en: 'Sources say "at most 7 days" without the day type.' },
    },
  },
  bawasluValidation: {
    length: 3,
    unit: 'working_days' as const,
    startsFrom: { id: 'Hasil verifikasi Satgas diterima Bawaslu', en: 'Bawaslu receives the Satgas verification' },
    basis: 'Alur penanganan SBT BKN',
    sources: [KABARNUSA, KORAN_JAKARTA],
    status: { kind: 'verified' as const },
  },
  ppkFollowUp: {
    length: 10,
    unit: 'calendar_days' as const,
    startsFrom: { id: 'Rekomendasi atau hasil pemeriksaan diterima PPK', en: 'The PPK receives the recommendation or examination result' },
    basis: 'Belum ada dasar hukum yang terkonfirmasi',
    sources: [BERITAJATIM, TRIBUN_LAMPUNG],
    status: {
      kind: 'disputed' as const,
      note: {
        id: 'Tidak ada sumber yang mengonfirmasi 14 hari; nilai bawaan 10 hari dan dapat diubah per instalasi.',
        en: 'No source confirms 14 days; the default is 10 days and can be changed per installation.',
      },
      readings: [
        { label: { id: '10 hari (Kemendagri, 2020)', en: '10 days (Home Affairs, 2020)' }, sources: [BERITAJATIM] },
        { label: { id: '3 hari untuk kepala daerah yang ditegur (2020)', en: '3 days for reprimanded regional heads (2020)' }, sources: [TRIBUN_LAMPUNG] },
      ],
    },
  },
};
