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
import * as status from '../../generated/status.queries.ts';
import * as users from '../../generated/users.queries.ts';
import { inSession, type Session, type SessionClient, type SessionRole } from './session.ts';

export { IdentityError, IDENTITY_ERROR_CODES, type IdentityErrorCode } from './identity-error.ts';
export { inSession, type Session, type SessionClient, type SessionRole } from './session.ts';

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
/** A one-time token and the stored address it must be mailed to. */
export interface MailToken<T> {
  recipient: string;
  token: T;
}
/** A full session (`role` app_user/app_admin), or `role: 'mfa_required'` with an `mfa_challenge`. */
export type SessionToken = auth.IAuthenticateResult;

export type IdentityClientOptions = (
  | { pool: pg.Pool }
  /** app_authenticator's connection string: the client switches role per call. */
  | { connectionString: string; max?: number }
) & {
  /** `kid=key[,kid=key...]`, current first: needed for provider tokens and authenticator apps. */
  tokenKeys?: string;
};

/** Calls made as one signed-in user: row-level security limits them to that user's rows. */
export interface UserScope {
  readonly userUuid: string;
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
  deactivateAccount(reason?: string): Promise<boolean>;
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
}

export interface IdentityClient {
  register(input: auth.IRegisterUserParams): Promise<auth.IRegisterUserResult>;
  /**
   * A session token to sign, or undefined: the reason for a failure is never revealed. `login` is the
   * username (any letter case) or a verified email address; an unverified address signs in nobody.
   */
  authenticate(input: auth.IAuthenticateParams): Promise<SessionToken | undefined>;
  /** The second step after `role: 'mfa_required'`: an authenticator code or a recovery code. */
  completeMfaLogin(input: auth.ICompleteMfaLoginParams): Promise<SessionToken | undefined>;
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
  /**
   * Calls as this user. Pass the `pwd_version` of the user's session (from authenticate) to have the
   * database refuse the session once the password has changed or been reset.
   */
  asUser(userUuid: string, session?: { pwdVersion?: string | null }): UserScope;
  asAdmin(adminUserUuid: string, session?: { pwdVersion?: string | null }): AdminScope;
  /** Closes the pool if the client created it. */
  end(): Promise<void>;
}

const first = <T>(rows: T[]): T => {
  if (rows.length === 0) throw new Error('pg-identity-kit: the query returned no row');
  return rows[0]!;
};

function userScope(run: <T>(work: (client: SessionClient) => Promise<T>) => Promise<T>, userUuid: string): UserScope {
  return {
    userUuid,
    currentUser: () => run(async (c) => (await auth.currentUser.run(undefined, c))[0]),
    profile: () => run(async (c) => (await profiles.getProfile.run({ userUuid }, c))[0]),
    updateProfile: (changes) => run(async (c) => (await profiles.updateProfile.run({ ...changes, userUuid }, c))[0]),
    emails: () => run((c) => emails.listEmails.run({ userUuid }, c)),
    addEmail: (email) => run(async (c) => first(await emails.addEmail.run({ email }, c))),
    removeEmail: (emailId) => run(async (c) => first(await emails.removeEmail.run({ emailId }, c)).removed),
    makeEmailPrimary: (emailId) => run(async (c) => first(await emails.makeEmailPrimary.run({ emailId }, c))),
    requestEmailVerification: (emailId) => run(async (c) => first(await emails.requestEmailVerification.run({ emailId }, c))),
    roles: () => run((c) => roles.listUserRoles.run({ userUuid }, c)),
    devices: () => run((c) => devices.listDevices.run({ userUuid }, c)),
    renameDevice: (id, deviceName) => run(async (c) => (await devices.renameDevice.run({ id, deviceName, userUuid }, c))[0]),
    forgetDevice: (id) => run(async (c) => (await devices.forgetDevice.run({ id, userUuid }, c)).length === 1),
    linkedProviders: () => run((c) => providers.listLinkedProviders.run({ userUuid }, c)),
    linkProvider: (input) => run(async (c) => first(await providers.linkProvider.run(input, c))),
    refreshProviderTokens: (input) => run(async (c) => first(await providers.refreshProviderTokens.run(input, c)).refreshed),
    providerTokens: (providerId) => run(async (c) => first(await providers.linkedProviderTokens.run({ providerId }, c))),
    unlinkProvider: (providerId) => run(async (c) => first(await providers.unlinkProvider.run({ providerId }, c)).unlinked),
    mfaFactors: () => run((c) => mfa.listMfaFactors.run({ userUuid }, c)),
    enrolTotp: () => run(async (c) => first(await mfa.enrolTotp.run(undefined, c)).otpauth_uri),
    confirmTotp: (code) => run(async (c) => first(await mfa.confirmTotp.run({ code }, c)).enabled),
    disableTotp: (code) => run(async (c) => first(await mfa.disableTotp.run({ code }, c)).disabled),
    generateRecoveryCodes: (code) => run(async (c) => (await mfa.generateRecoveryCodes.run({ code }, c)).map((r) => r.code)),
    auditEvents: ({ limit = 50, before } = {}) =>
      run((c) =>
        before
          ? audit.listAuditEvents.run({ userUuid, limit, before: { eventAt: before.event_at, id: before.id } }, c)
          : audit.listRecentAuditEvents.run({ userUuid, limit }, c),
      ),
    changePassword: (oldPassword, newPassword) =>
      run(async (c) => first(await auth.changePassword.run({ oldPassword, newPassword }, c)).changed),
    deactivateAccount: (reason) => run(async (c) => first(await status.deactivateMyAccount.run({ reason }, c)).changed),
    transaction: run,
  };
}

export function createIdentityClient(options: IdentityClientOptions): IdentityClient {
  const ownsPool = !('pool' in options);
  const pool = 'pool' in options ? options.pool : new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  const runner = (role: SessionRole, userUuid?: string, pwdVersion?: string | null) => {
    const session: Session = {
      role,
      ...(userUuid ? { userUuid } : {}),
      ...(options.tokenKeys ? { tokenKeys: options.tokenKeys } : {}),
      ...(pwdVersion ? { pwdVersion } : {}),
    };
    return <T>(work: (client: SessionClient) => Promise<T>) => inSession(pool, session, work);
  };
  const anonymous = runner('app_anonymous');
  return {
    register: (input) => anonymous(async (c) => first(await auth.registerUser.run(input, c))),
    authenticate: (input) => anonymous(async (c) => (await auth.authenticate.run(input, c))[0]),
    completeMfaLogin: (input) => anonymous(async (c) => (await auth.completeMfaLogin.run(input, c))[0]),
    verifyEmail: (token) => anonymous(async (c) => first(await emails.verifyEmail.run({ token }, c)).verified),
    requestPasswordReset: (email) => anonymous(async (c) => first(await auth.requestPasswordReset.run({ email }, c))),
    resetPassword: (token, newPassword) => anonymous(async (c) => first(await auth.resetPassword.run({ token, newPassword }, c)).reset),
    asUser: (userUuid, session) => userScope(runner('app_user', userUuid, session?.pwdVersion), userUuid),
    asAdmin(adminUserUuid, session) {
      const run = runner('app_admin', adminUserUuid, session?.pwdVersion);
      return {
        ...userScope(run, adminUserUuid),
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
      };
    },
    end: async () => {
      if (ownsPool) await pool.end();
    },
  };
}
