// Election profile: Pemilu (UU 7/2017; Perbawaslu 7/2022). Facts from domain.md §3.1–3.6. Most
// document codes beyond B.1/B.2 are not in the reference and stay without a code.
import { pilkadaProfile } from './profile-pilkada.js';
import { ASN_RECIPIENTS, BKN_FLOW_DEADLINES } from './profile-shared.js';

const UU7_454 = 'https://online.flipbuilder.com/cmvf/wgnv/files/basic-html/page312.html';
const SULTENG = 'https://sulteng.antaranews.com/amp/berita/297549/bawaslu-susun-kajian-awal-laporan-phpb';
const DETIK_BLOG = 'https://detik-blog.org/?p=679';
const B1 = 'https://id.scribd.com/document/696260969/Contoh-Form-Model-B-1-Lampiran-Perbawaslu-7-Tahun-2022';
const B_FORMS = 'https://kupdf.net/download/form-penerimaan-laporan-pelanggaran_5cb6b9fce2b6f50c1399ae51_pdf';
const PERBAWASLU_7_2022 = 'https://pdfcoffee.com/perbawaslu-nomor-7-tahun-2022-pdf-free.html';

const noCode = {
  kind: 'unverified' as const,
  reason: { id: 'Kode formulir Pemilu untuk dokumen ini tidak ada dalam referensi.', en: 'The Pemilu form code for this document is not in the reference.' },
};

function form(code: string | null, id: string, en: string, sources = [PERBAWASLU_7_2022]) {
  return {
    code,
    title: { id, en },
    basis: 'Perbawaslu 7/2022, Lampiran',
    sources,
    status: code === null ? noCode : { kind: 'verified' as const },
  };
}

export const pemiluProfile = {
  id: 'pemilu',
  kind: 'pemilu',
  name: { id: 'Pemilihan Umum (Pemilu)', en: 'General election (Pemilu)' },
  instruments: [
    { name: 'UU 7/2017', note: { id: 'Undang-undang Pemilu', en: 'The general-election law' } },
    { name: 'Perbawaslu 7/2022', note: { id: 'Penanganan temuan dan laporan pelanggaran Pemilu', en: 'Handling of findings and reports in Pemilu' } },
  ],
  deadlines: {
    reportWindow: {
      length: 7,
      unit: 'working_days',
      startsFrom: { id: 'Pelanggaran diketahui atau ditemukan', en: 'The violation became known or was found' },
      basis: 'UU 7/2017 Pasal 454',
      sources: [UU7_454],
      status: { kind: 'verified' },
    },
    initialStudy: {
      length: 2,
      unit: 'working_days',
      startsFrom: { id: 'Laporan diterima', en: 'The report is received' },
      basis: 'Perbawaslu 7/2022',
      sources: [SULTENG],
      status: {
        kind: 'unverified',
        reason: { id: 'Sumber menyebut 2 hari tanpa jenis hari; hari kerja diasumsikan seperti Pasal 454.', en: 'The source says 2 days without the day type; working days assumed as in Pasal 454.' },
      },
    },
    completion: {
      length: 48,
      unit: 'hours',
      startsFrom: { id: 'Pemberitahuan kekurangan syarat disampaikan kepada pelapor', en: 'The reporter is notified of missing requirements' },
      basis: 'Nilai Pilkada dipakai sementara; aturan SIGAPLAPOR Pemilu memberi 2 hari untuk menyerahkan dokumen',
      sources: [DETIK_BLOG],
      status: {
        kind: 'unverified',
        reason: { id: 'Jangka waktu kelengkapan Pemilu belum dicek pada Perbawaslu 7/2022.', en: 'The Pemilu completion period is not checked in Perbawaslu 7/2022.' },
      },
    },
    decision: {
      length: 7,
      unit: 'working_days',
      startsFrom: { id: 'Laporan diregistrasi', en: 'The report is registered' },
      extension: { length: 14, unit: 'working_days' },
      basis: 'UU 7/2017 Pasal 454',
      sources: [UU7_454],
      status: { kind: 'verified' },
    },
    ...BKN_FLOW_DEADLINES,
  },
  receptionHours: pilkadaProfile.receptionHours,
  asnRecipients: ASN_RECIPIENTS,
  forms: {
    report: form('B.1', 'Formulir Laporan', 'Report form', [B1, B_FORMS]),
    finding: form('B.2', 'Formulir Temuan', 'Finding form', [B_FORMS]),
    receipt: form(null, 'Tanda Bukti Penerimaan Laporan', 'Proof of receipt of a report'),
    initialStudy: form(null, 'Kajian Awal', 'Initial study'),
    completionNotice: form(null, 'Pemberitahuan Kelengkapan Laporan', 'Notice to complete the report'),
    registration: form(null, 'Registrasi Laporan', 'Report registration'),
    clarificationInvitation: form(null, 'Undangan Klarifikasi', 'Invitation to clarification'),
    clarificationMinutes: form(null, 'Berita Acara Klarifikasi', 'Clarification minutes'),
    study: form(null, 'Kajian Dugaan Pelanggaran', 'Study of the suspected violation'),
    plenaryMinutes: form(null, 'Berita Acara Rapat Pleno', 'Plenary minutes'),
    statusNotice: form(null, 'Pemberitahuan Status Laporan', 'Notice of report status'),
    forwardingLetter: form(null, 'Surat Penerusan', 'Forwarding letter'),
    followUpRequest: form(null, 'Permintaan Tindak Lanjut', 'Follow-up request'),
    supervisionReport: pilkadaProfile.forms.supervisionReport,
  },
  numbering: {
    ...pilkadaProfile.numbering,
    register: {
      ...pilkadaProfile.numbering.register,
      status: {
        kind: 'unverified' as const,
        reason: { id: 'Pola hanya teramati pada Pilkada 2024; untuk Pemilu diasumsikan sama.', en: 'Observed in Pilkada 2024 only; assumed the same for Pemilu.' },
      },
    },
  },
};
