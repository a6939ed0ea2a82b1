// Issue 10, points 4 and 5 over real HTTP, written as the attack: a stolen session changes no security
// setting without the password; a flood from one client address reaches bcrypt a bounded number of
// times and writes a bounded number of audit rows. Client addresses come from X-Forwarded-For (trusted
// proxy), so each test floods from an address of its own.
import { TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newAccount, startApiUnderTest, type ApiUnderTest } from './support/graphql.ts';

let t: ApiUnderTest;
beforeAll(async () => {
  t = await startApiUnderTest({ trustProxy: true });
});
afterAll(async () => {
  await t?.close();
});

async function post(query: string, variables: Record<string, unknown>, from: string, token?: string) {
  const response = await fetch(`${t.api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': from,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const REGISTER = 'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { result { uuid } } }';
const AUTHENTICATE = 'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken mfaChallenge } }';
const COMPLETE = 'mutation($c: String!, $code: String!) { completeMfaLogin(input: {mfaChallenge: $c, code: $code}) { accessToken } }';

async function signedIn(label: string, from: string) {
  const account = newAccount(label);
  const registered = await post(REGISTER, { u: account.username, e: account.email, p: account.password }, from);
  expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
  const session = await post(AUTHENTICATE, { l: account.username, p: account.password }, from);
  return { ...account, uuid: registered.data.registerUser.result.uuid as string, token: session.data.authenticate.accessToken as string };
}

const auditFrom = async (ip: string) =>
  (await t.sql(`select event_type from identity.login_audit_logs where ip_address = $1::inet`, [ip])).map((r: { event_type: string }) => r.event_type);

describe('a stolen session', () => {
  test('signed in more than 10 minutes ago, it can neither add an email nor enrol an authenticator app until reauthenticate', async () => {
    const victim = await signedIn('stolen', '198.51.100.20');
    await t.sql(`update identity.user_sessions set authenticated_at = now() - interval '11 minutes' where user_uuid = $1`, [victim.uuid]);
    const add = await post('mutation { addEmail(input: {email: "attacker@example.com"}) { clientMutationId } }', {}, '198.51.100.21', victim.token);
    expect(add.errors?.[0]?.extensions?.code).toBe('REAUT');
    const enrol = await post('mutation { enrolTotp(input: {}) { result } }', {}, '198.51.100.21', victim.token);
    expect(enrol.errors?.[0]?.extensions?.code).toBe('REAUT');
    expect(await t.sql(`select 1 from identity.user_emails where email = 'attacker@example.com'`)).toHaveLength(0);

    const REAUTH = 'mutation($p: String!) { reauthenticate(input: {password: $p}) { result } }';
    expect((await post(REAUTH, { p: 'not the password' }, '198.51.100.21', victim.token)).data.reauthenticate.result).toBe(false);
    expect((await post(REAUTH, { p: victim.password }, '198.51.100.20', victim.token)).data.reauthenticate.result).toBe(true);
    const again = await post('mutation { addEmail(input: {email: "second@example.com"}) { clientMutationId } }', {}, '198.51.100.20', victim.token);
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    const events = (await t.sql(`select event_type from identity.login_audit_logs where user_uuid = $1 order by id`, [victim.uuid]))
      .map((r: { event_type: string }) => r.event_type);
    expect(events).toEqual(expect.arrayContaining(['login_failure', 'reauthenticated', 'email_added']));
  });
});

describe('floods from one client address', () => {
  test('100 completeMfaLogin attempts with wrong codes write a bounded number of audit rows', async () => {
    const owner = await signedIn('mfa_flood', '198.51.100.30');
    const enrol = await post('mutation { enrolTotp(input: {}) { result } }', {}, '198.51.100.30', owner.token);
    const totp = URI.parse(enrol.data.enrolTotp.result) as TOTP;
    if (30_000 - (Date.now() % 30_000) < 3000) await new Promise((r) => setTimeout(r, 3500));
    const confirm = await post('mutation($code: String!) { confirmTotp(input: {code: $code}) { result } }', { code: totp.generate() }, '198.51.100.30', owner.token);
    expect(confirm.data.confirmTotp.result).toBe(true);
    const first = await post(AUTHENTICATE, { l: owner.username, p: owner.password }, '198.51.100.30');
    const challenge = first.data.authenticate.mfaChallenge as string;
    expect(challenge).toMatch(/^\d+\./);

    const attacker = '203.0.113.50';
    for (let i = 0; i < 100; i += 1) {
      const answer = await post(COMPLETE, { c: challenge, code: String(100000 + i) }, attacker);
      expect(answer.data.completeMfaLogin).toBeNull();
    }
    const rows = await auditFrom(attacker);
    // 10 attempts per account and window reach the check (mfa_failure, then login_locked), one row records
    // the account's throttling and one the client's: 12, not 100.
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(rows.filter((r) => r === 'throttled').length).toBeGreaterThanOrEqual(1);
  });

  test('a flood of sign-ins is refused before bcrypt once over the per-client limit, while others still sign in', async () => {
    const attacker = '203.0.113.60';
    for (let i = 0; i < 80; i += 1) {
      const answer = await post(AUTHENTICATE, { l: `sprayed${i}@example.com`, p: 'Summer2024!' }, attacker);
      expect(answer.data.authenticate).toBeNull();
    }
    const rows = await auditFrom(attacker);
    // Each login_failure row is one bcrypt computation; the throttled ones do none and share one row.
    expect(rows.filter((r) => r === 'login_failure')).toHaveLength(60);
    expect(rows.filter((r) => r === 'throttled')).toHaveLength(1);
    expect(rows).toHaveLength(61);
    const bystander = await signedIn('bystander', '198.51.100.61');
    expect(bystander.token).toEqual(expect.any(String));
  });
});

// Issue 10, point 6 over real HTTP, written as the attack: five wrong passwords from anywhere locked the
// account for everyone, its owner included.
describe('lockout per device (OWASP device cookie)', () => {
  const SIGN_IN = 'mutation($l: String!, $p: String!, $d: String) { authenticate(input: {login: $l, password: $p, deviceToken: $d}) { accessToken deviceToken } }';

  test("the lockout from an unknown device while the owner's device still signs in", async () => {
    const owner = newAccount('device_owner');
    const home = '198.51.100.90';
    expect((await post(REGISTER, { u: owner.username, e: owner.email, p: owner.password }, home)).errors).toBeUndefined();
    const first = await post(SIGN_IN, { l: owner.username, p: owner.password, d: null }, home);
    const deviceToken = first.data.authenticate.deviceToken as string;
    expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const attacker = '203.0.113.90';
    for (let i = 0; i < 5; i += 1) {
      expect((await post(SIGN_IN, { l: owner.username, p: `wrong guess ${i}`, d: null }, attacker)).data.authenticate).toBeNull();
    }
    // The account is locked for every caller without a device token, even with the right password...
    expect((await post(SIGN_IN, { l: owner.username, p: owner.password, d: null }, '203.0.113.91')).data.authenticate).toBeNull();
    // ...but the owner's device, which signed in before, still signs in, and its token stays valid.
    const again = await post(SIGN_IN, { l: owner.username, p: owner.password, d: deviceToken }, home);
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    expect(again.data.authenticate.accessToken).toEqual(expect.any(String));
    expect(again.data.authenticate.deviceToken).toBeNull();

    // A device token of another account does not help.
    const other = newAccount('device_other');
    await post(REGISTER, { u: other.username, e: other.email, p: other.password }, attacker);
    const otherToken = (await post(SIGN_IN, { l: other.username, p: other.password, d: null }, attacker)).data.authenticate.deviceToken;
    expect(otherToken).toEqual(expect.any(String));
    expect((await post(SIGN_IN, { l: owner.username, p: owner.password, d: otherToken }, attacker)).data.authenticate).toBeNull();

    // A stolen token with wrong passwords locks that device, under its own key.
    for (let i = 0; i < 5; i += 1) {
      expect((await post(SIGN_IN, { l: owner.username, p: `stolen guess ${i}`, d: deviceToken }, attacker)).data.authenticate).toBeNull();
    }
    expect((await post(SIGN_IN, { l: owner.username, p: owner.password, d: deviceToken }, home)).data.authenticate).toBeNull();
    const counters = await t.sql(
      `select a.identifier::text, a.failed_count from identity_private.login_attempts a
       where a.identifier = 'account:' || $1 or a.identifier in (
         select 'device:' || d.id from identity.user_devices d where d.user_uuid = $1::uuid)
       order by 1`,
      [(await t.sql(`select user_uuid from identity.user_profiles where username = $1`, [owner.username]))[0].user_uuid],
    );
    expect(counters.map((c: { identifier: string; failed_count: number }) => [c.identifier.split(':')[0], c.failed_count])).toEqual([
      ['account', 5],
      ['device', 5],
    ]);
  });
});

// Issue 10, point 5: a call that raised rolled its own throttle count back, so failing calls were never
// throttled. Now they answer without a database error and their count stays.
describe('failing calls keep their throttle count', () => {
  test('20 bad verifyEmail tokens from one client answer TOKEN, the 21st THROT', async () => {
    const from = '203.0.113.95';
    const VERIFY = 'mutation($t: String!) { verifyEmail(input: {token: $t}) { result } }';
    for (let i = 0; i < 20; i += 1) {
      const answer = await post(VERIFY, { t: `not-a-token-${i}-${'x'.repeat(30)}` }, from);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer)).toBe('TOKEN');
    }
    const refused = await post(VERIFY, { t: 'x'.repeat(43) }, from);
    expect(refused.errors?.[0]?.extensions?.code).toBe('THROT');
  });

  test('20 bad resetPassword tokens from one client answer TOKEN, the 21st THROT', async () => {
    const from = '203.0.113.96';
    const RESET = 'mutation($t: String!) { resetPassword(input: {token: $t, newPassword: "a fine new password 7"}) { result } }';
    for (let i = 0; i < 20; i += 1) {
      expect((await post(RESET, { t: `not-a-token-${i}-${'x'.repeat(30)}` }, from)).errors?.[0]?.extensions?.code).toBe('TOKEN');
    }
    expect((await post(RESET, { t: 'x'.repeat(43) }, from)).errors?.[0]?.extensions?.code).toBe('THROT');
  });

  test('addEmail does not tell whether another account verified an address, and every call counts', async () => {
    const victim = await signedIn('verified_victim', '198.51.100.97');
    await t.sql(`update identity.user_emails set is_verified = true where user_uuid = $1`, [victim.uuid]);
    const mallory = await signedIn('prober', '203.0.113.97');
    const ADD = 'mutation($e: String!) { addEmail(input: {email: $e}) { result { isVerified } } }';
    const taken = await post(ADD, { e: victim.email.toUpperCase() }, '203.0.113.97', mallory.token);
    const free = await post(ADD, { e: 'nobody.has.this@example.com' }, '203.0.113.97', mallory.token);
    expect(taken).toEqual(free);
    expect(taken.data.addEmail.result.isVerified).toBe(false);
    for (let i = 0; i < 3; i += 1) {
      expect((await post(ADD, { e: victim.email }, '203.0.113.97', mallory.token)).errors).toBeUndefined();
    }
    expect((await post(ADD, { e: victim.email }, '203.0.113.97', mallory.token)).errors?.[0]?.extensions?.code).toBe('THROT');
  });
});

// Issue 10, points 1 and 5 over real HTTP, written as the attack: registerUser answered EMTKN for an address
// another account verified and UNTKN for a taken username, both database errors that rolled the call's
// throttle count back, so one client probed addresses and usernames without limit (30 calls: 30 answers).
describe('registerUser is no unthrottled oracle', () => {
  test('a flood with a taken username answers UNTKN 20 times from one client, then THROT', async () => {
    const owner = await signedIn('name_owner', '198.51.100.98');
    const from = '203.0.113.98';
    for (let i = 0; i < 20; i += 1) {
      const answer = await post(REGISTER, { u: owner.username, e: `probe${i}.${owner.username}@example.com`, p: owner.password }, from);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer)).toBe('UNTKN');
      expect(answer.data?.registerUser ?? null).toBeNull();
    }
    expect((await post(REGISTER, { u: owner.username, e: `probe20.${owner.username}@example.com`, p: owner.password }, from)).errors?.[0]?.extensions?.code).toBe(
      'THROT',
    );
    expect(await t.sql(`select 1 from identity.user_emails where email like 'probe%.' || $1 || '@example.com'`, [owner.username])).toHaveLength(0);
  });

  test('a flood with an address another account verified answers like any registration, 5 per address and minute, then THROT', async () => {
    const owner = await signedIn('address_owner', '198.51.100.99');
    await t.sql(`update identity.user_emails set is_verified = true where user_uuid = $1`, [owner.uuid]);
    // The owner's own registration counted once for the address: start the window afresh.
    await t.sql(`delete from identity_private.throttle_counters where value = $1`, [owner.email]);
    const from = '203.0.113.99';
    const claimants = [];
    for (let i = 0; i < 5; i += 1) {
      const claimant = newAccount('claimant');
      const answer = await post(REGISTER, { u: claimant.username, e: owner.email.toUpperCase(), p: claimant.password }, from);
      expect(answer.errors, JSON.stringify(answer)).toBeUndefined();
      claimants.push({ ...claimant, uuid: answer.data.registerUser.result.uuid as string });
    }
    const sixth = newAccount('claimant');
    expect((await post(REGISTER, { u: sixth.username, e: owner.email, p: sixth.password }, from)).errors?.[0]?.extensions?.code).toBe('THROT');

    const claims = await t.sql(`select user_uuid, is_verified from identity.user_emails where email = $1`, [owner.email]);
    expect(claims).toHaveLength(6);
    expect(claims.filter((c: { is_verified: boolean }) => c.is_verified)).toEqual([{ user_uuid: owner.uuid, is_verified: true }]);
    // A claimant signs in with the username only: the address signs in to its verified owner.
    const [claimant] = claimants;
    expect((await post(AUTHENTICATE, { l: owner.email, p: claimant!.password }, from)).data.authenticate).toBeNull();
    expect((await post(AUTHENTICATE, { l: claimant!.username, p: claimant!.password }, from)).data.authenticate.accessToken).toEqual(expect.any(String));
    expect((await post(AUTHENTICATE, { l: owner.email, p: owner.password }, '198.51.100.99')).data.authenticate.accessToken).toEqual(expect.any(String));
  });
});
