/** The procedure's statuses in order (the rules core's CASE_STATUSES). */
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
