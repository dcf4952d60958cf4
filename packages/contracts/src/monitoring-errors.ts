// Error codes of the monitoring desk (leads and evidence capture), merged into ERROR_MESSAGES
// (error-codes.ts). Each code also needs its HTTP status in apps/server/src/http/error-handler.ts.
export const MONITORING_ERRORS = {
  'leads.not_found': { id: 'Prospek tidak ditemukan', en: 'Lead not found' },
  'leads.status_changed': {
    id: 'Prospek ini sudah ditangani orang lain. Muat ulang halaman.',
    en: 'Someone else has already acted on this lead. Reload the page.',
  },
  'leads.action_not_allowed': {
    id: 'Tindakan ini tidak dapat dilakukan pada prospek dengan status ini',
    en: 'This action is not possible for a lead with this status',
  },
  'leads.no_identity': {
    id: 'Prospek ini tidak menautkan akun ke ASN',
    en: 'This lead does not link an account to an ASN',
  },
  'leads.already_promoted': {
    id: 'Prospek ini sudah menjadi temuan',
    en: 'This lead has already become a finding',
  },
  'captures.not_found': { id: 'Tangkapan halaman tidak ditemukan', en: 'Capture not found' },
  'captures.not_ready': {
    id: 'Tangkapan halaman belum selesai atau gagal',
    en: 'The capture has not finished or has failed',
  },
  'captures.unsupported_url': {
    id: 'Hanya alamat web http:// atau https:// yang dapat ditangkap',
    en: 'Only http:// or https:// web addresses can be captured',
  },
  'captures.private_address': {
    id: 'Alamat ini mengarah ke jaringan internal (alamat privat, loopback atau link-local) dan tidak boleh ditangkap',
    en: 'This address points to an internal network (a private, loopback or link-local address) and may not be captured',
  },
} as const satisfies Record<string, { id: string; en: string }>;
