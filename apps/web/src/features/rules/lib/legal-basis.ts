import type { LegalBasis } from '@netra/rules';

/**
 * A legal basis written the way Indonesian documents cite it: instrument, then article, ayat,
 * huruf and angka — "PP 94/2021 Pasal 5 huruf n angka 4", "SKB 2022 Lampiran Tabel B angka 6".
 * Citations stay Indonesian in both languages (they are names of legal provisions).
 */
export function formatLegalBasis(basis: LegalBasis): string {
  const parts = [basis.instrument];
  if (basis.article) parts.push(basis.article.replaceAll(',', ''));
  if (basis.verse) parts.push(`ayat ${basis.verse}`);
  if (basis.letter) parts.push(`huruf ${basis.letter}`);
  if (basis.item) parts.push(`angka ${basis.item}`);
  return parts.join(' ');
}

/** The instrument an entry belongs to: the one its first legal basis cites. */
export function instrumentOf(entry: { legalBasis: readonly LegalBasis[] }): string {
  return entry.legalBasis[0]?.instrument ?? '';
}
