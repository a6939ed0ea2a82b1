// Database errors as typed values: callers branch on `code`, never on message text.
import { IDENTITY_ERROR_CODES, isIdentityErrorCode, type IdentityErrorCode } from '../errors.ts';

export { IDENTITY_ERROR_CODES, type IdentityErrorCode };

export class IdentityError extends Error {
  /** The SQLSTATE: one of the project's own codes (BADEM, UNTKN, ...) or PostgreSQL's (23514, 42501, ...). */
  readonly code: IdentityErrorCode | string;
  /** The constraint involved, for PostgreSQL integrity errors. */
  readonly constraint: string | undefined;

  constructor(code: string, message: string, constraint?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'IdentityError';
    this.code = code;
    this.constraint = constraint;
  }

  /** True when this is one of the project's own, documented error codes. */
  get isIdentityCode(): boolean {
    return isIdentityErrorCode(this.code);
  }
}

/** Wraps errors that carry a SQLSTATE; everything else (connection loss, bugs) passes through unchanged. */
export function toIdentityError(error: unknown): unknown {
  if (error instanceof IdentityError || !(error instanceof Error)) return error;
  const { code, constraint } = error as Error & { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return error;
  return new IdentityError(code, error.message, typeof constraint === 'string' ? constraint : undefined, { cause: error });
}
