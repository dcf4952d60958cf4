// Data tables for Indonesian name normalisation (performance.md §3). Kept apart from the
// algorithm so that a reviewer can extend them without reading code.

/** Academic/professional titles written before the name, keyed by their dot-less lower-case form. */
export const PREFIX_ACADEMIC = new Set(['dr', 'drg', 'drs', 'dra', 'ir', 'prof', 'ns', 'apt', 'drh', 'bc', 'bsc']);

/**
 * Academic suffixes by dot-less form. The field initials are open-ended (Permenristekdikti 59/2018),
 * so `looksLikeDottedDegree` also accepts unseen dotted shapes; this list covers the dot-less forms
 * people type ("SPd", "MSi") where a shape rule would be too greedy.
 */
export const SUFFIX_ACADEMIC = new Set([
  'se', 'sh', 'st', 'sp', 'spd', 'spdi', 'spdsd', 'ssi', 'ssos', 'skom', 'sked', 'skm', 'skep', 'sag', 'sip', 'sikom',
  'shum', 'sfarm', 'sgz', 'spt', 'shut', 'spsi', 'sei', 'shi', 'sars', 'sds', 'sfil', 'skel', 'skg', 'skh', 'skomi',
  'sthi', 'ssy', 'sak', 'stp', 'sstp', 'str', 'strkep', 'strt', 'sttp', 'sthan', 'strta', 'sst', 'ssn',
  'mm', 'msi', 'mpd', 'mkom', 'mh', 'mt', 'mag', 'mak', 'mfarm', 'mti', 'msc', 'ma', 'mba', 'mph', 'mcs', 'mkes',
  'mp', 'msn', 'mhum', 'mse', 'mkn', 'mpdi', 'mpa', 'map', 'msos', 'mtr', 'mtrkep', 'meng', 'mes', 'mhi',
  'amd', 'amdkeb', 'amdkep', 'amdpjk', 'amdkom', 'amdgz', 'amdak', 'amdfarm', 'am', 'ap', 'ama',
  'phd', 'dr', 'spog', 'spa', 'sppd', 'spb', 'cpns', 'ak', 'cpa', 'mmed', 'mkm', 'mtp',
]);

/** Religious honorifics; recorded because they carry evidence (Hj. implies female). */
export const RELIGIOUS_TITLES = new Set([
  'h', 'hj', 'kh', 'haji', 'hajjah', 'hajah', 'kyai', 'kiai', 'ustadz', 'ustad', 'ustaz', 'ustadzah', 'habib', 'buya', 'tuan guru', 'nyai',
]);

/** Malay/Riau, Acehnese and Javanese hereditary titles (performance.md §3.2). */
export const NOBLE_TITLES = new Set([
  'tengku', 'tgk', 'teuku', 'tuanku', 'wan', 'raja', 'said', 'sayid', 'sayyid', 'syed', 'sayed', 'syarifah', 'sharifah',
  'syarif', 'datuk', 'datok', 'dato', 'datuak', 'encik', 'megat', 'puteri', 'putri', 'tun', 'ungku', 'raden', 'rd', 'abang',
  'dayang', 'cut', 'andi', 'daeng', 'ajeng', 'gusti', 'anak agung', 'ida bagus', 'seri', 'sri paduka',
]);

/** Noble titles that are also ordinary given names: removed only when more name follows them. */
export const AMBIGUOUS_NOBLE = new Set(['said', 'raja', 'wan', 'putri', 'puteri', 'andi', 'cut', 'abang', 'dayang', 'ajeng', 'gusti', 'seri', 'syarif']);

/** Forms of address in display names ("Pak Budi", "Bu Siti", "Bunda Rina"). */
export const ADDRESS_FORMS = new Set([
  'pak', 'bapak', 'bpk', 'bu', 'ibu', 'ibuk', 'mas', 'mbak', 'mba', 'kak', 'kakak', 'bang', 'abg', 'bunda', 'bund', 'om',
  'tante', 'mbah', 'eyang', 'cik', 'uda', 'uni', 'teh', 'aa', 'akang', 'kang', 'neng', 'dik', 'adek', 'cak', 'ning', 'beb',
]);

/** Words that decorate handles and display names but are never part of a person's name. */
export const DECORATION_WORDS = new Set([
  'official', 'real', 'asli', 'akun', 'account', 'the', 'channel', 'tv', 'id', 'ig', 'fb', 'store', 'shop', 'olshop',
  'backup', 'new', 'baru', 'vlog', 'blog', 'page', 'fans', 'fanpage', 'xx', 'xxx',
]);

/** Every spelling and abbreviation of Muhammad we fold to one token (performance.md §3.4). */
export const MUHAMMAD_FORMS = new Set([
  'muhammad', 'muhamad', 'muhammed', 'muhamed', 'muhammat', 'muhamat', 'mohammad', 'mohamad', 'mohammed', 'mohamed',
  'mochammad', 'mochamad', 'mochamat', 'mochammed', 'moehammad', 'moehamad', 'muchammad', 'muchamad', 'mukhammad',
  'mukhamad', 'mohammat', 'mohamat', 'mahmad', 'mohd', 'moh', 'moch', 'mhd', 'muh', 'much', 'moech', 'moeh', 'mhmd',
  'mchd', 'mochd', 'mkhd', 'mmd', 'muhd',
]);

export const PATRONYMIC_MARKERS = new Set(['bin', 'binti', 'bt', 'bte', 'b', 'putra', 'putri']);
/** Only these are strong enough to split on wherever they occur; "b"/"putra" need a following name. */
export const STRONG_PATRONYMIC = new Set(['bin', 'binti', 'bte']);

/**
 * Old (pre-1972 EYD, and Soewandi oe) spellings to the modern ones, applied longest-first.
 * "j" for /y/ is left alone here because it collides with new "j" (Djoko/Joko vs Jogja/Yogya);
 * the matching key merges j and y instead. "nj" is rewritten only at the start of a token
 * (Njoman → Nyoman): inside a word it is usually modern n+j (Tanjung), and the key merges
 * ny/nj anyway.
 */
export const OLD_SPELLING: ReadonlyArray<readonly [string, string]> = [
  ['oe', 'u'],
  ['dj', 'j'],
  ['tj', 'c'],
  ['sj', 'sy'],
  ['ch', 'kh'],
];
