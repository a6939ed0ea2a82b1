// The project's own SQLSTATEs, raised on purpose by the SQL functions (and RFTKN, raised by the server and the
// typed client when refresh_session grants nothing). The README lists them too.
export const IDENTITY_ERROR_CODES = {
  BADEM: 'The email address is not valid.',
  BADUN: 'The username breaks the rules (3 to 32 letters, digits or underscores, starting with a letter).',
  BADDN: 'The display name must be 1 to 100 characters long.',
  WEAKP: 'The password breaks the password policy: too short, too common, or it contains the username or an address\'s local part (the message names the rule).',
  LONGP: 'The password is longer than 72 bytes (bcrypt would silently ignore the rest).',
  // No longer raised: register_user and add_email accept such an address as an unverified claim (it never
  // verifies), so that nobody learns who has it.
  // Raised by the typed client and the GraphQL server when register_user answers NULL, after the commit.
  UNTKN: 'The username is taken.',
  LOGIN: 'The operation needs a signed-in user.',
  FORBD: 'Only administrators may do this (or not to themselves).',
  TOKEN: 'The token is invalid, used, replaced or expired (every bad token gets this same answer).',
  EMLNF: 'No such email address on your account.',
  EMPRM: 'The primary email address cannot be removed.',
  EMLST: 'The last email address cannot be removed.',
  EMUNV: 'Only a verified email address can become primary.',
  PRTKN: 'The external account is linked to another user.',
  PRVNF: 'No such linked provider on your account.',
  KEYMS: 'The encryption key for provider tokens and authenticator apps is not configured.',
  MFAON: 'An authenticator app is already enabled.',
  MFANF: 'No authenticator app is enrolled (or waiting for confirmation).',
  ROLNF: 'No such role.',
  USRNF: 'No such user.',
  LSTAD: 'The last active administrator cannot lose the admin role or stop being active.',
  BADRS: 'The reason must be at most 500 characters.',
  STAFX: 'An account status row cannot be deleted or moved to another account.',
  AUDRO: 'Audit events are append-only.',
  REAUT: 'This security setting needs a recent sign-in: confirm the password with reauthenticate, then try again.',
  THROT: 'Too many attempts from this client or for this identifier; try again after the throttle window (1 minute by default).',
  BADHS: 'The password hash is not a bcrypt hash the database can verify ($2a$, $2b$, $2x$ or $2y$, cost 04 to 31).',
  RFTKN: 'The refresh token is invalid, expired, revoked or already used; sign in again.',
  RSTDB: 'A data-only restore goes into a freshly migrated database only, and this one holds accounts.',
} as const;

/**
 * Codes the TypeScript (typed client and GraphQL API) raises itself, after the transaction committed: the SQL
 * answers NULL there, so that a refresh token reuse's revocation, or a refused registration's throttle count,
 * commits.
 */
export const CLIENT_RAISED_CODES = ['RFTKN', 'UNTKN'] as const;

export type IdentityErrorCode = keyof typeof IDENTITY_ERROR_CODES;

export function isIdentityErrorCode(code: unknown): code is IdentityErrorCode {
  return typeof code === 'string' && Object.hasOwn(IDENTITY_ERROR_CODES, code);
}

/** PostgreSQL's own codes a caller may meet through the API, with a message free of SQL. */
export const POSTGRES_ERROR_MESSAGES: Record<string, string> = {
  '23505': 'A value must be unique and is already used.',
  '23514': 'A value breaks a rule of the schema.',
  '23502': 'A required value is missing.',
  '23503': 'A referenced row does not exist or is still referenced.',
  '22001': 'A value is too long.',
  '22004': 'A required argument is missing.',
  '22023': 'An argument is out of range.',
  '22P02': 'A value has the wrong format.',
  '22007': 'A date or time has the wrong format.',
  '22008': 'A date or time is out of range.',
  '42501': 'Permission denied.',
  '57014': 'The request took too long and was cancelled.',
};
