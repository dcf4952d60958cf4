import { foldForScan } from '../text/fold-table.js';

/** Words in a bio that say "I am a civil servant" without naming where. */
export const ASN_WORDS = new Set([
  'asn',
  'pns',
  'pppk',
  'p3k',
  'cpns',
  'guru',
  'dosen',
  'bidan',
  'perawat',
  'korpri',
  'aparatur',
  'abdinegara',
  'pegawai',
  'kepsek',
  'kasubag',
  'kasubbag',
  'kabid',
  'kasi',
  'kadis',
  'sekdis',
  'camat',
  'lurah',
  'penyuluh',
  'widyaiswara',
  'pamong',
  'staf',
  'staff',
  'honorer',
  'dinas',
  'pemkab',
  'pemkot',
  'pemprov',
  'pemda',
  'kemenag',
  'puskesmas',
  'rsud',
  'satpolpp',
]);

/** Generic words in agency and unit names that say nothing about which one. */
const GENERIC = new Set([
  'dinas',
  'badan',
  'kantor',
  'kabupaten',
  'kab',
  'kota',
  'provinsi',
  'prov',
  'pemerintah',
  'pemkab',
  'pemkot',
  'pemprov',
  'sekretariat',
  'bagian',
  'bidang',
  'dan',
  'di',
  'ke',
  'dari',
  'uptd',
  'upt',
  'negeri',
  'sekolah',
  'dasar',
  'menengah',
  'pertama',
  'atas',
  'sd',
  'sdn',
  'smp',
  'smpn',
  'sma',
  'sman',
  'smk',
  'smkn',
  'puskesmas',
  'rsud',
  'kecamatan',
  'kelurahan',
  'desa',
  'daerah',
  'umum',
  'republik',
  'indonesia',
  'unit',
  'pelaksana',
  'teknis',
  'rumah',
  'sakit',
  'satuan',
  'kerja',
]);

export function contextTokens(text: string | undefined): string[] {
  if (!text) return [];
  return foldForScan(text.slice(0, 2000))
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Tokens of an agency or unit name that identify it (region words included). */
export function distinctiveTokens(text: string | undefined): string[] {
  return [...new Set(contextTokens(text).filter((t) => !GENERIC.has(t) && t.length > 1))];
}

export function regionTokens(region: string | undefined): string[] {
  return contextTokens(region).filter((t) => !GENERIC.has(t) && t.length > 2);
}

export interface AccountContext {
  bioTokens: Set<string>;
  /** The bio folded with single spaces and padded, for phrase lookups. */
  bioText: string;
  locationTokens: Set<string>;
  asnWords: string[];
  hasBio: boolean;
  hasLocation: boolean;
}

export function accountContext(
  bio: string | undefined,
  location: string | undefined,
  extra: readonly string[] = [],
): AccountContext {
  const bt = [...contextTokens(bio), ...extra.flatMap((e) => contextTokens(e))];
  const lt = contextTokens(location);
  return {
    bioTokens: new Set(bt),
    bioText: ` ${bt.join(' ')} `,
    locationTokens: new Set(lt),
    asnWords: [...new Set(bt.filter((t) => ASN_WORDS.has(t)))],
    hasBio: bt.length > 0,
    hasLocation: lt.length > 0,
  };
}

function allIn(tokens: readonly string[], set: ReadonlySet<string>): boolean {
  if (tokens.length === 0) return false;
  for (const t of tokens) if (!set.has(t)) return false;
  return true;
}

export interface RecordContext {
  agencyTokens: string[];
  unitTokens: string[];
  unitPhrase: string;
  /** The position folded and padded (" guru ahli pertama "), or '' when unknown. */
  positionPhrase: string;
  regionTokens: string[];
}

/**
 * Context level: 4 = bio names the record's unit, 3 = its agency, 5 = its position, 2 = its
 * region plus ASN-like words, 1 = ASN-like words only, 0 = none; 255 = no bio.
 */
export function contextLevel(acc: AccountContext, rec: RecordContext): number {
  if (!acc.hasBio) return 255;
  if (rec.unitPhrase.length > 4 && acc.bioText.includes(` ${rec.unitPhrase} `)) return 4;
  const agencyNonRegion = rec.agencyTokens.filter((t) => !rec.regionTokens.includes(t));
  if (agencyNonRegion.length > 0 && allIn(rec.agencyTokens, acc.bioTokens)) return 3;
  const regionHit = allIn(rec.regionTokens, acc.bioTokens);
  if (rec.positionPhrase.length > 0 && acc.bioText.includes(rec.positionPhrase)) return 5;
  if (regionHit && acc.asnWords.length > 0) return 2;
  return acc.asnWords.length > 0 ? 1 : 0;
}

/** Region level: 1 = location or bio names the record's region, 0 = names something else. */
export function regionLevel(acc: AccountContext, rec: RecordContext): number {
  if (!acc.hasLocation && !acc.hasBio) return 255;
  if (rec.regionTokens.length === 0) return 255;
  if (allIn(rec.regionTokens, acc.locationTokens) || allIn(rec.regionTokens, acc.bioTokens)) return 1;
  return 0;
}
