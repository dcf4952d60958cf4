// Public surface of the pure engine: name normalisation, text scanning, identity linkage,
// screening and the synthetic data generator. No I/O anywhere below this file.
export {
  normaliseName,
  MAX_NAME_LENGTH,
  type NormalisedName,
  type NameRemoval,
  type RemovalKind,
} from './normalise/normalise-name.js';
export { normaliseUsername, segmentRunTogether } from './normalise/username.js';
export { modernSpelling, spellingKey } from './normalise/spelling.js';
export { foldText } from './normalise/fold.js';
export { TextScanner, type ScanMatch, type ScanPattern } from './text/text-scanner.js';
export { ballotNumberPhrases, numberWord } from './text/number-phrases.js';
export { foldForScan } from './text/fold-table.js';
export { jaro, jaroWinkler } from './similarity/jaro-winkler.js';
export { blockDedupe, blockLink, pairsCompleteness, type BlockingResult } from './linkage/blocking.js';
export {
  estimateU,
  matchWeight,
  MISSING,
  probabilityFromWeight,
  runEm,
  runGroupedEm,
  weightTable,
  type FsModel,
} from './linkage/fellegi-sunter.js';
export { assignOneToOne, clusterPairs, type ScoredPair } from './linkage/assignment.js';
export {
  buildRegistryIndex,
  prepareAccount,
  blockAccount,
  type RegistryIndex,
  type PreparedAccount,
  type PreparedRecord,
} from './linkage/registry-index.js';
export { compareAccount, nameLevel, NAME, LINK_FIELDS, LINK_LEVELS } from './linkage/compare.js';
export {
  estimateLinkModel,
  linkAccount,
  linkAccounts,
  linkAccountsAsync,
  type LinkModel,
  type LinkOptions,
  type EstimateOptions,
} from './linkage/link-accounts.js';
export type {
  Account,
  AccountLinkResult,
  Band,
  ComparisonLevels,
  Explanation,
  LinkCandidate,
  RegistryRecord,
  StaffDecision,
} from './linkage/types.js';
export { Screener, RecentIds, screenEvents, screenNdjson } from './screening/screen-events.js';
export { parseEventLine, validateEvent, LIMITS } from './screening/validate-event.js';
export {
  RULE_CATALOGUE,
  VOTE_BUYING_TERMS,
  HATE_HOAX_TERMS,
  INTERACTION_WEIGHT,
} from './screening/lexicons.js';
export * from './screening/types.js';
export { createRng, type Rng } from './synthetic/rng.js';
export { generateRegistry, type SyntheticPerson } from './synthetic/generate-registry.js';
export {
  generateAccounts,
  VARIATIONS,
  type AccountTruth,
  type Variation,
} from './synthetic/generate-accounts.js';
