// Every error code the API can return, with its Indonesian and English message. The web app
// shows these messages; the server maps each code to an HTTP status in one place.
import { FOLLOW_UP_ERRORS } from './follow-up-errors';
import { MONITORING_ERRORS } from './monitoring-errors';
import { OUTREACH_ERRORS } from './outreach-errors';
import { PREVENTION_ERRORS } from './prevention-errors';
import { REGISTRY_ERRORS } from './registry-errors';
import { CASE_DOCUMENTS_ERRORS } from './case-documents-errors';

export const ERROR_MESSAGES = {
  ...REGISTRY_ERRORS,
  ...PREVENTION_ERRORS,
  ...OUTREACH_ERRORS,
  ...MONITORING_ERRORS,
  ...FOLLOW_UP_ERRORS,
  ...CASE_DOCUMENTS_ERRORS,
  'common.validation_failed': {
    id: 'Data yang dikirim tidak valid.',
    en: 'The submitted data is not valid.',
  },
  'common.not_found': { id: 'Data tidak ditemukan.', en: 'Not found.' },
  'common.internal_error': {
    id: 'Terjadi kesalahan pada server. Sebutkan nomor permintaan saat melapor.',
    en: 'Server error. Quote the request id when reporting it.',
  },
  'common.rate_limited': {
    id: 'Terlalu banyak permintaan. Coba lagi nanti.',
    en: 'Too many requests. Try again later.',
  },
  'common.csrf_failed': {
    id: 'Permintaan ditolak karena token keamanan (CSRF) tidak cocok. Muat ulang halaman.',
    en: 'Request refused: the security (CSRF) token does not match. Reload the page.',
  },
  'auth.unauthenticated': { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  'auth.invalid_credentials': { id: 'Email atau kata sandi salah.', en: 'Wrong e-mail or password.' },
  'auth.account_locked': {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal.',
    en: 'The account is temporarily locked after too many failed sign-ins.',
  },
  'auth.two_factor_required': {
    id: 'Peran Anda wajib memakai verifikasi dua langkah. Aktifkan terlebih dahulu.',
    en: 'Your role requires two-factor authentication. Enable it first.',
  },
  'auth.forbidden': {
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  'auth.outside_jurisdiction': {
    id: 'Data ini berada di luar wilayah kewenangan organisasi Anda.',
    en: 'This is outside your organisation’s jurisdiction.',
  },
  'auth.no_membership': {
    id: 'Akun Anda belum terdaftar di organisasi mana pun.',
    en: 'Your account does not belong to any organisation.',
  },
  'invitations.not_found': { id: 'Undangan tidak ditemukan.', en: 'Invitation not found.' },
  'invitations.expired': { id: 'Tautan undangan sudah kedaluwarsa.', en: 'The invitation link has expired.' },
  'invitations.already_used': {
    id: 'Tautan undangan sudah dipakai.',
    en: 'The invitation link has already been used.',
  },
  'invitations.revoked': { id: 'Undangan sudah dibatalkan.', en: 'The invitation was revoked.' },
  'invitations.email_taken': {
    id: 'Email ini sudah dipakai oleh akun lain.',
    en: 'This e-mail already belongs to an account.',
  },
  'invitations.weak_password': {
    id: 'Kata sandi minimal 10 karakter.',
    en: 'The password must have at least 10 characters.',
  },
  'organizations.not_found': { id: 'Organisasi tidak ditemukan.', en: 'Organisation not found.' },
  'organizations.invalid_parent': {
    id: 'Organisasi induk tidak sesuai: wilayahnya harus mencakup wilayah organisasi ini.',
    en: 'Invalid parent: its region must contain this organisation’s region.',
  },
  'organizations.has_children': {
    id: 'Organisasi masih memiliki sub-organisasi atau anggota.',
    en: 'The organisation still has child organisations or members.',
  },
  'regions.not_found': { id: 'Wilayah tidak ditemukan.', en: 'Region not found.' },
  'users.not_found': { id: 'Pengguna tidak ditemukan.', en: 'User not found.' },
  'users.last_administrator': {
    id: 'Administrator terakhir tidak dapat dihapus.',
    en: 'The last administrator cannot be removed.',
  },
  'elections.not_found': { id: 'Pemilihan tidak ditemukan.', en: 'Election not found.' },
  'elections.invalid': {
    id: 'Data pemilihan tidak sah; lihat rinciannya.',
    en: 'Invalid election data; see the details.',
  },
  'holidays.not_found': { id: 'Hari libur tidak ditemukan.', en: 'Holiday not found.' },
  'holidays.duplicate': {
    id: 'Tanggal ini sudah tercatat sebagai hari libur untuk wilayah tersebut.',
    en: 'This date is already a holiday for that region.',
  },
  'rules.entry_not_found': { id: 'Aturan tidak ditemukan di katalog.', en: 'No such rule in the catalogue.' },
  'rules.invalid_request': {
    id: 'Permintaan perhitungan tidak valid; lihat rinciannya.',
    en: 'Invalid calculation request; see the details.',
  },
  'cases.not_found': { id: 'Perkara tidak ditemukan.', en: 'Case not found.' },
  'cases.no_reporter': {
    id: 'Perkara ini tidak memiliki identitas pelapor (temuan).',
    en: 'This case has no reporter identity (it is a finding).',
  },
  'cases.transition_refused': {
    id: 'Langkah penanganan ini tidak dapat dilakukan; lihat alasannya.',
    en: 'This handling step is not allowed; see the reason.',
  },
  'cases.version_conflict': {
    id: 'Perkara sudah diubah oleh orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed the case. Reload and try again.',
  },
  'reports.not_found': { id: 'Kode tanda terima tidak ditemukan.', en: 'Receipt code not found.' },
  'reports.wrong_secret': {
    id: 'Kode rahasia pelacakan salah. Percobaan ini dicatat.',
    en: 'Wrong tracking secret. This attempt has been recorded.',
  },
  'evidence.unsupported_type': {
    id: 'Jenis berkas tidak didukung. Isi berkas harus JPEG, PNG, WebP, PDF atau MP4 (nama berkas saja tidak cukup).',
    en: 'Unsupported file type. The content must be JPEG, PNG, WebP, PDF or MP4 (the file name alone is not enough).',
  },
  'evidence.too_large': { id: 'Berkas terlalu besar.', en: 'The file is too large.' },
  'evidence.too_many': {
    id: 'Jumlah berkas bukti sudah mencapai batas.',
    en: 'The maximum number of evidence files has been reached.',
  },
  'tips.not_found': { id: 'Informasi awal tidak ditemukan.', en: 'Tip not found.' },
  'tips.already_promoted': {
    id: 'Temuan sudah dibuat dari informasi awal ini.',
    en: 'A finding was already raised from this tip.',
  },
  'supervision.not_found': {
    id: 'Laporan hasil pengawasan tidak ditemukan.',
    en: 'Supervision result not found.',
  },
  'supervision.already_promoted': {
    id: 'Hasil pengawasan ini sudah menjadi temuan.',
    en: 'This supervision result is already a finding.',
  },
  'sessions.not_found': { id: 'Sesi tidak ditemukan.', en: 'Session not found.' },
} as const satisfies Record<string, { id: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type ApiErrorBody = {
  error: { code: ErrorCode; message: { id: string; en: string }; details?: unknown; requestId: string };
};
