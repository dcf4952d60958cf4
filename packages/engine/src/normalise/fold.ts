// Unicode folding shared by name normalisation and text scanning. NFKD turns styled letters
// (𝓑𝓾𝓭𝓲, fullwidth Ｂｕｄｉ) and accented letters into base letters plus marks; dropping marks
// then makes "José" and "Jose" one key.

const MARKS = /\p{M}+/gu;

/** Lower-case, compatibility-decomposed, mark-free form of a string. Never throws. */
export function foldText(input: string): string {
  let s: string;
  try {
    s = input.normalize('NFKD');
  } catch {
    // Lone surrogates are fine for normalize(), but keep the guarantee explicit.
    s = input;
  }
  return s.replace(MARKS, '').toLowerCase();
}

/** Replace everything that cannot be part of a name with spaces; keeps letters of any script. */
export function keepNameChars(folded: string): { text: string; strippedSomething: boolean } {
  let stripped = false;
  const text = folded.replace(/[^\p{L}\p{N}.,\s]+/gu, (m) => {
    if (m === "'" || m === '’' || m === '`') return '';
    stripped = true;
    return ' ';
  });
  return { text, strippedSomething: stripped };
}
