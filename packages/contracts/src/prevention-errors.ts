// Error codes of appeals (imbauan), acknowledgments and the neutrality pledge, merged into ERROR_MESSAGES (error-codes.ts).
// Each code also needs its HTTP status in apps/server/src/http/error-handler.ts.
export const PREVENTION_ERRORS = {
  'appeals.not_found': { id: 'Imbauan tidak ditemukan.', en: 'Appeal not found.' },
  'appeals.invalid_status': {
    id: 'Tindakan ini tidak dapat dilakukan pada status imbauan saat ini.',
    en: 'This action is not possible in the appeal’s current status.',
  },
  'appeals.number_taken': {
    id: 'Nomor surat ini sudah dipakai oleh imbauan lain.',
    en: 'This letter number is already used by another appeal.',
  },
  'appeals.unknown_legal_reference': {
    id: 'Dasar hukum yang dipilih tidak ada dalam katalog aturan.',
    en: 'A chosen legal reference is not in the rules catalogue.',
  },
  'appeals.attachment_unsupported': {
    id: 'Lampiran harus berupa PDF, JPEG, PNG atau WebP (diperiksa dari isi berkas), paling besar 10 MB.',
    en: 'Attachments must be PDF, JPEG, PNG or WebP (checked on the content), at most 10 MB.',
  },
  'appeals.no_targets': {
    id: 'Tidak ada ASN dalam registri yang cocok dengan sasaran yang dipilih.',
    en: 'No ASN in the registry matches the chosen targets.',
  },
  'appeals.invalid_recipient': {
    id: 'Penerima harus Pemda/Sekda, OPD atau BKPSDM di wilayah imbauan.',
    en: 'Recipients must be the regional government/Sekda, an agency or the BKPSDM within the appeal’s region.',
  },
  'appeals.link_invalid': {
    id: 'Tautan konfirmasi tidak dikenal. Periksa kembali tautan Anda atau gunakan kode imbauan dan NIP.',
    en: 'Unknown acknowledgment link. Check your link or use the appeal code and your NIP.',
  },
  'appeals.link_expired': {
    id: 'Tautan konfirmasi sudah kedaluwarsa. Hubungi bagian kepegawaian instansi Anda.',
    en: 'The acknowledgment link has expired. Contact your agency’s HR office.',
  },
  'appeals.already_acknowledged': {
    id: 'Imbauan ini sudah Anda konfirmasi sebelumnya. Tidak ada yang diubah.',
    en: 'You have already acknowledged this appeal. Nothing was changed.',
  },
  'appeals.link_other_nip': {
    id: 'Tautan ini dibuat untuk ASN dengan NIP lain. Gunakan tautan pribadi Anda sendiri.',
    en: 'This link was made for an ASN with another NIP. Use your own personal link.',
  },
  'appeals.unknown_nip': {
    id: 'NIP ini tidak terdaftar sebagai penerima imbauan ini.',
    en: 'This NIP is not registered as a recipient of this appeal.',
  },
  'appeals.wrong_code': {
    id: 'Kode imbauan salah atau imbauan belum diterbitkan.',
    en: 'Wrong appeal code, or the appeal has not been issued.',
  },
  'appeals.pledge_name_required': {
    id: 'Tuliskan nama lengkap Anda untuk menandatangani pakta integritas.',
    en: 'Type your full name to sign the integrity pledge.',
  },
  'appeals.pledge_name_mismatch': {
    id: 'Nama yang Anda tuliskan tidak sesuai dengan nama Anda dalam data kepegawaian. Tuliskan nama lengkap Anda seperti tercatat (gelar boleh ditulis atau tidak).',
    en: 'The name you typed does not match your name in the personnel registry. Type your full name as recorded (titles may be left out).',
  },
  'appeals.attendance_file_invalid': {
    id: 'Daftar hadir harus berkas CSV atau XLSX dengan kolom NIP, dan hasil pindaian bertanda tangan berupa PDF.',
    en: 'The attendance list must be a CSV or XLSX file with an NIP column, and the signed scan a PDF.',
  },
  'appeals.no_agency': {
    id: 'Akun Anda tidak terhubung dengan instansi yang menjadi sasaran imbauan ini.',
    en: 'Your account is not linked to an agency targeted by this appeal.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
