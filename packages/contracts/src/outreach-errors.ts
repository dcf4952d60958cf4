// Error codes of outreach activities, coverage and news, merged into ERROR_MESSAGES (error-codes.ts).
// Each code also needs its HTTP status in apps/server/src/http/error-handler.ts.
export const OUTREACH_ERRORS = {
  'outreach.not_found': { id: 'Kegiatan tidak ditemukan.', en: 'Activity not found.' },
  'outreach.organizer_not_allowed': {
    id: 'Anda hanya dapat mencatat kegiatan organisasi Anda sendiri.',
    en: 'You can only log activities of your own organisation.',
  },
  'outreach.audience_duplicate': {
    id: 'Sasaran dengan nama ini sudah ada.',
    en: 'An audience with this name already exists.',
  },
  'outreach.photo_unsupported_type': {
    id: 'Foto harus berupa JPEG, PNG, atau WebP (diperiksa dari isi berkas).',
    en: 'A photo must be JPEG, PNG or WebP (checked on the file contents).',
  },
  'outreach.photo_too_large': {
    id: 'Foto terlalu besar (maksimal 10 MB).',
    en: 'The photo is too large (10 MB at most).',
  },
  'outreach.too_many_photos': {
    id: 'Jumlah foto sudah mencapai batas.',
    en: 'The maximum number of photos has been reached.',
  },
  'outreach.version_conflict': {
    id: 'Kegiatan ini sudah diubah orang lain sejak Anda membukanya; perubahan Anda belum disimpan. Isian Anda tetap di formulir: salin yang perlu, muat ulang halaman, lalu simpan lagi.',
    en: 'Someone else changed this activity since you opened it; your changes were not saved. What you typed is still in the form: copy what you need, reload the page, then save again.',
  },
  'outreach.calendar_not_found': {
    id: 'Tautan kalender tidak dikenal atau sudah diganti.',
    en: 'Unknown or replaced calendar link.',
  },
  'news.not_found': { id: 'Berita tidak ditemukan.', en: 'Article not found.' },
} as const satisfies Record<string, { id: string; en: string }>;
