// Types of the case procedure (domain.md §3.5, issue 4 §4). The state is a plain serialisable
// object so the server can store it as JSON and replay transitions.
import type { Bilingual, IsoDate } from '../shared.js';
import type { DeadlineKey, FormKey } from '../profiles/schema.js';
import type { IndonesianTimeZone } from '../clock/time-zone.js';
import type { HolidayInput } from '../clock/holidays.js';
import type { ElectionProfile } from '../profiles/schema.js';
import type { Catalogue } from '../catalogue/schema.js';

export const CASE_STATUSES = [
  'received',
  'initial_study',
  'needs_completion',
  'not_registered',
  'registered',
  'clarification',
  'study',
  'plenary',
  'not_violation',
  'violation',
  'forwarding',
  'follow_up',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const ROLES = [
  'administrator',
  'commissioner',
  'handling_staff',
  'prevention_staff',
  'field_supervisor',
  'humas',
  'police_liaison',
  'agency_hr',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

/** Where a decided violation goes (domain.md §3.5 step 7). */
export const VIOLATION_KINDS = [
  'asn_neutrality',
  'criminal',
  'administrative',
  'election_body_ethics',
  'village_official',
  'other_law',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export interface DeadlineRecord {
  readonly key: DeadlineKey;
  readonly startedAt: string;
  readonly dueAt: string;
  readonly status: 'running' | 'stopped';
  readonly stoppedAt?: string;
  readonly extended: boolean;
  /** Why it was stopped after it had passed (required by the procedure when late). */
  readonly lateReason?: string;
}

export interface Disposition {
  readonly id: string;
  readonly kind: ViolationKind;
  /** KASN / BKN (by date), SENTRA_GAKKUMDU, KPU, DKPP, PEMDA or a named body for other laws. */
  readonly target: string;
  readonly forwardedAt: string;
  readonly letterNumber?: string;
  readonly outcome?: {
    readonly recordedAt: string;
    readonly recordedBy: string;
    readonly result: 'sanctioned' | 'not_sanctioned' | 'prosecuted' | 'dismissed' | 'other';
    readonly summary: string;
    readonly sanction?: {
      readonly kind: string;
      readonly level?: string;
      readonly decreeNumber?: string;
      readonly decreeDate?: IsoDate;
    };
  };
  /** The imposed sanction carried out (issue 4 §6): when, what was done, who recorded it. */
  readonly execution?: {
    readonly executedOn: IsoDate;
    readonly summary: string;
    readonly recordedAt: string;
    readonly recordedBy: string;
  };
}

export interface HistoryItem {
  readonly transition: string;
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly actorId: string;
  readonly at: string;
  readonly audit: string;
}

export interface CaseState {
  readonly id: string;
  readonly kind: 'laporan' | 'temuan';
  readonly profileId: string;
  readonly timeZone: IndonesianTimeZone;
  readonly regionCode?: string;
  readonly status: CaseStatus;
  readonly receivedAt: string;
  /** The date the conduct became known (laporan) or was found (temuan). */
  readonly knownOn: IsoDate;
  readonly reportWindow?: { readonly within: boolean; readonly explanation: Bilingual };
  readonly missingRequirements?: readonly string[];
  readonly notRegisteredReasons?: readonly string[];
  readonly registerNumber?: string;
  readonly clarificationParties?: readonly string[];
  readonly study?: {
    readonly conclusion: 'violation' | 'not_violation';
    readonly catalogueEntryIds: readonly string[];
  };
  readonly plenary?: {
    readonly membersPresent: number;
    readonly membersTotal: number;
    readonly outcome: 'violation' | 'not_violation';
  };
  readonly violationKinds: readonly ViolationKind[];
  readonly catalogueEntryIds: readonly string[];
  readonly dispositions: readonly Disposition[];
  readonly deadlines: readonly DeadlineRecord[];
  readonly history: readonly HistoryItem[];
  readonly version: number;
}

export interface Actor {
  readonly id: string;
  readonly roles: readonly Role[];
}

export interface TransitionEnv {
  readonly profile: ElectionProfile;
  readonly catalogue: Catalogue;
  readonly holidays: readonly HolidayInput[];
}

export interface GuardContext<I> {
  readonly state: CaseState;
  readonly input: I;
  readonly actor: Actor;
  readonly now: Date;
  readonly env: TransitionEnv;
}

/** A precondition: a pure predicate with a stable reason code and a bilingual message. */
export interface Precondition<I> {
  readonly code: string;
  readonly message: Bilingual;
  readonly check: (ctx: GuardContext<I>) => boolean;
}

export interface TransitionEffects {
  readonly audit: {
    readonly event: string;
    readonly caseId: string;
    readonly actorId: string;
    readonly at: string;
    readonly from: CaseStatus;
    readonly to: CaseStatus;
  };
  readonly document?: { readonly formKey: FormKey; readonly formCode: string | null };
  readonly deadlinesStarted: readonly DeadlineKey[];
  readonly deadlinesStopped: readonly DeadlineKey[];
  readonly deadlineExtended?: DeadlineKey;
}
