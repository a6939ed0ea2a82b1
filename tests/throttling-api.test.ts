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
  (await t.sql(`select event_type from app_public.login_audit_logs where ip_address = $1::inet`, [ip])).map((r: { event_type: string }) => r.event_type);

describe('a stolen session', () => {
  test('signed in more than 10 minutes ago, it can neither add an email nor enrol an authenticator app until reauthenticate', async () => {
    const victim = await signedIn('stolen', '198.51.100.20');
    await t.sql(`update app_public.user_sessions set authenticated_at = now() - interval '11 minutes' where user_uuid = $1`, [victim.uuid]);
    const add = await post('mutation { addEmail(input: {email: "attacker@example.com"}) { clientMutationId } }', {}, '198.51.100.21', victim.token);
    expect(add.errors?.[0]?.extensions?.code).toBe('REAUT');
    const enrol = await post('mutation { enrolTotp(input: {}) { result } }', {}, '198.51.100.21', victim.token);
    expect(enrol.errors?.[0]?.extensions?.code).toBe('REAUT');
    expect(await t.sql(`select 1 from app_public.user_emails where email = 'attacker@example.com'`)).toHaveLength(0);

    const REAUTH = 'mutation($p: String!) { reauthenticate(input: {password: $p}) { result } }';
    expect((await post(REAUTH, { p: 'not the password' }, '198.51.100.21', victim.token)).data.reauthenticate.result).toBe(false);
    expect((await post(REAUTH, { p: victim.password }, '198.51.100.20', victim.token)).data.reauthenticate.result).toBe(true);
    const again = await post('mutation { addEmail(input: {email: "second@example.com"}) { clientMutationId } }', {}, '198.51.100.20', victim.token);
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    const events = (await t.sql(`select event_type from app_public.login_audit_logs where user_uuid = $1 order by id`, [victim.uuid]))
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
