export interface Account {
  id: string;
  displayName: string;
  username?: string;
  bio?: string;
  location?: string;
  /** Hints from the collector (e.g. a NIP or agency seen on the profile). */
  hints?: { nip?: string; agency?: string; regionCode?: string };
}

export interface RegistryRecord {
  nip: string;
  /** Full name as registered, with titles. */
  fullName: string;
  agency?: string;
  unit?: string;
  position?: string;
  regionCode?: string;
  regionName?: string;
}

export type Band = 'auto_flag' | 'review' | 'ignore';

export interface Explanation {
  code: string;
  /** Indonesian, for supervisors. */
  id: string;
  en: string;
}

export interface ComparisonLevels {
  name: number;
  username: number;
  context: number;
  region: number;
  /** 1 = the display name shows a title the record has, 0 = only titles it lacks, 255 = none shown. */
  title: number;
}

export interface LinkCandidate {
  nip: string;
  fullName: string;
  probability: number;
  weight: number;
  levels: ComparisonLevels;
  explanation: Explanation[];
}

export interface AccountLinkResult {
  accountId: string;
  band: Band;
  best: LinkCandidate | null;
  candidates: LinkCandidate[];
  candidatesConsidered: number;
  /** Present when a staff decision decided the outcome. */
  override?: 'verified' | 'rejected';
}

export interface StaffDecision {
  accountId: string;
  nip: string;
  decision: 'link' | 'reject';
}
