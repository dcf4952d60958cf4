// Ballot-number phrases. A bare "2" or "dua" is far too common to be evidence on its own, so
// numbers only count inside a phrase that names a ballot position or a vote.

const WORDS = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
];

const LEADS = [
  'nomor urut',
  'no urut',
  'nmr urut',
  'nomer urut',
  'nomor',
  'no',
  'nomer',
  'nmr',
  'nr',
  'coblos',
  'coblos nomor',
  'coblos no',
  'coblos nomor urut',
  'coblos no urut',
  'pilih',
  'pilih nomor',
  'pilih no',
  'paslon',
  'paslon nomor',
  'paslon no',
  'paslon nomor urut',
  'pasangan nomor urut',
  'calon nomor urut',
  'salam',
  'dukung nomor',
  'menangkan nomor',
  'menangkan paslon',
];

/** Spoken Indonesian number word for 0–10, or undefined. */
export function numberWord(n: number): string | undefined {
  return WORDS[n];
}

/**
 * Every phrase we read as "vote for ballot number n": "nomor urut 2", "no. 2", "nomer 02",
 * "coblos 2", "coblos no 2", "nomor dua", "salam dua jari", "#coblos2", "paslon02".
 * Returned in plain form; the scanner folds punctuation, so "no. 2" and "No 2" are one pattern.
 */
export function ballotNumberPhrases(n: number): string[] {
  const forms = [String(n)];
  if (n < 10) forms.push(`0${n}`);
  const word = numberWord(n);
  const out = new Set<string>();
  for (const lead of LEADS) {
    for (const f of forms) out.add(`${lead} ${f}`);
    if (word) out.add(`${lead} ${word}`);
  }
  for (const f of forms) {
    out.add(`coblos${f}`);
    out.add(`paslon${f}`);
    out.add(`nomor${f}`);
    out.add(`no${f}`);
    out.add(`salam ${f} jari`);
    out.add(`${f} jari`);
  }
  if (word) {
    out.add(`salam ${word} jari`);
    out.add(`${word} jari`);
    out.add(`coblos${word}`);
  }
  return [...out];
}
