// Error codes of the ASN registry, candidates and event ingestion, merged into ERROR_MESSAGES
// (error-codes.ts). Each code also needs its HTTP status in apps/server/src/http/error-handler.ts.
export const REGISTRY_ERRORS = {
  'registry.not_found': { id: 'Data ASN tidak ditemukan', en: 'ASN record not found' },
  'registry.unsupported_file': {
    id: 'Berkas harus CSV atau XLSX',
    en: 'The file must be CSV or XLSX',
  },
  'registry.missing_columns': {
    id: 'Kolom wajib tidak ada di baris judul berkas',
    en: 'Required columns are missing from the file header',
  },
  'imports.not_found': { id: 'Proses impor tidak ditemukan', en: 'Import run not found' },
  'candidates.not_found': { id: 'Pasangan calon tidak ditemukan', en: 'Candidate pair not found' },
  'candidates.duplicate': {
    id: 'Nomor urut atau akun sudah terdaftar',
    en: 'The ballot number or account is already registered',
  },
  'candidates.account_limit': {
    id: 'Paling banyak 20 akun per platform untuk setiap pasangan calon (ketentuan KPU)',
    en: 'At most 20 accounts per platform for each candidate pair (KPU rule)',
  },
  'ingestion.unsupported_format': {
    id: 'Format berkas peristiwa tidak dikenali',
    en: 'The event file format is not recognised',
  },
  'ingestion.batch_too_large': {
    id: 'Paling banyak 1.000 peristiwa per kiriman',
    en: 'At most 1,000 events per batch',
  },
} as const satisfies Record<string, { id: string; en: string }>;
