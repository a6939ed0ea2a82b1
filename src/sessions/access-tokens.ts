// Access tokens: short-lived JWTs over the claims the database grants at sign-in or refresh. The database
// still decides on every statement: current_user_uuid() accepts the token's session only while it is live.
import { errors, jwtVerify, SignJWT } from 'jose';
import type { SigningKeys } from './signing-keys.ts';

export const ACCESS_TOKEN_ISSUER = 'pg-identity-kit';
export const ACCESS_TOKEN_AUDIENCE = 'pg-identity-kit';

export type SessionRole = 'app_user' | 'app_admin';
const SESSION_ROLES = new Set<string>(['app_user', 'app_admin']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A row of identity.session_grant as node-postgres returns it (bigints as strings). */
export interface SessionGrantRow {
  role: string | null;
  user_uuid: string | null;
  session_id: string | null;
  iat: string | number | null;
  exp: string | number | null;
  aal: number | null;
  auth_time: string | number | null;
  refresh_token: string | null;
  mfa_challenge: string | null;
  /** Set by a sign-in that handed out a new device token (absent from refresh grants). */
  device_token?: string | null;
}

/** The claims every access token carries. */
export interface AccessTokenClaims {
  /** The user's uuid. */
  sub: string;
  /** The session's id. */
  sid: string;
  role: SessionRole;
  iat: number;
  exp: number;
  /** Authentication assurance level: 1 after a password, 2 after a second factor. */
  aal: number;
  /** When the user last proved who they are in this session (seconds since the epoch). */
  auth_time: number;
}

/** What a sign-in or refresh hands to the client. */
export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires. */
  expiresAt: Date;
  sessionId: string;
  userUuid: string;
  role: SessionRole;
  aal: number;
  /**
   * A sign-in without a valid device token hands out a new one: keep it on the device (it is shown once)
   * and pass it to later sign-ins there, so that wrong passwords from elsewhere never lock this device out.
   * Null when the device token presented stays valid, and on refresh.
   */
  deviceToken: string | null;
}

export class AccessTokenError extends Error {
  readonly reason: 'expired' | 'invalid';
  constructor(reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'The access token has expired.' : 'The access token is invalid.');
    this.reason = reason;
  }
}

/** Signs the grant of a full session; undefined for a grant that is no session (mfa_required). */
export async function issueSession(keys: SigningKeys, grant: SessionGrantRow): Promise<IssuedSession | undefined> {
  if (!grant.role || !SESSION_ROLES.has(grant.role) || !grant.user_uuid || !grant.session_id || !grant.refresh_token) return undefined;
  const claims: AccessTokenClaims = {
    sub: grant.user_uuid,
    sid: grant.session_id,
    role: grant.role as SessionRole,
    iat: Number(grant.iat),
    exp: Number(grant.exp),
    aal: Number(grant.aal),
    auth_time: Number(grant.auth_time),
  };
  const accessToken = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: keys.signer.kid })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .sign(keys.signer.key);
  return {
    accessToken,
    refreshToken: grant.refresh_token,
    expiresAt: new Date(claims.exp * 1000),
    sessionId: claims.sid,
    userUuid: claims.sub,
    role: claims.role,
    aal: claims.aal,
    deviceToken: grant.device_token ?? null,
  };
}

/** Verifies signature (EdDSA, a configured key id), issuer, audience and expiry, and the claims' shapes. */
export async function verifyAccessToken(keys: SigningKeys, token: string): Promise<AccessTokenClaims> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, keys.verificationKey, {
      algorithms: ['EdDSA'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'iat', 'sub', 'sid', 'role'],
    }));
  } catch (error) {
    throw new AccessTokenError(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
  }
  const { sub, sid, role, iat, exp, aal, auth_time } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || !UUID.test(sub) || typeof sid !== 'string' || !UUID.test(sid)) throw new AccessTokenError('invalid');
  if (typeof role !== 'string' || !SESSION_ROLES.has(role)) throw new AccessTokenError('invalid');
  return { sub, sid, role: role as SessionRole, iat: Number(iat), exp: Number(exp), aal: Number(aal), auth_time: Number(auth_time) };
}

/** The transaction-local settings that make the database check this session on every statement. */
export function sessionSettings(session: { role: SessionRole; userUuid: string; sessionId: string }): Record<string, string> {
  if (!UUID.test(session.userUuid) || !UUID.test(session.sessionId)) throw new AccessTokenError('invalid');
  return { role: session.role, 'jwt.claims.user_uuid': session.userUuid, 'jwt.claims.session_id': session.sessionId };
}
