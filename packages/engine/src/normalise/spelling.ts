import { MUHAMMAD_FORMS, OLD_SPELLING } from './name-tables.js';

/** Modern (EYD) spelling of one folded token; Muhammad forms become "muhammad". */
export function modernSpelling(token: string): { token: string; changed: boolean; muhammad: boolean } {
  if (MUHAMMAD_FORMS.has(token))
    return { token: 'muhammad', changed: token !== 'muhammad', muhammad: token !== 'muhammad' };
  let t = token.startsWith('nj') ? `ny${token.slice(2)}` : token;
  for (const [from, to] of OLD_SPELLING) {
    if (t.includes(from)) t = t.split(from).join(to);
  }
  return { token: t, changed: t !== token, muhammad: false };
}

/**
 * A coarse sound key for matching: merges the variations that survive modern spelling
 * (j/y from the old j = /y/, kh/h, doubled letters, dh/th, final h, f/v/p, z/j, q/k).
 * Two tokens with the same key are treated as the same name part.
 */
export function spellingKey(token: string): string {
  let out = '';
  let prev = '';
  const n = token.length;
  for (let i = 0; i < n; i++) {
    let c = token[i] ?? '';
    const next = token[i + 1] ?? '';
    if ((c === 'k' || c === 'd' || c === 't' || c === 's' || c === 'p') && next === 'h') {
      // kh→h, dh→d, th→t, sh→sy→s, ph→f
      c = c === 'k' ? 'h' : c === 'p' ? 'f' : c;
      i++;
    } else if (c === 's' && next === 'y') {
      c = 's';
      i++;
    } else if (c === 'y' || c === 'z') c = 'j';
    else if (c === 'v') c = 'f';
    else if (c === 'q') c = 'k';
    else if (c === 'c' && next === 'k') {
      c = 'k';
      i++;
    }
    if (c === prev) continue;
    out += c;
    prev = c;
  }
  if (out.length > 3 && out.endsWith('h')) out = out.slice(0, -1);
  return out;
}
