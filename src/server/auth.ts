// Turns the request's bearer token into the pgSettings of its transaction: role and user claims.
import jwt from 'jsonwebtoken';
import { SafeError } from 'postgraphile/grafast';

export const JWT_AUDIENCE = 'pg-identity-kit';
export const JWT_ISSUER = 'pg-identity-kit';
const SESSION_ROLES = new Set(['app_user', 'app_admin']);

export type PgSettings = Record<string, string>;

/** Messages of refused tokens; mask-error.ts recognises them to add `extensions.code`. */
export const AUTH_ERROR_MESSAGES = {
  malformed: 'The Authorization header must be "Bearer <token>".',
  expired: 'The session token has expired.',
  invalid: 'The session token is invalid.',
} as const;

function unauthorized(message: string): SafeError {
  // grafserv reads `statusCode` from errors thrown while building the request context.
  return Object.assign(new SafeError(message, { statusCode: 401, code: 'UNAUTHENTICATED' }), { statusCode: 401 });
}

/**
 * No Authorization header: app_anonymous. A bearer token: verified (HS256, our audience and issuer,
 * not expired) and mapped to its role and `jwt.claims.user_uuid`. Anything else is refused with 401,
 * never downgraded to anonymous access.
 */
export function pgSettingsForAuthorization(authorization: string | undefined, secret: string): PgSettings {
  if (authorization === undefined || authorization === '') return { role: 'app_anonymous' };
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i.exec(authorization.trim());
  if (!match) throw unauthorized(AUTH_ERROR_MESSAGES.malformed);
  let claims: string | jwt.JwtPayload;
  try {
    claims = jwt.verify(match[1]!, secret, { algorithms: ['HS256'], audience: JWT_AUDIENCE, issuer: JWT_ISSUER });
  } catch (error) {
    const expired = error instanceof jwt.TokenExpiredError;
    throw unauthorized(expired ? AUTH_ERROR_MESSAGES.expired : AUTH_ERROR_MESSAGES.invalid);
  }
  if (typeof claims === 'string' || typeof claims.role !== 'string' || !SESSION_ROLES.has(claims.role)) {
    throw unauthorized(AUTH_ERROR_MESSAGES.invalid);
  }
  if (typeof claims.user_uuid !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.user_uuid)) {
    throw unauthorized(AUTH_ERROR_MESSAGES.invalid);
  }
  // The password version lets the database end sessions issued under a password since changed or reset.
  const settings: PgSettings = { role: claims.role, 'jwt.claims.user_uuid': claims.user_uuid };
  // A bigint column: PostGraphile signs it as a string of digits.
  const version = claims.pwd_version;
  if ((typeof version === 'string' && /^\d{1,19}$/.test(version)) || (typeof version === 'number' && Number.isSafeInteger(version))) {
    settings['jwt.claims.pwd_version'] = String(version);
  }
  return settings;
}
