// Turns the request's bearer token into the pgSettings of its transaction: role, user and session.
import { SafeError } from 'postgraphile/grafast';
import { AccessTokenError, sessionSettings, verifyAccessToken } from '../sessions/access-tokens.ts';
import type { SigningKeys } from '../sessions/signing-keys.ts';

export type PgSettings = Record<string, string>;

/** Messages of refused tokens; mask-error.ts recognises them to add `extensions.code`. */
export const AUTH_ERROR_MESSAGES = {
  malformed: 'The Authorization header must be "Bearer <token>".',
  expired: 'The access token has expired; refresh the session.',
  invalid: 'The access token is invalid.',
} as const;

function unauthorized(message: string): SafeError {
  // grafserv reads `statusCode` from errors thrown while preparing the request, and logs them: one line
  // per refused token then, not a stack trace (a refusal is the caller's mistake, not the server's).
  const error = Object.assign(new SafeError(message, { statusCode: 401, code: 'UNAUTHENTICATED' }), { statusCode: 401 });
  error.stack = `Refused access token: ${message}`;
  return error;
}

/**
 * No Authorization header: app_anonymous. A bearer token: verified (EdDSA with a configured key id, our
 * audience and issuer, not expired) and mapped to its role, user and session; the database then accepts
 * it only while that session is live. Anything else is refused with 401, never downgraded to anonymous.
 */
export async function pgSettingsForAuthorization(authorization: string | undefined, keys: SigningKeys): Promise<PgSettings> {
  if (authorization === undefined || authorization === '') return { role: 'app_anonymous' };
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i.exec(authorization.trim());
  if (!match) throw unauthorized(AUTH_ERROR_MESSAGES.malformed);
  try {
    const claims = await verifyAccessToken(keys, match[1]!);
    return sessionSettings({ role: claims.role, userUuid: claims.sub, sessionId: claims.sid });
  } catch (error) {
    const expired = error instanceof AccessTokenError && error.reason === 'expired';
    throw unauthorized(expired ? AUTH_ERROR_MESSAGES.expired : AUTH_ERROR_MESSAGES.invalid);
  }
}
