// Invariants that must hold when attackers (or two administrators) act at the same moment.
import pg from 'pg';
import { TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createIdentityClient, generateSigningKey, type IdentityClient, type IssuedSession, type MfaChallenge } from '../src/client/index.ts';
import { withClient } from '../src/db/connect.ts';
import { errorCodes, race } from './support/concurrency.ts';
import { createTestDatabase, grantAdminRole, openSession, type TestDatabase } from './support/database.ts';

let db: TestDatabase;
let identity: IdentityClient;
const password = 'correct horse battery staple';
const sql = (text: string, values: unknown[] = []) => withClient(db.superuserUrl, (c) => c.query(text, values));

beforeAll(async () => {
  db = await createTestDatabase();
  await sql('update identity_private.auth_settings set bcrypt_cost = 4, lockout_max_attempts = 3');
  identity = createIdentityClient({
    connectionString: db.authenticatorUrl,
    tokenKeys: 'k1=race-test-key-0123456789',
    signingKeys: JSON.stringify([generateSigningKey()]),
  });
});

afterAll(async () => {
  await identity?.end();
  await db?.drop();
});

async function auditCounts(userUuid: string): Promise<Record<string, number>> {
  const { rows } = await sql(
    `select event_type, count(*)::integer as n from identity.login_audit_logs where user_uuid = $1 group by 1`,
    [userUuid],
  );
  return Object.fromEntries(rows.map((r: { event_type: string; n: number }) => [r.event_type, r.n]));
}

test('ten wrong passwords fired at once are counted one by one: three failures, then locked, and the right password is refused', async () => {
  const user = await identity.register({ username: 'target', email: 'target@example.com', password });
  const results = await race(
    db,
    { table: 'identity.user_profiles', mode: 'access exclusive' },
    Array.from({ length: 10 }, (_, i) => ({
      settings: { role: 'app_anonymous' },
      run: async (client: pg.Client) =>
        (await client.query('select (identity.authenticate($1, $2)).user_uuid as u', ['target', `guess ${i}`])).rows[0].u,
    })),
  );
  expect(results.every((r) => r.status === 'fulfilled' && r.value === null)).toBe(true);
  expect(await auditCounts(user.uuid)).toMatchObject({ login_failure: 3, login_locked: 7 });
  expect(await identity.authenticate({ login: 'target', password })).toBeUndefined();
});

test('one recovery code presented by two racing second steps signs in only one of them', async () => {
  const user = await identity.register({ username: 'mfa_racer', email: 'mfa_racer@example.com', password });
  const me = identity.asUser((await identity.authenticate({ login: 'mfa_racer', password })) as IssuedSession);
  const totp = URI.parse(await me.enrolTotp()) as TOTP;
  const [code] = await me.generateRecoveryCodes();
  expect(await me.confirmTotp(totp.generate())).toBe(true);
  const challenges = [
    ((await identity.authenticate({ login: 'mfa_racer', password })) as MfaChallenge).mfaChallenge,
    ((await identity.authenticate({ login: 'mfa_racer', password })) as MfaChallenge).mfaChallenge,
  ];
  const results = await race(
    db,
    { table: 'identity_private.mfa_challenges', mode: 'access exclusive' },
    challenges.map((challenge) => ({
      settings: { role: 'app_anonymous' },
      run: async (client: pg.Client) =>
        (await client.query('select (identity.complete_mfa_login($1, $2)).user_uuid as u', [challenge, code])).rows[0].u,
    })),
  );
  const sessions = results.filter((r) => r.status === 'fulfilled' && r.value === user.uuid);
  expect(sessions).toHaveLength(1);
  expect(await auditCounts(user.uuid)).toMatchObject({ mfa_success: 1, mfa_failure: 1 });
});

test('two administrators suspending each other at once leave one of them active (the other gets LSTAD)', async () => {
  const a = await identity.register({ username: 'admin_a', email: 'admin_a@example.com', password });
  const b = await identity.register({ username: 'admin_b', email: 'admin_b@example.com', password });
  await grantAdminRole(db.superuserUrl, a.uuid, b.uuid);
  const sessions = new Map([a.uuid, b.uuid].map((uuid) => [uuid, '']));
  for (const uuid of sessions.keys()) sessions.set(uuid, await openSession(db.superuserUrl, uuid));
  const results = await race(
    db,
    { table: 'identity.user_status', mode: 'access exclusive' },
    [
      [a.uuid, b.uuid],
      [b.uuid, a.uuid],
    ].map(([actor, target]) => ({
      settings: { role: 'app_admin', 'jwt.claims.user_uuid': actor!, 'jwt.claims.session_id': sessions.get(actor!)! },
      run: async (client: pg.Client) =>
        (await client.query(`select identity.set_account_status($1, 'suspended', 'coup') as changed`, [target])).rows[0].changed,
    })),
  );
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  expect(errorCodes(results)).toEqual(['LSTAD']);
  const { rows } = await sql(`select count(*)::integer as n from identity.user_status where user_uuid = any($1) and status = 'active'`, [
    [a.uuid, b.uuid],
  ]);
  expect(rows[0].n).toBe(1);
});

test('a sign-in that checked the old password while a reset was committing is turned away', async () => {
  const user = await identity.register({ username: 'resettee', email: 'resettee@example.com', password });
  // Hold the account's lockout lock, as a password reset does while it commits.
  const holder = new pg.Client({ connectionString: db.superuserUrl });
  const signer = new pg.Client({ connectionString: db.authenticatorUrl });
  await Promise.all([holder.connect(), signer.connect()]);
  try {
    await holder.query('begin');
    await holder.query(`select identity_private.lock_login_key(('account:' || $1)::citext)`, [user.uuid]);
    await signer.query('begin');
    await signer.query(`select set_config('role', 'app_anonymous', true)`);
    const signIn = signer.query('select (identity.authenticate($1, $2)).user_uuid as u', ['resettee', password]);
    for (let i = 0; ; i++) {
      const { rows } = await holder.query(
        `select count(*)::int as n from pg_stat_activity where usename = 'app_authenticator' and wait_event_type = 'Lock'`,
      );
      if (rows[0].n > 0) break;
      if (i > 500) throw new Error('the sign-in never waited for the lock');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The sign-in has checked the old password and waits; the reset writes the new hash and commits.
    await holder.query(
      `update identity_private.user_credentials set password_hash = crypt('the new password', gen_salt('bf', 4)), password_changed_at = clock_timestamp()
       where user_uuid = $1`,
      [user.uuid],
    );
    await holder.query('commit');
    expect((await signIn).rows[0].u).toBeNull();
    await signer.query('commit');
  } finally {
    await Promise.all([holder.end(), signer.end()]);
  }
  expect(await auditCounts(user.uuid)).toMatchObject({ login_failure: 1 });
  expect(await auditCounts(user.uuid)).not.toHaveProperty('login_success');
});

test('a second step started before a password reset no longer completes the sign-in', async () => {
  await identity.register({ username: 'mfa_reset', email: 'mfa_reset@example.com', password });
  const me = identity.asUser((await identity.authenticate({ login: 'mfa_reset', password })) as IssuedSession);
  const totp = URI.parse(await me.enrolTotp()) as TOTP;
  if (30_000 - (Date.now() % 30_000) < 3000) await new Promise((r) => setTimeout(r, 3500));
  expect(await me.confirmTotp(totp.generate())).toBe(true);
  const challenge = ((await identity.authenticate({ login: 'mfa_reset', password })) as MfaChallenge).mfaChallenge;
  await identity.verifyEmail((await me.requestEmailVerification((await me.emails())[0]!.id)).token!);
  const { token } = await identity.requestPasswordReset('mfa_reset@example.com');
  expect(await identity.resetPassword(token, 'a new password after all')).toBe(true);
  const next = totp.generate({ timestamp: Date.now() + 30_000 });
  expect(await identity.completeMfaLogin({ mfaChallenge: challenge, code: next })).toBeUndefined();
});
