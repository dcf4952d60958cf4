import { createHash } from 'node:crypto';
import { normaliseName } from '@netra/engine';
import { checkNip } from '../cases/identity-numbers';
import type { RowError } from './import-runs.repository';
import { FIELD_LABEL, type RegistryField } from './registry-columns';

export type RegistryRow = {
  nip: string;
  fullName: string;
  nameKey: string;
  asnType: 'PNS' | 'PPPK';
  agencyName: string;
  unit: string | null;
  position: string | null;
  rank: string | null;
  regionCode: string;
  gender: 'L' | 'P' | null;
  birthDate: string | null;
  accounts: { platform: string; handle: string }[];
  rowHash: string;
};

export type RegionLookup = {
  scope: string;
  byCode: ReadonlySet<string>;
  /** lower(name) → codes (more than one: ambiguous). */
  byName: ReadonlyMap<string, string[]>;
};

const err = (row: number, field: RegistryField | null, code: string, id: string, en: string): RowError => ({
  row,
  column: field ? FIELD_LABEL[field] : null,
  code,
  id,
  en,
});

function asnTypeOf(v: string): 'PNS' | 'PPPK' | undefined {
  const s = v.toUpperCase().replace(/[^A-Z]/g, '');
  if (s === 'PNS' || s === 'CPNS' || s === 'PEGAWAINEGERISIPIL') return 'PNS';
  if (s === 'PPPK' || s === 'P3K' || s.startsWith('PEGAWAIPEMERINTAHDENGANPERJANJIAN')) return 'PPPK';
  return undefined;
}

function genderOf(v: string): 'L' | 'P' | undefined {
  const s = v.trim().toLowerCase();
  if (['l', 'lk', 'laki-laki', 'laki laki', 'pria', 'male', 'm', '1'].includes(s)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'female', 'f', '2'].includes(s)) return 'P';
  return undefined;
}

/** "instagram:@budi; x:budi_s" → accounts (handles lower-case, without '@'). */
function accountsOf(v: string): { platform: string; handle: string }[] | undefined {
  if (!v.trim()) return [];
  const out: { platform: string; handle: string }[] = [];
  for (const part of v.split(/[;|]/)) {
    const m = /^\s*([a-z][a-z0-9_ ]{0,30})\s*:\s*@?([A-Za-z0-9._-]{1,100})\s*$/i.exec(part);
    if (!m) return undefined;
    out.push({ platform: m[1]!.trim().toLowerCase(), handle: m[2]!.toLowerCase() });
  }
  return out;
}

function regionOf(
  cell: (f: RegistryField) => string,
  regions: RegionLookup,
): { code: string } | { field: RegistryField; id: string; en: string } {
  const code = cell('regionCode');
  if (code) {
    if (!regions.byCode.has(code))
      return regions.byCode.size > 0 && /^[\d.]+$/.test(code)
        ? {
            field: 'regionCode',
            id: 'Kode wilayah tidak dikenal atau di luar wilayah impor',
            en: 'Unknown region code, or outside the import region',
          }
        : { field: 'regionCode', id: 'Kode wilayah tidak valid', en: 'Invalid region code' };
    return { code };
  }
  const name = cell('regionName')
    .toLowerCase()
    .replace(/^kec(amatan|\.)?\s+/, '');
  if (name) {
    const codes = regions.byName.get(name) ?? [];
    if (codes.length === 1) return { code: codes[0]! };
    return codes.length === 0
      ? {
          field: 'regionName',
          id: 'Kecamatan tidak ditemukan di wilayah impor',
          en: 'Kecamatan not found in the import region',
        }
      : {
          field: 'regionName',
          id: 'Nama kecamatan ganda; gunakan Kode Wilayah',
          en: 'Ambiguous kecamatan name; use the region code',
        };
  }
  return { code: regions.scope };
}

/** Validates one data row. Every problem of the row is reported, not only the first. */
export function parseRegistryRow(
  rowNumber: number,
  cells: readonly string[],
  columns: Partial<Record<RegistryField, number>>,
  regions: RegionLookup,
  today: string,
): { ok: true; row: RegistryRow } | { ok: false; errors: RowError[] } {
  const cell = (f: RegistryField) => {
    const i = columns[f];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const errors: RowError[] = [];
  const rawNip = cell('nip').replace(/[\s.'-]/g, '');
  if (!rawNip) errors.push(err(rowNumber, 'nip', 'required', 'NIP wajib diisi', 'The NIP is required'));
  else if (rawNip.startsWith('#NUM'))
    errors.push(
      err(
        rowNumber,
        'nip',
        'nip_as_number',
        'NIP tersimpan sebagai angka dan kehilangan digit; format kolom sebagai teks',
        'The NIP was stored as a number and lost digits; format the column as text',
      ),
    );
  else {
    const problem = checkNip(rawNip, 'nip', today);
    if (problem) errors.push(err(rowNumber, 'nip', 'nip_invalid', problem.messages.id, problem.messages.en));
  }
  const fullName = cell('fullName');
  const nameKey = normaliseName(fullName).canonical;
  if (!fullName)
    errors.push(err(rowNumber, 'fullName', 'required', 'Nama wajib diisi', 'The name is required'));
  else if (!nameKey || fullName.length > 200)
    errors.push(err(rowNumber, 'fullName', 'name_invalid', 'Nama tidak valid', 'The name is not valid'));
  const asnType = asnTypeOf(cell('asnType'));
  if (!asnType)
    errors.push(
      err(
        rowNumber,
        'asnType',
        'asn_type_invalid',
        'Jenis ASN harus PNS atau PPPK',
        'The ASN type must be PNS or PPPK',
      ),
    );
  const agencyName = cell('agencyName');
  if (!agencyName)
    errors.push(err(rowNumber, 'agencyName', 'required', 'Instansi wajib diisi', 'The agency is required'));
  let gender: 'L' | 'P' | null = null;
  if (cell('gender')) {
    const g = genderOf(cell('gender'));
    if (!g)
      errors.push(
        err(rowNumber, 'gender', 'gender_invalid', 'Jenis kelamin harus L atau P', 'Gender must be L or P'),
      );
    else {
      gender = g;
      // NIP digit 15: 1 = male, 2 = female.
      const nipGender = rawNip[14] === '1' ? 'L' : rawNip[14] === '2' ? 'P' : undefined;
      if (nipGender && nipGender !== g && errors.every((e) => e.column !== 'NIP'))
        errors.push(
          err(
            rowNumber,
            'gender',
            'gender_mismatch',
            'Jenis kelamin tidak sesuai dengan angka ke-15 NIP',
            'Gender does not match digit 15 of the NIP',
          ),
        );
    }
  }
  const nipBirth = /^\d{8}/.test(rawNip)
    ? `${rawNip.slice(0, 4)}-${rawNip.slice(4, 6)}-${rawNip.slice(6, 8)}`
    : null;
  const birthCell = cell('birthDate');
  if (birthCell && nipBirth && birthCell !== nipBirth && errors.every((e) => e.column !== 'NIP'))
    errors.push(
      err(
        rowNumber,
        'birthDate',
        'birth_mismatch',
        'Tanggal lahir tidak sesuai dengan NIP (angka ke-1 s.d. 8)',
        'Birth date does not match the NIP (digits 1–8)',
      ),
    );
  const region = regionOf(cell, regions);
  if (!('code' in region)) errors.push(err(rowNumber, region.field, 'region_invalid', region.id, region.en));
  const accounts = accountsOf(cell('accounts'));
  if (!accounts)
    errors.push(
      err(
        rowNumber,
        'accounts',
        'accounts_invalid',
        'Tulis akun sebagai platform:nama_akun, dipisah titik koma',
        'Write accounts as platform:handle, separated by semicolons',
      ),
    );
  if (errors.length > 0 || !asnType || !('code' in region) || !accounts) return { ok: false, errors };
  const row = {
    nip: rawNip,
    fullName,
    nameKey,
    asnType,
    agencyName,
    unit: cell('unit') || null,
    position: cell('position') || null,
    rank: cell('rank') || null,
    regionCode: region.code,
    gender: gender ?? (rawNip[14] === '1' ? 'L' : 'P'),
    birthDate: nipBirth,
    accounts,
  };
  const rowHash = createHash('md5').update(JSON.stringify(row)).digest('hex');
  return { ok: true, row: { ...row, rowHash } };
}
