// Election profile: Pilkada (UU 10/2016; Perbawaslu 8/2020 as amended by Perbawaslu 9/2024).
// Facts from domain.md §3. Form codes other than A.17 and the report form are a working
// hypothesis (domain.md §3.6) and are marked unverified or left without a code.
import { ASN_RECIPIENTS, BKN_FLOW_DEADLINES } from './profile-shared.js';

const PERPU_134 = 'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/93';
const LINGGAU = 'https://linggaupos.bacakoran.co/amp/21742/bawaslu-muratara-ajak-masyarakat-ada-bukti-kades-tidak-netral-segera-lapor/16';
const KEDIRI = 'https://jatimnow.com/amp/baca-71482-bawaslu-kediri-terima-laporan-soal-dugaan-pelanggaran-netralitas-asn';
const SULTENG = 'https://sulteng.antaranews.com/amp/berita/297549/bawaslu-susun-kajian-awal-laporan-phpb';
const PASURUAN = 'https://news.detik.com/berita-jawa-timur/d-5237362/bawaslu-pasuruan-hentikan-proses-laporan-perusakan-baliho-gus-ipul-mas-adi';
const ANTARA = 'https://antaranews.com/berita/4353459/bawaslu-tetap-terima-laporan-pelanggaran-pada-hari-pemungutan-suara';
const PERBAWASLU_9_2024 = 'https://pasal.id/en/peraturan/perban/peraturan-bawaslu-no-9-tahun-2024';
const SERAYU = 'https://serayunews.com/bawaslu-banyumas-tidak-tindaklanjuti-sejumlah-laporan-dugaan-pelanggaran-pemilu-ini-alasannya';
const HALSEL = 'https://rakyatbersatu.id/kasus-pelanggaran-pilkada-oleh-oknum-asn-di-halsel-resmi-masuk-tahap-penyidikan';
const FORM_A = 'http://awasipemilu.com/2022/12/cara-mengisi-formulir-model-a-from-a-laporan-pengawas-pemilu-dan-pilkada-2024';
const FORM_A_TEMPLATE = 'https://id.scribd.com/document/705417180/TAMPLATE-FORM-A';

const hypothesis = {
  kind: 'unverified' as const,
  reason: {
    id: 'Hipotesis kerja dari urutan tahapan dan rezim lama; cocokkan dengan lampiran Perbawaslu 8/2020 jo. 9/2024.',
    en: 'Working hypothesis from the step order and older regimes; check against the annex of Perbawaslu 8/2020 as amended by 9/2024.',
  },
};

function form(code: string | null, id: string, en: string, status: typeof hypothesis | { kind: 'verified' } = hypothesis, sources = [PERBAWASLU_9_2024]) {
  return { code, title: { id, en }, basis: 'Perbawaslu 8/2020 jo. Perbawaslu 9/2024, Lampiran', sources, status };
}

export const pilkadaProfile = {
  id: 'pilkada',
  kind: 'pilkada',
  name: { id: 'Pemilihan Kepala Daerah (Pilkada)', en: 'Regional head election (Pilkada)' },
  instruments: [
    { name: 'UU 10/2016', note: { id: 'Undang-undang Pilkada', en: 'The Pilkada law' } },
    { name: 'Perbawaslu 8/2020', note: { id: 'Penanganan pelanggaran pemilihan; tetap berlaku sebagaimana diubah', en: 'Handling of Pilkada violations; still in force as amended' } },
    { name: 'Perbawaslu 9/2024', note: { id: 'Perubahan Perbawaslu 8/2020, ditetapkan 30 Sept 2024', en: 'Amends Perbawaslu 8/2020, set on 30 Sept 2024' } },
  ],
  deadlines: {
    reportWindow: {
      length: 7,
      unit: 'calendar_days',
      startsFrom: { id: 'Pelanggaran diketahui atau ditemukan', en: 'The violation became known or was found' },
      basis: 'UU 10/2016 jo. Perpu 1/2014 Pasal 134 ayat (4)',
      sources: [PERPU_134, LINGGAU],
      status: { kind: 'verified' },
    },
    initialStudy: {
      length: 3,
      unit: 'calendar_days',
      startsFrom: { id: 'Laporan diterima', en: 'The report is received' },
      basis: 'Praktik Bawaslu Kediri (Pilkada 2024); angka pasti dalam Perbawaslu 8/2020 jo. 9/2024 belum dicek',
      sources: [KEDIRI, SULTENG],
      status: {
        kind: 'unverified',
        reason: {
          id: 'Angka 3 hari berasal dari praktik Bawaslu Kediri; aturan Pemilu memakai 2 hari.',
          en: 'The 3 days come from Bawaslu Kediri practice; the Pemilu rule uses 2 days.',
        },
      },
    },
    completion: {
      length: 48,
      unit: 'hours',
      startsFrom: { id: 'Pemberitahuan kekurangan syarat disampaikan kepada pelapor', en: 'The reporter is notified of missing requirements' },
      basis: 'Praktik Bawaslu Pasuruan (Pilkada 2020)',
      sources: [PASURUAN],
      status: { kind: 'verified' },
    },
    decision: {
      length: 3,
      unit: 'calendar_days',
      startsFrom: { id: 'Laporan diregistrasi', en: 'The report is registered' },
      extension: { length: 2, unit: 'calendar_days' },
      basis: 'UU 10/2016 jo. Perpu 1/2014 Pasal 134 ayat (5)–(6)',
      sources: [PERPU_134, ANTARA],
      status: { kind: 'verified' },
    },
    ...BKN_FLOW_DEADLINES,
  },
  receptionHours: {
    open: '08:00',
    close: '16:00',
    basis: 'Praktik Bawaslu Pilkada 2024, termasuk hari pemungutan suara',
    sources: [ANTARA],
    status: { kind: 'verified' },
  },
  asnRecipients: ASN_RECIPIENTS,
  forms: {
    report: form('A.1', 'Formulir Laporan', 'Report form'),
    finding: form('A.2', 'Formulir Temuan', 'Finding form'),
    receipt: form('A.3', 'Tanda Bukti Penerimaan Laporan', 'Proof of receipt of a report'),
    initialStudy: form('A.4', 'Kajian Awal', 'Initial study'),
    completionNotice: form('A.5', 'Pemberitahuan Kelengkapan Laporan', 'Notice to complete the report'),
    registration: form(null, 'Registrasi Laporan', 'Report registration'),
    clarificationInvitation: form(null, 'Undangan Klarifikasi', 'Invitation to clarification'),
    clarificationMinutes: form(null, 'Berita Acara Klarifikasi', 'Clarification minutes'),
    study: form(null, 'Kajian Dugaan Pelanggaran', 'Study of the suspected violation'),
    plenaryMinutes: form(null, 'Berita Acara Rapat Pleno', 'Plenary minutes'),
    statusNotice: form('A.17', 'Pemberitahuan Status Laporan', 'Notice of report status', { kind: 'verified' }, [SERAYU]),
    forwardingLetter: form(null, 'Surat Penerusan', 'Forwarding letter'),
    followUpRequest: form(null, 'Permintaan Tindak Lanjut', 'Follow-up request'),
    supervisionReport: form('A', 'Laporan Hasil Pengawasan (Form A)', 'Supervision result report (Form A)', { kind: 'verified' }, [FORM_A]),
  },
  numbering: {
    register: {
      pattern: '{seq}/Reg/{reportType}/{electionType}/{level}/{regionCode}/{monthRoman}/{year}',
      example: '06/Reg/L.P/PG/Kab/14.08/XI/2024',
      meaning: {
        id: 'urutan / Reg / jenis laporan / jenis pemilihan / tingkat / kode wilayah / bulan (Romawi) / tahun',
        en: 'sequence / Reg / report type / election type / level / region code / month (Roman) / year',
      },
      basis: 'Nomor yang teramati di Banyumas dan Halmahera Selatan (Pilkada 2024)',
      sources: [SERAYU, HALSEL],
      status: {
        kind: 'unverified',
        reason: { id: 'Arti tiap segmen disimpulkan dari contoh.', en: 'The meaning of each segment is inferred from examples.' },
      },
    },
    plenaryMinutes: {
      pattern: '{seq}/BA-RP-{officeCode}/{monthRoman}/{year}',
      example: '506/BA-RP-BWS.HS/X/2024',
      meaning: { id: 'urutan / BA-RP-kode kantor / bulan (Romawi) / tahun', en: 'sequence / BA-RP-office code / month (Roman) / year' },
      basis: 'Contoh berita acara pleno Bawaslu Halmahera Selatan',
      sources: [HALSEL],
      status: { kind: 'unverified', reason: { id: 'Satu contoh saja.', en: 'One example only.' } },
    },
    supervisionReport: {
      pattern: '{seq}/LHP/PM.01.00/{unitCode}/{year}',
      meaning: { id: 'urutan / LHP / klasifikasi / kode unit / tahun', en: 'sequence / LHP / classification / unit code / year' },
      basis: 'Templat Form A (Pemilu, Perbawaslu 5/2022); SE Bawaslu 15/2023: penomoran mengikuti kabupaten/kota',
      sources: [FORM_A_TEMPLATE],
      status: {
        kind: 'unverified',
        reason: { id: 'Templat hanya memuat "…/LHP/PM.01.0…/…"; segmen lain diisi sebagai tebakan.', en: 'The template shows only "…/LHP/PM.01.0…/…"; the other segments are guesses.' },
      },
    },
  },
};
