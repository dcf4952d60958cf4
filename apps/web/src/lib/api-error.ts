import type { ErrorCode } from '@netra/contracts';

export type LocalizedText = { id: string; en: string };
export type FieldError = { field: string; message: string };

/**
 * One error type for both backends: Netra's own API (`{error:{code,message:{id,en},details}}`)
 * and better-auth (`{code, message}` in English, mapped to our texts by code in the i18n files).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** An ErrorCode from Netra's API, or better-auth's own upper-case code. */
    readonly code: ErrorCode | (string & {}),
    readonly localized: LocalizedText | undefined,
    readonly fields: FieldError[] = [],
    readonly requestId?: string,
    /** The error's other details (e.g. a refused transition's bilingual `message` and `reason`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(localized?.en ?? code);
    this.name = 'ApiError';
  }

  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

type NetraErrorBody = {
  error: {
    code: string;
    message: LocalizedText;
    details?: { fields?: FieldError[] } & Record<string, unknown>;
    requestId?: string;
  };
};
type AuthErrorBody = { code?: string; message?: string };

export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body as NetraErrorBody;
    return new ApiError(
      status,
      error.code,
      error.message,
      error.details?.fields ?? [],
      error.requestId,
      error.details ?? {},
    );
  }
  const auth = (body ?? {}) as AuthErrorBody;
  return new ApiError(status, auth.code ?? `http_${status}`, undefined);
}
