// The typed client, imported the way applications import it: through the package's own export.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import * as db from 'zapatos/db';
import type * as s from 'zapatos/schema';
import { createIdentityClient, generateSigningKey, IdentityError, type IdentityClient, type IssuedSession, type MfaChallenge, type User } from 'pg-identity-kit';
import { TOTP, URI } from 'otpauth';
import type { IRegisterUserResult } from '../generated/auth.queries.ts';
import type { IListEmailsResult } from '../generated/emails.queries.ts';
import type { IFindUserByUuidResult, IListUsersByStatusParams } from '../generated/users.queries.ts';
import { createTestDatabase, grantAdminRole, type TestDatabase } from './support/database.ts';

let database: TestDatabase;
let identity: IdentityClient;
let superuser: pg.Client;
const password = 'correct horse battery staple';

beforeAll(async () => {
  database = await createTestDatabase();
  superuser = new pg.Client({ connectionString: database.superuserUrl });
  await superuser.connect();
  await superuser.query('update identity_private.auth_settings set bcrypt_cost = 4');
  identity = createIdentityClient({
    connectionString: database.authenticatorUrl,
    tokenKeys: 'k1=client-test-key-0123456789',
    signingKeys: JSON.stringify([generateSigningKey()]),
  });
});

afterAll(async () => {
  await identity?.end();
  await superuser?.end();
  await database?.drop();
});

const isSession = (result: IssuedSession | MfaChallenge | undefined): result is IssuedSession => !!result && 'accessToken' in result;

async function registerAndSignIn(name: string) {
  const user = await identity.register({ username: name, email: `${name}@example.com`, password });
  const result = await identity.authenticate({ login: name, password, ipAddress: '203.0.113.7', deviceFingerprint: `${name}-laptop` });
  if (!isSession(result)) throw new Error(`${name} did not sign in`);
  return { user, session: result };
}

describe('createIdentityClient', () => {
  test('register creates an account and returns its typed row', async () => {
    const user = await identity.register({ username: 'reg_ok', email: 'reg_ok@example.com', password, displayName: 'Reg' });
    expect(user.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expectTypeOf(user.created_at).toEqualTypeOf<Date>();
  });

  test('register accepts an email verified by another account as an unverified claim that neither signs in nor can be verified', async () => {
    await identity.register({ username: 'dup_a', email: 'dup@example.com', password });
    // Unverified, the address blocks nobody.
    await identity.register({ username: 'dup_c', email: 'dup@example.com', password });
    const owner = identity.asUser((await identity.authenticate({ login: 'dup_a', password })) as IssuedSession);
    await identity.verifyEmail((await owner.requestEmailVerification((await owner.emails())[0]!.id)).token!);
    // Verified by dup_a now: registering it again is no error either, so the answer tells nothing.
    const claimant = await identity.register({ username: 'dup_b', email: 'DUP@example.com', password: 'a different passphrase' });
    expect(claimant.uuid).toMatch(/^[0-9a-f-]{36}$/);
    // The address signs in to its verified owner only; the claimant signs in with the username.
    expect(await identity.authenticate({ login: 'dup@example.com', password: 'a different passphrase' })).toBeUndefined();
    const session = await identity.authenticate({ login: 'dup_b', password: 'a different passphrase' });
    if (!isSession(session)) throw new Error('dup_b did not sign in');
    expect(session.userUuid).toBe(claimant.uuid);
    const me = identity.asUser(session);
    const [claim] = await me.emails();
    expect(claim).toMatchObject({ email: 'dup@example.com', is_verified: false });
    // Its verification mail carries a decoy of the real shape, which verifies nothing.
    const mail = await me.requestEmailVerification(claim!.id);
    expect(mail).toMatchObject({ recipient: 'dup@example.com', token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    await expect(identity.verifyEmail(mail.token!)).rejects.toMatchObject({ code: 'TOKEN' });
    expect((await me.emails())[0]).toMatchObject({ is_verified: false });
  });

  test('register reports a taken username as IdentityError UNTKN, after the call\'s throttle count is committed', async () => {
    await identity.register({ username: 'Name_Owner', email: 'name_owner@example.com', password });
    const error = await identity.register({ username: 'name_OWNER', email: 'name_probe@example.com', password }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityError);
    expect((error as IdentityError).code).toBe('UNTKN');
    expect((error as IdentityError).isIdentityCode).toBe(true);
    const { rows } = await superuser.query(
      `select hits from identity_private.throttle_counters where bucket = 'register_user' and value = 'name_probe@example.com'`,
    );
    expect(rows).toEqual([{ hits: 1 }]);
    expect((await superuser.query(`select 1 from identity.user_emails where email = 'name_probe@example.com'`)).rows).toHaveLength(0);
  });

  test('register reports a weak password with code WEAKP', async () => {
    await expect(identity.register({ username: 'weak', email: 'weak@example.com', password: 'short' })).rejects.toMatchObject({
      code: 'WEAKP',
    });
  });

  test('authenticate returns a session (access token, refresh token, expiry) for the right password and undefined otherwise', async () => {
    const { user, session } = await registerAndSignIn('auth_ok');
    expect(session).toMatchObject({ role: 'app_user', userUuid: user.uuid, aal: 1, sessionId: expect.any(String), refreshToken: expect.any(String) });
    expect(session.accessToken.split('.')).toHaveLength(3);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await identity.authenticate({ login: 'auth_ok', password: 'wrong password here' })).toBeUndefined();
    expect(await identity.authenticate({ login: 'nobody_here', password })).toBeUndefined();
  });

  test("a device token keeps the owner's device signing in while wrong passwords from elsewhere lock the account", async () => {
    const { session } = await registerAndSignIn('device_keeper');
    expect(session.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (let i = 0; i < 5; i += 1) {
      expect(await identity.authenticate({ login: 'device_keeper', password: `wrong guess ${i}`, ipAddress: '203.0.113.99' })).toBeUndefined();
    }
    expect(await identity.authenticate({ login: 'device_keeper', password })).toBeUndefined();
    const again = await identity.authenticate({ login: 'device_keeper', password, deviceToken: session.deviceToken });
    expect(isSession(again) && again.deviceToken).toBeNull();
    expect(isSession(again)).toBe(true);
  });
});

describe('asUser', () => {
  test('reads the user, profile, emails, roles, devices, providers and audit events of that user', async () => {
    const { user, session } = await registerAndSignIn('scope_me');
    const me = identity.asUser(session);
    const current = await me.currentUser();
    expect(current?.uuid).toBe(user.uuid);
    expectTypeOf(current).toEqualTypeOf<User | undefined>();
    expect((await me.profile())?.username).toBe('scope_me');
    expect((await me.emails()).map((e) => [e.email, e.is_primary])).toEqual([['scope_me@example.com', true]]);
    expect((await me.roles()).map((r) => r.role_name)).toEqual(['user']);
    expect((await me.devices()).map((d) => d.device_fingerprint)).toEqual(['scope_me-laptop']);
    expect(await me.linkedProviders()).toEqual([]);
    const events = (await me.auditEvents()).map((e) => e.event_type);
    expect(events).toEqual(['login_success', 'device_new', 'register']);
  });

  test('pages audit events newest first with a before cursor', async () => {
    const { session } = await registerAndSignIn('pager');
    for (let i = 0; i < 3; i++) await identity.authenticate({ login: 'pager', password });
    const me = identity.asUser(session);
    const all = await me.auditEvents({ limit: 100 });
    const first = await me.auditEvents({ limit: 2 });
    const second = await me.auditEvents({ limit: 2, before: first[1]! });
    expect([...first, ...second].map((e) => e.id)).toEqual(all.slice(0, 4).map((e) => e.id));
  });

  test('updates the own profile and rejects a bio over 2000 characters with 23514', async () => {
    const { user, session } = await registerAndSignIn('profiler');
    const me = identity.asUser(session);
    const updated = await me.updateProfile({ displayName: 'Pro Filer', bio: 'hello', avatarObjectKey: 'avatars/p.png' });
    expect(updated).toMatchObject({ display_name: 'Pro Filer', bio: 'hello' });
    await expect(me.updateProfile({ displayName: 'x', bio: 'b'.repeat(2001) })).rejects.toMatchObject({
      code: '23514',
      constraint: 'user_profiles_bio_length',
    });
  });

  test('a session signed in over 10 minutes ago gets REAUT for a security setting until reauthenticate confirms the password', async () => {
    const { session } = await registerAndSignIn('reauther');
    const me = identity.asUser(session);
    await superuser.query(`update identity.user_sessions set authenticated_at = now() - interval '11 minutes' where id = $1`, [session.sessionId]);
    await expect(me.addEmail('reauther.second@example.com')).rejects.toMatchObject({ code: 'REAUT' });
    expect(await me.reauthenticate('not the password')).toBe(false);
    expect(await me.reauthenticate(password)).toBe(true);
    expect((await me.addEmail('reauther.second@example.com')).email).toBe('reauther.second@example.com');
  });

  test('renames and forgets own devices', async () => {
    const { user, session } = await registerAndSignIn('devicer');
    const me = identity.asUser(session);
    const [device] = await me.devices();
    expect((await me.renameDevice(device!.id, 'Work laptop'))?.device_name).toBe('Work laptop');
    expect(await me.forgetDevice(device!.id)).toBe(true);
    expect(await me.devices()).toEqual([]);
  });

  test('the database checks the session of every scope: refresh, sign-out, other sessions ending with a password change', async () => {
    const { user, session } = await registerAndSignIn('versioned');
    const other = await identity.authenticate({ login: 'versioned', password });
    if (!isSession(other)) throw new Error('no second session');
    const scoped = identity.asUser(session);
    expect((await scoped.currentUser())?.uuid).toBe(user.uuid);
    expect((await scoped.listSessions()).map((s) => [s.id, s.is_current])).toEqual(
      expect.arrayContaining([[session.sessionId, true], [other.sessionId, false]]),
    );
    expect(await scoped.changePassword(password, 'another fine password')).toBe(true);
    expect(await identity.asUser(other).currentUser()).toBeUndefined();
    expect((await scoped.currentUser())?.uuid).toBe(user.uuid);
    const next = await identity.refresh(session.refreshToken);
    expect(next.sessionId).toBe(session.sessionId);
    // An application that keeps only the access token passes it; the client verifies it with its keys.
    expect((await identity.asUser({ accessToken: next.accessToken }).currentUser())?.uuid).toBe(user.uuid);
    expect(await identity.asUser(next).signOut()).toBe(1);
    expect(await identity.asUser(next).currentUser()).toBeUndefined();
    await expect(identity.refresh(next.refreshToken)).rejects.toMatchObject({ code: 'RFTKN' });
    await expect(identity.refresh('garbage')).rejects.toBeInstanceOf(IdentityError);
    await expect(identity.asUser({ accessToken: 'a.b.c' }).currentUser()).rejects.toThrow(/access token/);
  });

  test('changePassword is true for the right old password and false otherwise', async () => {
    const { user, session } = await registerAndSignIn('changer');
    const me = identity.asUser(session);
    expect(await me.changePassword('not my password', 'a brand new password')).toBe(false);
    expect(await me.changePassword(password, 'a brand new password')).toBe(true);
    expect(await identity.authenticate({ login: 'changer', password: 'a brand new password' })).toBeDefined();
    await expect(me.changePassword('a brand new password', 'tiny')).rejects.toMatchObject({ code: 'WEAKP' });
  });

  test("a user cannot see or change another user's rows", async () => {
    const { session: alice } = await registerAndSignIn('alice_c');
    const { user: bob, session: bobSession } = await registerAndSignIn('bob_c');
    const bobDevice = (await identity.asUser(bobSession).devices())[0]!;
    // Alice's scope asking for Bob's rows: row-level security hides them.
    const asAlice = identity.asUser(alice);
    const peek = await asAlice.transaction((client) =>
      client.query('select count(*)::int as n from identity.user_emails where user_uuid = $1', [bob.uuid]),
    );
    expect(peek.rows[0].n).toBe(0);
    const forged = await asAlice.transaction((client) =>
      client.query('update identity.user_devices set device_name = $1 where id = $2', ['pwned', bobDevice.id]),
    );
    expect(forged.rowCount).toBe(0);
    const { rows } = await superuser.query('select device_name from identity.user_devices where id = $1', [bobDevice.id]);
    expect(rows[0].device_name).toBeNull();
  });

  test('Zapatos queries run inside the same role-setting transaction', async () => {
    const { session } = await registerAndSignIn('zapper');
    const rows = await identity.asUser(session).transaction((client) =>
      db.select('identity.user_emails', db.all, { columns: ['email', 'is_primary'] }).run(client),
    );
    expectTypeOf(rows).toEqualTypeOf<Pick<s.identity.user_emails.JSONSelectable, 'email' | 'is_primary'>[]>();
    expect(rows).toEqual([{ email: 'zapper@example.com', is_primary: true }]);
  });
});

describe('asAdmin', () => {
  test('an administrator finds any user and lists users by status and failed logins by IP', async () => {
    const { session: admin } = await registerAndSignIn('admin_c');
    await grantAdminRole(database.superuserUrl, admin.userUuid);
    const { user: target } = await registerAndSignIn('target_c');
    await identity.authenticate({ login: 'target_c', password: 'wrong password x', ipAddress: '198.51.100.9' });
    const asAdmin = identity.asAdmin(admin);
    expect((await asAdmin.findUserByEmail('TARGET_C@example.com'))?.uuid).toBe(target.uuid);
    expect((await asAdmin.findUserByUsername('Target_C'))?.uuid).toBe(target.uuid);
    expect((await asAdmin.usersByStatus('active')).map((u) => u.uuid)).toContain(target.uuid);
    const failures = await asAdmin.recentFailedLoginsByIp('198.51.100.9');
    expect(failures.map((f) => [f.user_uuid, f.reason])).toEqual([[target.uuid, 'wrong_password']]);
  });

  test('a session claiming app_admin without holding the admin role sees only its own rows', async () => {
    const { user: plain, session } = await registerAndSignIn('not_admin');
    await registerAndSignIn('other_one');
    const pretender = identity.asAdmin(session);
    expect(await pretender.findUserByUsername('other_one')).toBeUndefined();
    expect((await pretender.usersByStatus('active')).map((u) => u.uuid)).toEqual([plain.uuid]);
  });
});

describe('types', () => {
  test('client results have the generated row types', () => {
    const me = identity.asUser({ sessionId: '00000000-0000-4000-8000-000000000000', userUuid: '00000000-0000-4000-8000-000000000000' });
    expectTypeOf(me.currentUser).returns.resolves.toEqualTypeOf<IFindUserByUuidResult | undefined>();
    expectTypeOf(me.emails).returns.resolves.toEqualTypeOf<IListEmailsResult[]>();
    expectTypeOf(identity.register).returns.resolves.toEqualTypeOf<IRegisterUserResult>();
    expectTypeOf(identity.authenticate).returns.resolves.toEqualTypeOf<IssuedSession | MfaChallenge | undefined>();
    expectTypeOf<IFindUserByUuidResult['created_at']>().toEqualTypeOf<Date>();
    expectTypeOf<IListUsersByStatusParams['status']>().toEqualTypeOf<'active' | 'deactivated' | 'suspended'>();
  });

  test('wrong parameter types do not compile (checked by tsc --noEmit in npm test)', () => {
    // Never called: these lines exist for the type checker, which must reject each marked call.
    const neverRun = () => {
      // @ts-expect-error: username must be a string
      void identity.register({ username: 42, email: 'x@example.com', password });
      // @ts-expect-error: email is required
      void identity.register({ username: 'x', password });
      // @ts-expect-error: no such account status
      void identity.asAdmin({ accessToken: 'x' }).usersByStatus('banned');
      // @ts-expect-error: limit is a number
      void identity.asUser({ accessToken: 'x' }).auditEvents({ limit: '10' });
      // @ts-expect-error: a bare uuid is no session
      void identity.asUser('00000000-0000-4000-8000-000000000000');
    };
    expect(neverRun).toBeTypeOf('function');
  });
});

describe('account lifecycle', () => {
  test('adds, verifies, promotes and removes email addresses, with typed errors for the rules', async () => {
    const { user, session } = await registerAndSignIn('mailer');
    const me = identity.asUser(session);
    const added = await me.addEmail('Mailer.Two@example.com');
    expect(added).toMatchObject({ email: 'mailer.two@example.com', is_verified: false, is_primary: false });
    await expect(me.addEmail('not an email')).rejects.toMatchObject({ code: 'BADEM' });
    await expect(me.makeEmailPrimary(added.id)).rejects.toMatchObject({ code: 'EMUNV' });
    const { recipient, token } = await me.requestEmailVerification(added.id);
    expect(recipient).toBe('mailer.two@example.com');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(identity.verifyEmail(token!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).rejects.toMatchObject({ code: 'TOKEN' });
    expect(await identity.verifyEmail(token!)).toBe(true);
    await expect(identity.verifyEmail(token!)).rejects.toMatchObject({ code: 'TOKEN' });
    expect((await me.makeEmailPrimary(added.id)).is_primary).toBe(true);
    const original = (await me.emails()).find((e) => e.email === 'mailer@example.com')!;
    await expect(me.removeEmail(added.id)).rejects.toMatchObject({ code: 'EMPRM' });
    expect(await me.removeEmail(original.id)).toBe(true);
    expect((await me.emails()).map((e) => e.email)).toEqual(['mailer.two@example.com']);
  });

  test('resets a password with a mailed token and never says whether an address exists', async () => {
    const { session } = await registerAndSignIn('resetter');
    const unverified = await identity.requestPasswordReset('resetter@example.com');
    const decoy = await identity.requestPasswordReset('Nobody@Example.com');
    expect(decoy).toEqual({ recipient: 'nobody@example.com', token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    await expect(identity.resetPassword(decoy.token, 'a whole new password')).rejects.toMatchObject({ code: 'TOKEN' });
    await expect(identity.resetPassword(unverified.token, 'a whole new password')).rejects.toMatchObject({ code: 'TOKEN' });
    const me = identity.asUser(session);
    await identity.verifyEmail((await me.requestEmailVerification((await me.emails())[0]!.id)).token!);
    const { recipient, token } = await identity.requestPasswordReset('RESETTER@example.com');
    expect(recipient).toBe('resetter@example.com');
    await expect(identity.resetPassword(token!, 'short')).rejects.toMatchObject({ code: 'WEAKP' });
    expect(await identity.resetPassword(token!, 'a whole new password')).toBe(true);
    expect(await identity.authenticate({ login: 'resetter', password: 'a whole new password' })).toMatchObject({ role: 'app_user' });
    await expect(identity.resetPassword(token!, 'another new password')).rejects.toMatchObject({ code: 'TOKEN' });
  });

  test('links a provider with encrypted tokens that only the owner reads back', async () => {
    const { session } = await registerAndSignIn('linker');
    const { session: other } = await registerAndSignIn('other_linker');
    const me = identity.asUser(session);
    const link = await me.linkProvider({ providerName: 'github', externalUserId: 'gh-1', accessToken: 'gho_secret', refreshToken: 'ghr_secret' });
    expect(await me.linkedProviders()).toEqual([expect.objectContaining({ provider_name: 'github', external_user_id: 'gh-1' })]);
    expect(await me.providerTokens(link.id)).toMatchObject({ access_token: 'gho_secret', refresh_token: 'ghr_secret' });
    expect(await me.refreshProviderTokens({ providerId: link.id, accessToken: 'gho_new' })).toBe(true);
    expect(await me.providerTokens(link.id)).toMatchObject({ access_token: 'gho_new', refresh_token: 'ghr_secret' });
    await expect(identity.asUser(other).providerTokens(link.id)).rejects.toMatchObject({ code: 'PRVNF' });
    await expect(
      identity.asUser(other).linkProvider({ providerName: 'github', externalUserId: 'gh-1', accessToken: 'x' }),
    ).rejects.toMatchObject({ code: 'PRTKN' });
    const { rows } = await superuser.query('select access_token from identity.user_auth_providers where id = $1', [link.id]);
    expect((rows[0].access_token as Buffer).includes(Buffer.from('gho_new'))).toBe(false);
    expect(await me.unlinkProvider(link.id)).toBe(true);
    await expect(me.unlinkProvider(link.id)).rejects.toMatchObject({ code: 'PRVNF' });
  });

  test('without the encryption keys, linking a provider fails with KEYMS', async () => {
    const keyless = createIdentityClient({ connectionString: database.authenticatorUrl });
    try {
      await keyless.register({ username: 'keyless', email: 'keyless@example.com', password });
      const session = await identity.authenticate({ login: 'keyless', password });
      if (!isSession(session)) throw new Error('keyless did not sign in');
      await expect(keyless.asUser(session).linkProvider({ providerName: 'github', externalUserId: 'k', accessToken: 't' })).rejects.toMatchObject({
        code: 'KEYMS',
      });
    } finally {
      await keyless.end();
    }
  });

  test('enrols an authenticator app and signs in in two steps', async () => {
    const { user, session } = await registerAndSignIn('two_step');
    const me = identity.asUser(session);
    const totp = URI.parse(await me.enrolTotp()) as TOTP;
    // While enrolling, recovery codes need no authenticator code yet.
    const codes = await me.generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    // Stay clear of a window boundary, so that the next code is certainly fresh.
    if (30_000 - (Date.now() % 30_000) < 3000) await new Promise((r) => setTimeout(r, 3500));
    expect(await me.confirmTotp(totp.generate() === '000000' ? '111111' : '000000')).toBe(false);
    expect(await me.confirmTotp(totp.generate())).toBe(true);
    // Once enabled, replacing them takes a current code: without one, nothing changes.
    expect(await me.generateRecoveryCodes()).toEqual([]);
    const challenge = (await identity.authenticate({ login: 'two_step', password })) as MfaChallenge;
    expect(challenge).toEqual({ mfaChallenge: expect.any(String), expiresAt: expect.any(Date) });
    expect(await identity.completeMfaLogin({ mfaChallenge: challenge.mfaChallenge, code: 'WRONGCODEWRONGCO' })).toBeUndefined();
    const second = await identity.completeMfaLogin({ mfaChallenge: challenge.mfaChallenge, code: codes[0]! });
    expect(second).toMatchObject({ role: 'app_user', userUuid: user.uuid, aal: 2 });
    const again = (await identity.authenticate({ login: 'two_step', password })) as MfaChallenge;
    expect(await identity.completeMfaLogin({ mfaChallenge: again.mfaChallenge, code: codes[0]! })).toBeUndefined();
    expect((await me.mfaFactors()).map((f) => [f.factor_type, f.is_enabled])).toEqual([['totp', true]]);
  });

  test('an administrator grants roles and suspends accounts; a user deactivates themselves', async () => {
    const { session: admin } = await registerAndSignIn('boss');
    await grantAdminRole(database.superuserUrl, admin.userUuid);
    const { user: worker, session: workerSession } = await registerAndSignIn('worker');
    const boss = identity.asAdmin(admin);
    expect(await boss.grantRole(worker.uuid, 'admin')).toBe(true);
    expect(await boss.revokeRole(worker.uuid, 'admin')).toBe(true);
    await expect(boss.grantRole(worker.uuid, 'wizard')).rejects.toMatchObject({ code: 'ROLNF' });
    await expect(identity.asAdmin(workerSession).grantRole(worker.uuid, 'admin')).rejects.toMatchObject({ code: 'FORBD' });
    expect(await boss.setAccountStatus(worker.uuid, 'suspended', 'spam')).toBe(true);
    expect(await identity.authenticate({ login: 'worker', password })).toBeUndefined();
    expect(await identity.asUser(workerSession).currentUser()).toBeUndefined();
    expect(await boss.setAccountStatus(worker.uuid, 'active')).toBe(true);
    // Reactivation brings no session back: the worker signs in anew.
    expect(await identity.asUser(workerSession).currentUser()).toBeUndefined();
    const again = await identity.authenticate({ login: 'worker', password });
    if (!isSession(again)) throw new Error('worker did not sign in again');
    expect(await boss.revokeUserSessions(worker.uuid)).toBe(1);
    expect(await identity.asUser(again).currentUser()).toBeUndefined();
    const last = await identity.authenticate({ login: 'worker', password });
    if (!isSession(last)) throw new Error('worker did not sign in a third time');
    expect(await identity.asUser(last).deactivateAccount('leaving')).toBe(true);
    expect(await identity.authenticate({ login: 'worker', password })).toBeUndefined();
  });
});
