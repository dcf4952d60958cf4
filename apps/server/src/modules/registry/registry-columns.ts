/**
 * Accepted header names of registry files (case, spaces and punctuation ignored). The regional
 * civil-service office's exports vary; these are the variants seen in BKD/BKPSDM exports.
 */
export const REGISTRY_COLUMNS = {
  nip: ['nip', 'nipbaru', 'nomorindukpegawai'],
  fullName: ['nama', 'namalengkap', 'namapegawai', 'namadengangelar', 'namagelar'],
  asnType: ['jenisasn', 'status', 'statusasn', 'statuspegawai', 'jenispegawai', 'statuskepegawaian'],
  agencyName: ['instansi', 'opd', 'unitkerjainduk', 'perangkatdaerah', 'skpd', 'satuankerja', 'satker'],
  unit: ['unitkerja', 'unit', 'subunitkerja', 'bidang'],
  position: ['jabatan', 'namajabatan'],
  rank: ['pangkatgolongan', 'pangkatgol', 'pangkat', 'golongan', 'golru', 'golonganruang'],
  regionCode: ['kodewilayah', 'kodekecamatan', 'kodedesa', 'wilayah'],
  regionName: ['kecamatan', 'namakecamatan', 'namawilayah'],
  gender: ['jeniskelamin', 'jk', 'kelamin', 'gender'],
  birthDate: ['tanggallahir', 'tgllahir'],
  accounts: ['akunmediasosial', 'akunmedsos', 'mediasosial'],
} as const;

export type RegistryField = keyof typeof REGISTRY_COLUMNS;
export const REQUIRED_FIELDS: RegistryField[] = ['nip', 'fullName', 'asnType', 'agencyName'];

/** Indonesian column names shown in error reports. */
export const FIELD_LABEL: Record<RegistryField, string> = {
  nip: 'NIP',
  fullName: 'Nama',
  asnType: 'Jenis ASN',
  agencyName: 'Instansi',
  unit: 'Unit Kerja',
  position: 'Jabatan',
  rank: 'Pangkat/Golongan',
  regionCode: 'Kode Wilayah',
  regionName: 'Kecamatan',
  gender: 'Jenis Kelamin',
  birthDate: 'Tanggal Lahir',
  accounts: 'Akun Media Sosial',
};

const squash = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Maps header cells to fields; the first matching column wins. */
export function mapHeader(cells: readonly string[]): {
  columns: Partial<Record<RegistryField, number>>;
  missing: RegistryField[];
} {
  const columns: Partial<Record<RegistryField, number>> = {};
  cells.forEach((cell, i) => {
    const key = squash(cell);
    for (const [field, names] of Object.entries(REGISTRY_COLUMNS) as [RegistryField, readonly string[]][])
      if (columns[field] === undefined && names.includes(key)) columns[field] = i;
  });
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  return { columns, missing };
}
