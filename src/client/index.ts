// The typed client applications import: the generated PgTyped queries, run with the caller's identity.
import pg from 'pg';
import * as audit from '../../generated/audit.queries.ts';
import * as auth from '../../generated/auth.queries.ts';
import * as devices from '../../generated/devices.queries.ts';
import * as emails from '../../generated/emails.queries.ts';
import * as profiles from '../../generated/profiles.queries.ts';
import * as providers from '../../generated/providers.queries.ts';
import * as roles from '../../generated/roles.queries.ts';
import * as users from '../../generated/users.queries.ts';
import { inSession, type Session, type SessionClient } from './session.ts';

export { IdentityError, IDENTITY_ERROR_CODES, type IdentityErrorCode } from './errors.ts';
export { inSession, type Session, type SessionClient, type SessionRole } from './session.ts';

export type User = users.IFindUserByUuidResult;
export type Profile = profiles.IGetProfileResult;
export type Email = emails.IListEmailsResult;
export type UserRole = roles.IListUserRolesResult;
export type Device = devices.IListDevicesResult;
export type LinkedProvider = providers.IListLinkedProvidersResult;
export type AuditEvent = audit.IListAuditEventsResult;
export type FailedLogin = audit.IRecentFailedLoginsByIpResult;
export type UserWithStatus = users.IListUsersByStatusResult;
export type SessionToken = auth.IAuthenticateResult;
export type AccountStatus = users.IListUsersByStatusParams['status'];

export type IdentityClientOptions =
  | { pool: pg.Pool }
  /** app_authenticator's connection string: the client switches role per call. */
  | { connectionString: string; max?: number };

/** Calls made as one signed-in user: row-level security limits them to that user's rows. */
export interface UserScope {
  readonly userUuid: string;
  currentUser(): Promise<User | undefined>;
  profile(): Promise<Profile | undefined>;
  updateProfile(changes: Omit<profiles.IUpdateProfileParams, 'userUuid'>): Promise<Profile | undefined>;
  emails(): Promise<Email[]>;
  roles(): Promise<UserRole[]>;
  devices(): Promise<Device[]>;
  renameDevice(id: string, deviceName: string | null): Promise<Device | undefined>;
  forgetDevice(id: string): Promise<boolean>;
  linkedProviders(): Promise<LinkedProvider[]>;
  /** Newest first; pass the last event of a page as `before` to get the next one. */
  auditEvents(page?: { limit?: number; before?: Pick<AuditEvent, 'event_at' | 'id'> }): Promise<AuditEvent[]>;
  /** False when oldPassword is wrong. */
  changePassword(oldPassword: string, newPassword: string): Promise<boolean>;
  /** Runs your own queries (PgTyped or Zapatos) inside this user's session. */
  transaction<T>(work: (client: SessionClient) => Promise<T>): Promise<T>;
}

/** Calls made as an administrator (a user holding the `admin` role). */
export interface AdminScope extends UserScope {
  findUserByUuid(uuid: string): Promise<User | undefined>;
  findUserByEmail(email: string): Promise<User | undefined>;
  findUserByUsername(username: string): Promise<User | undefined>;
  usersByStatus(status: AccountStatus, limit?: number): Promise<UserWithStatus[]>;
  recentFailedLoginsByIp(ipAddress: string, withinSeconds?: number, limit?: number): Promise<FailedLogin[]>;
}

export interface IdentityClient {
  register(input: auth.IRegisterUserParams): Promise<auth.IRegisterUserResult>;
  /** A session token to sign, or undefined: the reason for a failure is never revealed. */
  authenticate(input: auth.IAuthenticateParams): Promise<SessionToken | undefined>;
  asUser(userUuid: string): UserScope;
  asAdmin(adminUserUuid: string): AdminScope;
  /** Closes the pool if the client created it. */
  end(): Promise<void>;
}

const ANONYMOUS: Session = { role: 'app_anonymous' };

function userScope(pool: pg.Pool, session: Session & { userUuid: string }): UserScope {
  const { userUuid } = session;
  const run = <T>(work: (client: SessionClient) => Promise<T>) => inSession(pool, session, work);
  return {
    userUuid,
    currentUser: () => run(async (c) => (await auth.currentUser.run(undefined, c))[0]),
    profile: () => run(async (c) => (await profiles.getProfile.run({ userUuid }, c))[0]),
    updateProfile: (changes) => run(async (c) => (await profiles.updateProfile.run({ ...changes, userUuid }, c))[0]),
    emails: () => run((c) => emails.listEmails.run({ userUuid }, c)),
    roles: () => run((c) => roles.listUserRoles.run({ userUuid }, c)),
    devices: () => run((c) => devices.listDevices.run({ userUuid }, c)),
    renameDevice: (id, deviceName) => run(async (c) => (await devices.renameDevice.run({ id, deviceName, userUuid }, c))[0]),
    forgetDevice: (id) => run(async (c) => (await devices.forgetDevice.run({ id, userUuid }, c)).length === 1),
    linkedProviders: () => run((c) => providers.listLinkedProviders.run({ userUuid }, c)),
    auditEvents: ({ limit = 50, before } = {}) =>
      run((c) =>
        before
          ? audit.listAuditEvents.run({ userUuid, limit, before: { eventAt: before.event_at, id: before.id } }, c)
          : audit.listRecentAuditEvents.run({ userUuid, limit }, c),
      ),
    changePassword: (oldPassword, newPassword) =>
      run(async (c) => (await auth.changePassword.run({ oldPassword, newPassword }, c))[0]!.changed),
    transaction: run,
  };
}

export function createIdentityClient(options: IdentityClientOptions): IdentityClient {
  const ownsPool = !('pool' in options);
  const pool = 'pool' in options ? options.pool : new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  return {
    register: (input) => inSession(pool, ANONYMOUS, async (c) => (await auth.registerUser.run(input, c))[0]!),
    authenticate: (input) => inSession(pool, ANONYMOUS, async (c) => (await auth.authenticate.run(input, c))[0]),
    asUser: (userUuid) => userScope(pool, { role: 'app_user', userUuid }),
    asAdmin(adminUserUuid) {
      const session = { role: 'app_admin', userUuid: adminUserUuid } as const;
      const run = <T>(work: (client: SessionClient) => Promise<T>) => inSession(pool, session, work);
      return {
        ...userScope(pool, session),
        findUserByUuid: (uuid) => run(async (c) => (await users.findUserByUuid.run({ uuid }, c))[0]),
        findUserByEmail: (email) => run(async (c) => (await users.findUserByEmail.run({ email }, c))[0]),
        findUserByUsername: (username) => run(async (c) => (await users.findUserByUsername.run({ username }, c))[0]),
        usersByStatus: (status, limit = 100) => run((c) => users.listUsersByStatus.run({ status, limit }, c)),
        recentFailedLoginsByIp: (ipAddress, withinSeconds = 3600, limit = 100) =>
          run((c) => audit.recentFailedLoginsByIp.run({ ipAddress, withinSeconds, limit }, c)),
      };
    },
    end: async () => {
      if (ownsPool) await pool.end();
    },
  };
}
