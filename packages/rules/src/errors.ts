// One error family for the rules core. Codes are stable strings that the server maps to HTTP
// responses and the web app maps to messages; the bilingual text is for logs and for callers that
// show the message as is.
import type { Bilingual } from './shared.js';

export type RulesErrorCode =
  | 'clock.unknown_time_zone'
  | 'clock.negative_length'
  | 'clock.invalid_length'
  | 'clock.invalid_instant'
  | 'clock.invalid_date'
  | 'clock.end_before_start'
  | 'clock.unknown_province'
  | 'data.invalid'
  | 'profile.unknown'
  | 'profile.invalid_override'
  | 'election.invalid'
  | 'case.unknown_transition'
  | 'case.wrong_state'
  | 'case.role_not_allowed'
  | 'case.precondition_failed'
  | 'case.invalid_input';

export class RulesError extends Error {
  readonly code: RulesErrorCode;
  readonly messages: Bilingual;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: RulesErrorCode, messages: Bilingual, details: Record<string, unknown> = {}) {
    // English in `message` because stack traces and logs are read by engineers.
    super(messages.en);
    this.name = 'RulesError';
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

/** A data file (catalogue, profile, calendar) failed validation: names file, entry and reason. */
export class RulesDataError extends RulesError {
  readonly file: string;
  readonly entryId: string | undefined;
  readonly reason: string;

  constructor(file: string, entryId: string | undefined, reason: string) {
    const where = entryId ? `${file}, entry ${entryId}` : file;
    super(
      'data.invalid',
      { id: `Berkas data tidak sah (${where}): ${reason}`, en: `Invalid data file (${where}): ${reason}` },
      { file, entryId, reason },
    );
    this.name = 'RulesDataError';
    this.file = file;
    this.entryId = entryId;
    this.reason = reason;
  }
}
