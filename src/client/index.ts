// The typed client applications import: the generated PgTyped queries, run with the caller's identity.
import pg from 'pg';
import * as audit from '../../generated/audit.queries.ts';
import * as auth from '../../generated/auth.queries.ts';
import * as devices from '../../generated/devices.queries.ts';
import * as emails from '../../generated/emails.queries.ts';
import * as mfa from '../../generated/mfa.queries.ts';
import * as profiles from '../../generated/profiles.queries.ts';
import * as providers from '../../generated/providers.queries.ts';
import * as roles from '../../generated/roles.queries.ts';
import * as sessions from '../../generated/sessions.queries.ts';
import * as status from '../../generated/status.queries.ts';
import * as users from '../../generated/users.queries.ts';
import { IDENTITY_ERROR_CODES } from '../errors.ts';
import { issueSession, verifyAccessToken, type IssuedSession, type SessionGrantRow } from '../sessions/access-tokens.ts';
import { signingKeysFrom, type SigningKeys } from '../sessions/signing-keys.ts';
import { IdentityError } from './identity-error.ts';
import { inSession, type Session, type SessionClient, type SessionRole } from './session.ts';

export { IdentityError, IDENTITY_ERROR_CODES, type IdentityErrorCode } from './identity-error.ts';
export { inSession, type Session, type SessionClient, type SessionRole } from './session.ts';
export { verifyAccessToken, type AccessTokenClaims, type IssuedSession } from '../sessions/access-tokens.ts';
export { generateSigningKey, signingKeysFrom, type SigningKeys } from '../sessions/signing-keys.ts';

export type User = users.IFindUserByUuidResult;
export type Profile = profiles.IGetProfileResult;
export type Email = emails.IListEmailsResult;
export type UserRole = roles.IListUserRolesResult;
export type Device = devices.IListDevicesResult;
export type LinkedProvider = providers.IListLinkedProvidersResult;
export type ProviderTokens = providers.ILinkedProviderTokensResult;
export type MfaFactor = mfa.IListMfaFactorsResult;
export type AuditEvent = audit.IListAuditEventsResult;
export type FailedLogin = audit.IRecentFailedLoginsByIpResult;
export type UserWithStatus = users.IListUsersByStatusResult;
export type AccountStatus = users.IListUsersByStatusParams['status'];
export type SignedInSession = sessions.IListSessionsResult;
/** The first step of a sign-in that needs a second factor: pass `mfaChallenge` to completeMfaLogin. */
export interface MfaChallenge {
  mfaChallenge: string;
  expiresAt: Date;
}
/**
 * The session a scope acts in: what authenticate returned (or the application kept of it), or an access
 * token, verified with the client's signing keys. Either way the database checks that the session is live.
 */
export type SessionRef = Pick<IssuedSession, 'sessionId' | 'userUuid'> | { accessToken: string };
export type SignOutScope = 'local' | 'others' | 'global';
/** A one-time token and the stored address it must be mailed to. */
export interface MailToken<T> {
  recipient: string;
  token: T;
}

export type IdentityClientOptions = (
  | { pool: pg.Pool }
  /** app_authenticator's connection string: the client switches role per call. */
  | { connectionString: string; max?: number }
) & {
  /** `kid=key[,kid=key...]`, current first: needed for provider tokens and authenticator apps. */
  tokenKeys?: string;
  /** IDKIT_SIGNING_KEYS (private Ed25519 JWKs, JSON): needed to issue access tokens and to accept them in asUser. */
  signingKeys?: string;
};

/** Calls made as one signed-in user: row-level security limits them to that user's rows. */
export interface UserScope {
  /** The session's user (known once the first call has checked an access token). */
  currentUser(): Promise<User | undefined>;
  profile(): Promise<Profile | undefined>;
  updateProfile(changes: Omit<profiles.IUpdateProfileParams, 'userUuid'>): Promise<Profile | undefined>;
  emails(): Promise<Email[]>;
  addEmail(email: string): Promise<emails.IAddEmailResult>;
  removeEmail(emailId: string): Promise<boolean>;
  makeEmailPrimary(emailId: string): Promise<emails.IMakeEmailPrimaryResult>;
  /**
   * For your mailer: a single-use token and `recipient`, the address as stored. Mail the token to
   * `recipient` and nowhere else (never to what the user typed). `token` is null when already verified.
   */
  requestEmailVerification(emailId: string): Promise<MailToken<string | null>>;
  roles(): Promise<UserRole[]>;
  devices(): Promise<Device[]>;
  renameDevice(id: string, deviceName: string | null): Promise<Device | undefined>;
  forgetDevice(id: string): Promise<boolean>;
  linkedProviders(): Promise<LinkedProvider[]>;
  /** For your OAuth callback: links (or refreshes) an external account; tokens are stored encrypted. */
  linkProvider(input: providers.ILinkProviderParams): Promise<providers.ILinkProviderResult>;
  refreshProviderTokens(input: providers.IRefreshProviderTokensParams): Promise<boolean>;
  /** The decrypted tokens of one linked provider; never through GraphQL. */
  providerTokens(providerId: string): Promise<ProviderTokens>;
  unlinkProvider(providerId: string): Promise<boolean>;
  mfaFactors(): Promise<MfaFactor[]>;
  /** The authenticator app's secret, once, as an otpauth:// URI; confirm it with a first code. */
  enrolTotp(): Promise<string>;
  confirmTotp(code: string): Promise<boolean>;
  disableTotp(code: string): Promise<boolean>;
  /**
   * Ten single-use recovery codes, shown once (only hashes are kept). Once an authenticator app is enabled,
   * pass a current code from it; a wrong or missing code gives no codes and keeps the old ones.
   */
  generateRecoveryCodes(code?: string): Promise<string[]>;
  /** Newest first; pass the last event of a page as `before` to get the next one. */
  auditEvents(page?: { limit?: number; before?: Pick<AuditEvent, 'event_at' | 'id'> }): Promise<AuditEvent[]>;
  /** False when oldPassword is wrong. */
  changePassword(oldPassword: string, newPassword: string): Promise<boolean>;
  /**
   * Confirms the password before a security setting (adding an email, making one primary, authenticator
   * app, recovery codes, linking a provider, deactivating): those fail with REAUT when the session signed
   * in more than `auth_settings.reauthentication_window` (10 minutes) ago. False for a wrong password
   * (counted towards the lockout), while locked or throttled.
   */
  reauthenticate(password: string): Promise<boolean>;
  deactivateAccount(reason?: string): Promise<boolean>;
  /** Where the user is signed in: live sessions, most recently active first; `is_current` marks this one. */
  listSessions(): Promise<SignedInSession[]>;
  /** Ends one of the user's own sessions by id; false when it is not theirs or already ended. */
  revokeSession(sessionId: string): Promise<boolean>;
  /** Ends this session (`local`), all others or all (`global`); returns how many ended. */
  signOut(scope?: SignOutScope): Promise<number>;
  /** Runs your own queries (PgTyped or Zapatos) inside this user's session. */
  transaction<T>(work: (client: SessionClient) => Promise<T>): Promise<T>;
}

/** Calls made as an administrator (a user holding the `admin` role). */
export interface AdminScope extends UserScope {
  findUserByUuid(uuid: string): Promise<User | undefined>;
  /** By normalised address: the account that verified it, else the oldest account claiming it. */
  findUserByEmail(email: string): Promise<User | undefined>;
  findUserByUsername(username: string): Promise<User | undefined>;
  usersByStatus(status: AccountStatus, limit?: number): Promise<UserWithStatus[]>;
  recentFailedLoginsByIp(ipAddress: string, withinSeconds?: number, limit?: number): Promise<FailedLogin[]>;
  grantRole(userUuid: string, roleName: string): Promise<boolean>;
  revokeRole(userUuid: string, roleName: string): Promise<boolean>;
  setAccountStatus(userUuid: string, status: AccountStatus, reason?: string): Promise<boolean>;
  /** Ends every session of an account (audited); returns how many. */
  revokeUserSessions(userUuid: string): Promise<number>;
}

export interface IdentityClient {
  /**
   * The new account; a taken username (any letter case) is an `IdentityError` with code `UNTKN`. An address
   * another account verified is accepted like any other, as an unverified claim that can never be verified
   * or sign in, so the answer never tells whether somebody has it.
   */
  register(input: auth.IRegisterUserParams): Promise<auth.IRegisterUserResult>;
  /**
   * A new session (access token, refresh token, expiry), an MfaChallenge when a second factor is due, or
   * undefined: the reason for a failure is never revealed. Needs `signingKeys`.
   * Pass `deviceToken`, the one an earlier sign-in on this device returned: its failures then count against
   * this device alone, so an attacker's wrong passwords never lock the owner out of it. A session without
   * a valid one carries a new `deviceToken` (shown once) to keep on the device.
   */
  authenticate(input: sessions.IAuthenticateParams): Promise<IssuedSession | MfaChallenge | undefined>;
  /**
   * The second step after an MfaChallenge: an authenticator code or a recovery code, and the device's
   * `deviceToken` as for authenticate. Needs `signingKeys`.
   */
  completeMfaLogin(input: sessions.ICompleteMfaLoginParams): Promise<IssuedSession | undefined>;
  /** The next access and refresh token of a session; IdentityError RFTKN for any failure. Needs `signingKeys`. */
  refresh(refreshToken: string): Promise<IssuedSession>;
  /** True; any bad token (unknown, expired, used, wrong) is an `IdentityError` with code `TOKEN`. */
  verifyEmail(token: string): Promise<boolean>;
  /**
   * For your mailer: a reset token and `recipient`, the address as stored. Mail the token to `recipient`,
   * never to what the user typed. Only a verified address gets a real token; any other gets a decoy of the
   * same shape that never works, so tell the user the same thing either way.
   */
  requestPasswordReset(email: string): Promise<MailToken<string>>;
  /** True; any bad token is `TOKEN`, a refused password `WEAKP` (the message names the rule) or `LONGP`. */
  resetPassword(token: string, newPassword: string): Promise<boolean>;
  /** Calls as the user of this session; each call fails with LOGIN once the session has ended. */
  asUser(session: SessionRef): UserScope;
  asAdmin(session: SessionRef): AdminScope;
  /** Closes the pool if the client created it. */
  end(): Promise<void>;
}

const first = <T>(rows: T[]): T => {
  if (rows.length === 0) throw new Error('pg-identity-kit: the query returned no row');
  return rows[0]!;
};

/** register_user answers no account for a taken username: the client's error for it is UNTKN. */
const orUsernameTaken = <T>(account: T | undefined): T => {
  if (account === undefined) throw new IdentityError('UNTKN', IDENTITY_ERROR_CODES.UNTKN);
  return account;
};

/** verify_email and reset_password answer false for every bad token: the client's error for it is TOKEN. */
const orTokenError = (done: boolean | null): boolean => {
  if (done !== true) throw new IdentityError('TOKEN', IDENTITY_ERROR_CODES.TOKEN);
  return true;
};

type Runner = <T>(work: (client: SessionClient, userUuid: string) => Promise<T>) => Promise<T>;

function userScope(run: Runner): UserScope {
  return {
    currentUser: () => run(async (c) => (await auth.currentUser.run(undefined, c))[0]),
    profile: () => run(async (c, userUuid) => (await profiles.getProfile.run({ userUuid }, c))[0]),
    updateProfile: (changes) => run(async (c, userUuid) => (await profiles.updateProfile.run({ ...changes, userUuid }, c))[0]),
    emails: () => run((c, userUuid) => emails.listEmails.run({ userUuid }, c)),
    addEmail: (email) => run(async (c) => first(await emails.addEmail.run({ email }, c))),
    removeEmail: (emailId) => run(async (c) => first(await emails.removeEmail.run({ emailId }, c)).removed),
    makeEmailPrimary: (emailId) => run(async (c) => first(await emails.makeEmailPrimary.run({ emailId }, c))),
    requestEmailVerification: (emailId) => run(async (c) => first(await emails.requestEmailVerification.run({ emailId }, c))),
    roles: () => run((c, userUuid) => roles.listUserRoles.run({ userUuid }, c)),
    devices: () => run((c, userUuid) => devices.listDevices.run({ userUuid }, c)),
    renameDevice: (id, deviceName) => run(async (c, userUuid) => (await devices.renameDevice.run({ id, deviceName, userUuid }, c))[0]),
    forgetDevice: (id) => run(async (c, userUuid) => (await devices.forgetDevice.run({ id, userUuid }, c)).length === 1),
    linkedProviders: () => run((c, userUuid) => providers.listLinkedProviders.run({ userUuid }, c)),
    linkProvider: (input) => run(async (c) => first(await providers.linkProvider.run(input, c))),
    refreshProviderTokens: (input) => run(async (c) => first(await providers.refreshProviderTokens.run(input, c)).refreshed),
    providerTokens: (providerId) => run(async (c) => first(await providers.linkedProviderTokens.run({ providerId }, c))),
    unlinkProvider: (providerId) => run(async (c) => first(await providers.unlinkProvider.run({ providerId }, c)).unlinked),
    mfaFactors: () => run((c, userUuid) => mfa.listMfaFactors.run({ userUuid }, c)),
    enrolTotp: () => run(async (c) => first(await mfa.enrolTotp.run(undefined, c)).otpauth_uri),
    confirmTotp: (code) => run(async (c) => first(await mfa.confirmTotp.run({ code }, c)).enabled),
    disableTotp: (code) => run(async (c) => first(await mfa.disableTotp.run({ code }, c)).disabled),
    generateRecoveryCodes: (code) => run(async (c) => (await mfa.generateRecoveryCodes.run({ code }, c)).map((r) => r.code)),
    auditEvents: ({ limit = 50, before } = {}) =>
      run((c, userUuid) =>
        before
          ? audit.listAuditEvents.run({ userUuid, limit, before: { eventAt: before.event_at, id: before.id } }, c)
          : audit.listRecentAuditEvents.run({ userUuid, limit }, c),
      ),
    changePassword: (oldPassword, newPassword) =>
      run(async (c) => first(await auth.changePassword.run({ oldPassword, newPassword }, c)).changed),
    reauthenticate: (password) => run(async (c) => first(await auth.reauthenticate.run({ password }, c)).confirmed),
    deactivateAccount: (reason) => run(async (c) => first(await status.deactivateMyAccount.run({ reason }, c)).changed),
    listSessions: () => run((c) => sessions.listSessions.run(undefined, c)),
    revokeSession: (sessionId) => run(async (c) => first(await sessions.revokeSession.run({ sessionId }, c)).revoked),
    signOut: (scope = 'local') => run(async (c) => first(await sessions.signOut.run({ scope }, c)).ended),
    transaction: (work) => run((c) => work(c)),
  };
}

export function createIdentityClient(options: IdentityClientOptions): IdentityClient {
  const ownsPool = !('pool' in options);
  const pool = 'pool' in options ? options.pool : new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  let keys: Promise<SigningKeys> | undefined;
  const signingKeys = (): Promise<SigningKeys> => {
    if (!options.signingKeys) return Promise.reject(new Error('pg-identity-kit: pass signingKeys (IDKIT_SIGNING_KEYS) to issue or accept access tokens'));
    return (keys ??= signingKeysFrom(options.signingKeys));
  };
  const tokenKeys = options.tokenKeys ? { tokenKeys: options.tokenKeys } : {};
  const anonymous = <T>(work: (client: SessionClient) => Promise<T>) => inSession(pool, { role: 'app_anonymous', ...tokenKeys }, work);
  // An access token is verified once per scope; the database checks the session on every call.
  const runner = (role: SessionRole, ref: SessionRef): Runner => {
    let resolved: Promise<{ userUuid: string; sessionId: string }> | undefined;
    const session = () =>
      (resolved ??=
        'sessionId' in ref && 'userUuid' in ref
          ? Promise.resolve({ userUuid: ref.userUuid, sessionId: ref.sessionId })
          : signingKeys()
              .then((k) => verifyAccessToken(k, ref.accessToken))
              .then((claims) => ({ userUuid: claims.sub, sessionId: claims.sid })));
    return async (work) => {
      const { userUuid, sessionId } = await session();
      return inSession(pool, { role, userUuid, sessionId, ...tokenKeys }, (c) => work(c, userUuid));
    };
  };
  const issue = async (grant: SessionGrantRow | undefined) => (grant ? issueSession(await signingKeys(), grant) : undefined);
  return {
    // A taken username is no database error (so that the call's throttle count is committed); UNTKN is
    // raised here, after the commit.
    register: (input) => anonymous(async (c) => (await auth.registerUser.run(input, c))[0]).then(orUsernameTaken),
    async authenticate(input) {
      await signingKeys();
      const [grant] = await anonymous((c) => sessions.authenticate.run(input, c));
      if (grant?.role === 'mfa_required' && grant.mfa_challenge) {
        return { mfaChallenge: grant.mfa_challenge, expiresAt: new Date(Number(grant.exp) * 1000) };
      }
      return issue(grant);
    },
    async completeMfaLogin(input) {
      await signingKeys();
      return issue((await anonymous((c) => sessions.completeMfaLogin.run(input, c)))[0]);
    },
    async refresh(refreshToken) {
      await signingKeys();
      const issued = await issue((await anonymous((c) => sessions.refreshSession.run({ refreshToken }, c)))[0]);
      if (!issued) throw new IdentityError('RFTKN', IDENTITY_ERROR_CODES.RFTKN);
      return issued;
    },
    // The database answers false for a bad token (so that its throttle count is committed); TOKEN is
    // raised here, after the commit.
    verifyEmail: (token) => anonymous(async (c) => first(await emails.verifyEmail.run({ token }, c)).verified).then(orTokenError),
    requestPasswordReset: (email) => anonymous(async (c) => first(await auth.requestPasswordReset.run({ email }, c))),
    resetPassword: (token, newPassword) =>
      anonymous(async (c) => first(await auth.resetPassword.run({ token, newPassword }, c)).reset).then(orTokenError),
    asUser: (session) => userScope(runner('app_user', session)),
    asAdmin(session) {
      const run = runner('app_admin', session);
      return {
        ...userScope(run),
        findUserByUuid: (uuid) => run(async (c) => (await users.findUserByUuid.run({ uuid }, c))[0]),
        findUserByEmail: (email) => run(async (c) => (await users.findUserByEmail.run({ email }, c))[0]),
        findUserByUsername: (username) => run(async (c) => (await users.findUserByUsername.run({ username }, c))[0]),
        usersByStatus: (s, limit = 100) => run((c) => users.listUsersByStatus.run({ status: s, limit }, c)),
        recentFailedLoginsByIp: (ipAddress, withinSeconds = 3600, limit = 100) =>
          run((c) => audit.recentFailedLoginsByIp.run({ ipAddress, withinSeconds, limit }, c)),
        grantRole: (userUuid, roleName) => run(async (c) => first(await roles.grantRole.run({ userUuid, roleName }, c)).granted),
        revokeRole: (userUuid, roleName) => run(async (c) => first(await roles.revokeRole.run({ userUuid, roleName }, c)).revoked),
        setAccountStatus: (userUuid, s, reason) =>
          run(async (c) => first(await status.setAccountStatus.run({ userUuid, status: s, reason }, c)).changed),
        revokeUserSessions: (userUuid) => run(async (c) => first(await sessions.revokeUserSessions.run({ userUuid }, c)).ended),
      };
    },
    end: async () => {
      if (ownsPool) await pool.end();
    },
  };
}
