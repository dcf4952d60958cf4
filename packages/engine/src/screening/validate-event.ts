import { EVENT_TYPES, type EventType, type ScreeningEvent } from './types.js';

export const LIMITS = { id: 200, text: 20_000, url: 2_048, platform: 64, line: 100_000 } as const;

const TYPES = new Set<string>(EVENT_TYPES);

export type Validation =
  { ok: true; event: ScreeningEvent } | { ok: false; reason: string; eventId?: string };

function fail(reason: string, eventId: string): Validation {
  return { ok: false, reason, eventId };
}

const OPTIONAL_IDS = ['targetAccountId', 'targetPostId', 'groupId'] as const;

const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

function digits(s: string, from: number, n: number): boolean {
  for (let i = from; i < from + n; i++) if (!isDigit(s, i)) return false;
  return true;
}

/**
 * ISO 8601 with a zone (YYYY-MM-DDThh:mm[:ss[.f{1,9}]](Z|±hh[:]mm)), checked by hand: it runs on every event, and a character
 * walk costs a fraction of a RegExp test on a freshly parsed string.
 */
export function isoWithZone(at: string): boolean {
  const n = at.length;
  if (n < 17 || !digits(at, 0, 4) || at[4] !== '-' || !digits(at, 5, 2) || at[7] !== '-' || !digits(at, 8, 2))
    return false;
  if (at[10] !== 'T' || !digits(at, 11, 2) || at[13] !== ':' || !digits(at, 14, 2)) return false;
  let i = 16;
  if (at[i] === ':') {
    if (!digits(at, i + 1, 2)) return false;
    i += 3;
    if (at[i] === '.') {
      let k = i + 1;
      while (k < n && k - i - 1 < 9 && isDigit(at, k)) k++;
      if (k === i + 1) return false;
      i = k;
    }
  }
  if (i === n - 1) return at[i] === 'Z';
  const sign = at[i];
  if (sign !== '+' && sign !== '-') return false;
  if (n - i === 6) return digits(at, i + 1, 2) && at[i + 3] === ':' && digits(at, i + 4, 2);
  return n - i === 5 && digits(at, i + 1, 4);
}

const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);

/** Range checks on the digits (already known to be digits) instead of Date.parse: same verdict, no allocation. */
function validDate(at: string): boolean {
  const mo = two(at, 5);
  const d = two(at, 8);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && two(at, 11) <= 23 && two(at, 14) <= 59;
}

/**
 * Check one parsed event. Reasons are short English phrases meant for run reports. With
 * `adopt`, a valid object is returned as the event itself (its optional nulls removed) instead of
 * a copy: for objects the caller has just parsed and owns, such as `parseEventLine`'s.
 */
export function validateEvent(raw: unknown, adopt = false): Validation {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: 'not a JSON object' };
  const o = raw as Record<string, unknown>;
  const id = o.id;
  if (typeof id !== 'string' || id.length === 0) return { ok: false, reason: 'missing id' };
  if (id.length > LIMITS.id) return { ok: false, reason: `id longer than ${LIMITS.id} characters` };
  const type = o.type;
  if (typeof type !== 'string' || type.length === 0) return fail('missing type', id);
  if (!TYPES.has(type)) return fail(`unknown event type "${type.slice(0, 40)}"`, id);
  const actor = o.actorAccountId;
  if (typeof actor !== 'string' || actor.length === 0) return fail('missing actorAccountId', id);
  if (actor.length > LIMITS.id) return fail('actorAccountId too long', id);
  const at = o.occurredAt;
  if (typeof at !== 'string' || at.length === 0) return fail('missing occurredAt', id);
  if (!isoWithZone(at)) {
    const noZone = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(at);
    return fail(noZone ? 'timestamp without time zone' : 'occurredAt is not an ISO 8601 timestamp', id);
  }
  if (!validDate(at)) return fail('occurredAt is not a valid date', id);
  const platform = o.platform;
  if (typeof platform !== 'string' || platform.length === 0) return fail('missing platform', id);
  if (platform.length > LIMITS.platform) return fail('platform too long', id);
  const text = o.text;
  if (text !== undefined && text !== null) {
    if (typeof text !== 'string') return fail('text is not a string', id);
    if (text.length > LIMITS.text) return fail(`text longer than ${LIMITS.text} characters`, id);
  }
  const url = o.url;
  if (typeof url === 'string' && url.length > LIMITS.url)
    return fail(`url longer than ${LIMITS.url} characters`, id);
  for (const k of OPTIONAL_IDS) {
    const v = o[k];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > LIMITS.id))
      return fail(`${k} is not a short string`, id);
  }
  if (adopt) {
    if (text === null) delete o.text;
    if (url !== undefined && (typeof url !== 'string' || url.length === 0)) delete o.url;
    for (const k of OPTIONAL_IDS) if (o[k] === null || o[k] === '') delete o[k];
    return { ok: true, event: o as unknown as ScreeningEvent };
  }
  const event: ScreeningEvent = {
    id,
    type: type as EventType,
    actorAccountId: actor,
    occurredAt: at,
    platform,
  };
  for (const k of OPTIONAL_IDS) {
    const v = o[k];
    if (typeof v === 'string' && v.length > 0) event[k] = v;
  }
  if (typeof text === 'string') event.text = text;
  if (typeof url === 'string' && url.length > 0) event.url = url;
  return { ok: true, event };
}

/** Parse and validate one NDJSON line. Never throws. */
export function parseEventLine(line: string): Validation {
  if (line.length > LIMITS.line) return { ok: false, reason: `line longer than ${LIMITS.line} characters` };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  return validateEvent(raw, true);
}
