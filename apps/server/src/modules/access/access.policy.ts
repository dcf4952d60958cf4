import type { Role } from '@netra/contracts';

/**
 * The one place that decides who may do what where. An actor holds memberships (organisation +
 * role); an action is allowed when some membership's role grants it AND the target region lies in
 * that organisation's region subtree. Every route asks here; nothing else decides.
 */
export const ACTIONS = [
  'regions.read',
  'organizations.read',
  'organizations.manage',
  'users.read',
  'users.manage',
  'invitations.manage',
  'audit.read',
  'elections.manage',
  // Cases. agency_hr and police_liaison never get cases.read: they see only cases forwarded to
  // their own organisation, through cases.follow_up.
  'cases.read',
  'cases.handle',
  'cases.read_reporter',
  'supervision.file',
  // Forwarded cases as seen by the receiving agency HR / police liaison (their own organisation only).
  'cases.follow_up',
  // ASN registry (shared by prevention and monitoring). Linked social-media accounts are separate:
  // every look at them is audited.
  'asn.read',
  'asn.manage',
  'asn.read_accounts',
  // Prevention: appeals (imbauan), outreach activities, news.
  'appeals.read',
  'appeals.manage',
  'appeals.approve',
  'appeals.attendance',
  'outreach.read',
  'outreach.log',
  // The managed list of outreach audiences (administrators and commissioners).
  'outreach.audiences',
  'news.manage',
  // Monitoring: candidates, ingestion, leads and evidence capture.
  'monitoring.read',
  'monitoring.handle',
  'candidates.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const STAFF_READ: Action[] = ['regions.read', 'organizations.read', 'outreach.read'];
const MONITORING: Action[] = ['asn.read', 'asn.read_accounts', 'monitoring.read', 'monitoring.handle'];

export const ROLE_GRANTS: Record<Role, readonly Action[]> = {
  administrator: [
    ...STAFF_READ,
    'organizations.manage',
    'users.read',
    'users.manage',
    'invitations.manage',
    'audit.read',
    'elections.manage',
    'cases.read',
    'cases.read_reporter',
    'asn.read',
    'asn.manage',
    'appeals.read',
    'candidates.manage',
    'outreach.audiences',
  ],
  commissioner: [
    ...STAFF_READ,
    'users.read',
    'audit.read',
    'cases.read',
    'cases.handle',
    'cases.read_reporter',
    'supervision.file',
    ...MONITORING,
    'asn.manage',
    'candidates.manage',
    'appeals.read',
    'appeals.approve',
    'outreach.log',
    'outreach.audiences',
    'news.manage',
  ],
  handling_staff: [
    ...STAFF_READ,
    'cases.read',
    'cases.handle',
    'cases.read_reporter',
    'supervision.file',
    ...MONITORING,
  ],
  prevention_staff: [
    ...STAFF_READ,
    'asn.read',
    'asn.manage',
    'appeals.read',
    'appeals.manage',
    'outreach.log',
  ],
  field_supervisor: [...STAFF_READ, 'supervision.file', ...MONITORING, 'candidates.manage', 'outreach.log'],
  humas: [...STAFF_READ, 'news.manage'],
  police_liaison: [...STAFF_READ, 'outreach.log', 'cases.follow_up'],
  // Agency HR: follow-up of forwarded cases and attendance lists for appeals, for its own agency only;
  // nothing of monitoring.
  agency_hr: ['regions.read', 'organizations.read', 'cases.follow_up', 'appeals.attendance'],
  viewer: STAFF_READ,
};

export type Membership = {
  organizationId: string;
  organizationName: string;
  organizationType: string;
  regionCode: string;
  role: Role;
};

export type Actor = {
  userId: string;
  email: string;
  name: string;
  twoFactorEnabled: boolean;
  memberships: readonly Membership[];
};

export const NATIONAL_REGION = 'ID';

/** True when `target` equals `scope` or lies below it. */
export function isRegionWithin(target: string, scope: string): boolean {
  if (scope === NATIONAL_REGION) return true;
  return target === scope || target.startsWith(`${scope}.`);
}

export type Decision =
  | { allowed: true; membership: Membership }
  | { allowed: false; reason: 'forbidden' | 'outside_jurisdiction' };

/** Decides `action` on something in `regionCode` (undefined: the actor's own scope). */
export function decide(actor: Actor, action: Action, regionCode?: string): Decision {
  const granting = actor.memberships.filter((m) => ROLE_GRANTS[m.role].includes(action));
  if (granting.length === 0) return { allowed: false, reason: 'forbidden' };
  if (regionCode === undefined) return { allowed: true, membership: granting[0]! };
  const inside = granting.find((m) => isRegionWithin(regionCode, m.regionCode));
  return inside ? { allowed: true, membership: inside } : { allowed: false, reason: 'outside_jurisdiction' };
}

/** Region scopes in which the actor may perform `action`, for filtering lists in SQL. */
export function scopesFor(actor: Actor, action: Action): string[] {
  return actor.memberships.filter((m) => ROLE_GRANTS[m.role].includes(action)).map((m) => m.regionCode);
}

export function requiresTwoFactor(actor: Actor, rolesRequiringIt: readonly string[]): boolean {
  return actor.memberships.some((m) => rolesRequiringIt.includes(m.role));
}
