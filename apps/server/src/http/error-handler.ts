import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_MESSAGES, type ErrorCode, type ApiErrorBody } from '@netra/contracts';
import { AppError } from '../lib/app-error';

/** The one mapping from error code to HTTP status. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'common.validation_failed':
    case 'appeals.unknown_legal_reference':
    case 'appeals.invalid_recipient':
    case 'appeals.attendance_file_invalid':
    case 'appeals.pledge_name_required':
    case 'invitations.weak_password':
    case 'organizations.invalid_parent':
    case 'rules.invalid_request':
    case 'elections.invalid':
    case 'documents.reason_required':
    case 'duplicates.same_case':
    case 'registry.missing_columns':
    case 'ingestion.batch_too_large':
      return 400;
    case 'registry.unsupported_file':
    case 'ingestion.unsupported_format':
      return 415;
    case 'candidates.account_limit':
    case 'appeals.pledge_name_mismatch':
    case 'captures.unsupported_url':
    case 'captures.private_address':
      return 422;
    case 'reports.wrong_secret':
    case 'appeals.no_agency':
      return 403;
    case 'cases.transition_refused':
    case 'leads.action_not_allowed':
    case 'leads.no_identity':
    case 'appeals.no_targets':
    case 'appeals.link_other_nip':
    case 'appeals.unknown_nip':
      return 422;
    case 'evidence.too_large':
    case 'outreach.photo_too_large':
      return 413;
    case 'follow_up.document_type':
    case 'evidence.unsupported_type':
    case 'appeals.attachment_unsupported':
    case 'outreach.photo_unsupported_type':
      return 415;
    case 'auth.unauthenticated':
    case 'auth.invalid_credentials':
      return 401;
    case 'auth.forbidden':
    case 'auth.outside_jurisdiction':
    case 'outreach.organizer_not_allowed':
    case 'auth.two_factor_required':
    case 'auth.no_membership':
    case 'common.csrf_failed':
      return 403;
    case 'common.not_found':
    case 'invitations.not_found':
    case 'organizations.not_found':
    case 'regions.not_found':
    case 'users.not_found':
    case 'sessions.not_found':
    case 'rules.entry_not_found':
    case 'elections.not_found':
    case 'holidays.not_found':
    case 'registry.not_found':
    case 'imports.not_found':
    case 'candidates.not_found':
    case 'follow_up.not_found':
    case 'cases.not_found':
    case 'cases.no_reporter':
    case 'reports.not_found':
    case 'tips.not_found':
    case 'supervision.not_found':
    case 'leads.not_found':
    case 'captures.not_found':
    case 'appeals.not_found':
    case 'appeals.link_invalid':
    case 'appeals.wrong_code':
    case 'outreach.not_found':
    case 'outreach.calendar_not_found':
    case 'news.not_found':
      return 404;
    case 'invitations.email_taken':
    case 'organizations.has_children':
    case 'users.last_administrator':
    case 'holidays.duplicate':
    case 'candidates.duplicate':
    case 'follow_up.already_recorded':
    case 'follow_up.execution_recorded':
    case 'follow_up.not_sanctioned':
    case 'follow_up.execution_needs_evidence':
    case 'cases.version_conflict':
    case 'evidence.too_many':
    case 'tips.already_promoted':
    case 'leads.status_changed':
    case 'leads.already_promoted':
    case 'captures.not_ready':
    case 'supervision.already_promoted':
    case 'appeals.invalid_status':
    case 'appeals.number_taken':
    case 'appeals.already_acknowledged':
    case 'documents.not_available':
    case 'outreach.audience_duplicate':
    case 'outreach.too_many_photos':
    case 'outreach.version_conflict':
      return 409;
    case 'invitations.expired':
    case 'invitations.already_used':
    case 'invitations.revoked':
    case 'appeals.link_expired':
      return 410;
    case 'auth.account_locked':
    case 'common.rate_limited':
    case 'reports.tracking_locked':
      return 429;
    case 'common.internal_error':
      return 500;
  }
}

export function errorBody(code: ErrorCode, requestId: string, details?: unknown): ApiErrorBody {
  return {
    error: { code, message: ERROR_MESSAGES[code], ...(details === undefined ? {} : { details }), requestId },
  };
}

export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof AppError) {
    return reply.code(statusOf(error.code)).send(errorBody(error.code, request.id, error.details));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((issue) => ({
      field:
        issue.instancePath.replace(/^\//, '').replaceAll('/', '.') ||
        (issue.params as { issue?: { path?: unknown[] } }).issue?.path?.join('.') ||
        '',
      message: issue.message,
    }));
    return reply.code(400).send(errorBody('common.validation_failed', request.id, { fields }));
  }
  const statusCode = (error as FastifyError).statusCode;
  if (statusCode === 429) return reply.code(429).send(errorBody('common.rate_limited', request.id));
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    // Malformed JSON, oversized body, unsupported media type: the client's fault, said plainly.
    return reply
      .code(statusCode)
      .send(errorBody('common.validation_failed', request.id, { reason: error.message }));
  }
  request.log.error(
    { err: { type: error.name, message: error.message, stack: error.stack } },
    'unhandled error',
  );
  return reply.code(500).send(errorBody('common.internal_error', request.id));
}
