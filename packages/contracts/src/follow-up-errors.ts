// Error codes of the public region search, tracking lock-out and the follow-up of forwarded cases,
// merged into ERROR_MESSAGES (error-codes.ts). Each code also has its HTTP status in error-handler.ts.
export const FOLLOW_UP_ERRORS = {
  'follow_up.not_found': {
    id: 'Penerusan tidak ditemukan untuk instansi Anda.',
    en: 'No such forwarding to your organisation.',
  },
  'follow_up.already_recorded': {
    id: 'Tindak lanjut penerusan ini sudah dicatat.',
    en: 'The follow-up of this forwarding is already recorded.',
  },
  'follow_up.document_type': {
    id: 'Dokumen keputusan harus berupa PDF, JPEG atau PNG (diperiksa dari isi berkas).',
    en: 'The decision document must be a PDF, JPEG or PNG (checked from the file content).',
  },
  'follow_up.execution_recorded': {
    id: 'Pelaksanaan sanksi untuk penerusan ini sudah dicatat.',
    en: 'The execution of this sanction is already recorded.',
  },
  'follow_up.not_sanctioned': {
    id: 'Pelaksanaan hanya dapat dicatat setelah keputusan sanksi dicatat.',
    en: 'Execution can only be recorded after a sanction decision is recorded.',
  },
  'follow_up.execution_needs_evidence': {
    id: 'Pelaksanaan sanksi dicatat bersama buktinya di halaman tindak lanjut.',
    en: 'The execution of a sanction is recorded with its evidence on the follow-up page.',
  },
  'reports.tracking_locked': {
    id: 'Terlalu banyak kode rahasia yang salah untuk kode tanda terima ini. Pelacakan dikunci sementara; coba lagi nanti.',
    en: 'Too many wrong secrets for this receipt code. Tracking is locked for a while; try again later.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
