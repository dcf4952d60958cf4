// Error codes of case documents, exports and duplicate links, merged into ERROR_MESSAGES (error-codes.ts).
// Each code also needs its HTTP status in apps/server/src/http/error-handler.ts.
export const CASE_DOCUMENTS_ERRORS = {
  'documents.not_available': {
    id: 'Dokumen ini belum dapat dibuat pada tahap perkara saat ini.',
    en: 'This document cannot be produced at the case’s current stage.',
  },
  'documents.reason_required': {
    id: 'Sebutkan alasan (minimal 5 karakter) untuk mencetak identitas pelapor.',
    en: 'Give a reason (at least 5 characters) to print the reporter’s identity.',
  },
  'duplicates.same_case': {
    id: 'Perkara tidak dapat ditautkan dengan dirinya sendiri.',
    en: 'A case cannot be linked to itself.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
