import { ERROR_MESSAGES, type ErrorCode } from '@netra/contracts';

/** The one error type of the server. The HTTP status lives in http/error-handler.ts. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(ERROR_MESSAGES[code].en, options);
    this.name = 'AppError';
  }
}

export function assertFound<T>(value: T | undefined | null, code: ErrorCode): T {
  if (value === undefined || value === null) throw new AppError(code);
  return value;
}
