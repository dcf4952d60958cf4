import type { RuleId } from './types.js';

// Lexicons and the rule → catalogue mapping are data: reviewers change them without touching
// the rules. The social-media SKB entry id is still to be agreed; these ids are placeholders in
// the agreed shape `skb2022.discipline.<n>`.

export const RULE_CATALOGUE: Readonly<Record<RuleId, string>> = {
  'asn.interaction.candidate_account': 'skb2022.discipline.1',
  'asn.interaction.candidate_group': 'skb2022.discipline.1',
  'asn.interaction.candidate_post': 'skb2022.discipline.1',
  'asn.post.mentions_candidate': 'skb2022.discipline.2',
  'any.post.vote_buying': 'skb2022.discipline.3',
  'any.post.hate_hoax': 'skb2022.discipline.4',
};

/** Relative seriousness of interaction kinds; multiplied by the identity probability. */
export const INTERACTION_WEIGHT: Readonly<Record<string, number>> = {
  post: 1,
  share: 0.9,
  comment: 0.85,
  join_group: 0.8,
  mention: 0.8,
  follow: 0.6,
  like: 0.6,
};

export const VOTE_BUYING_TERMS: readonly string[] = [
  'serangan fajar',
  'money politik',
  'money politic',
  'politik uang',
  'uang transport pemilih',
  'amplop pemilih',
  'bagi bagi amplop',
  'bagi-bagi sembako',
  'sembako gratis pilih',
  'dibayar untuk memilih',
  'beli suara',
  'jual suara',
  'uang saku coblos',
  'transfer setelah coblos',
  'bukti foto coblos',
  'pulsa gratis pilih',
  'nomor rekening pemilih',
];

export const HATE_HOAX_TERMS: readonly string[] = [
  'antek asing',
  'antek aseng',
  'kafir harbi',
  'pki bangkit',
  'keturunan pki',
  'cina komunis',
  'kadrun',
  'cebong',
  'kampret',
  'hoaks pemilu',
  'surat suara sudah tercoblos',
  'kotak suara kardus curang',
  'server kpu diretas',
  'pemilu curang massal',
  'bunuh kafir',
];
