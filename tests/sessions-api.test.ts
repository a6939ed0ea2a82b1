// Sessions over real HTTP: refresh with rotation, racing tabs, reuse, sign-out scopes, where you are signed
// in, suspension, JWKS verification by an independent JOSE library, key rotation, and cookie mode.
import { createVerifier } from 'fast-jwt';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { createPublicKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGraphQLServer } from '../src/server/http.ts';
import { generateSigningKey, signingKeysFrom } from '../src/sessions/signing-keys.ts';
import { grantAdminRole } from './support/database.ts';
import { graphql, newAccount, startApiUnderTest, type ApiUnderTest } from './support/graphql.ts';

const SESSION_FIELDS = 'accessToken refreshToken expiresAt sessionId mfaChallenge';
const AUTHENTICATE = `mutation($login: String!, $password: String!) { authenticate(input: {login: $login, password: $password}) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(input: {refreshToken: $t}) { ${SESSION_FIELDS} } }`;
const SIGN_OUT = 'mutation($scope: SignOutScope) { signOut(input: {scope: $scope}) { endedSessions } }';
const ME = '{ currentUser { uuid } }';

interface Issued {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  sessionId: string;
}

let t: ApiUnderTest;

beforeAll(async () => {
  t = await startApiUnderTest();
});
afterAll(async () => {
  await t?.close();
});

async function registered(label: string, api = t) {
  const account = newAccount(label);
  const response = await graphql(api.api.url, 'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { result { uuid } } }', {
    variables: { u: account.username, e: account.email, p: account.password },
  });
  return { ...account, uuid: response.body.data.registerUser.result.uuid as string };
}

async function signIn(account: { username: string; password: string }, api = t): Promise<Issued> {
  const response = await graphql(api.api.url, AUTHENTICATE, { variables: { login: account.username, password: account.password } });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data.authenticate as Issued;
}

const refresh = (refreshToken: string, api = t) => graphql(api.api.url, REFRESH, { variables: { t: refreshToken } });
const me = async (accessToken: string, api = t) => (await graphql(api.api.url, ME, { token: accessToken })).body.data?.currentUser?.uuid ?? null;

describe('refresh', () => {
  test('a refresh returns a new access token and the next refresh token of the same session', async () => {
    const account = await registered('refresher');
    const first = await signIn(account);
    expect(first.refreshToken).toMatch(/^[0-9a-f-]{36}\.0\.[A-Za-z0-9_-]{43}$/);
    expect(new Date(first.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(300_000 + 1000);
    const next = await refresh(first.refreshToken);
    expect(next.body.errors).toBeUndefined();
    const issued = next.body.data.refreshSession as Issued;
    expect(issued.refreshToken).not.toBe(first.refreshToken);
    expect(issued.sessionId).toBe(first.sessionId);
    expect(decodeJwt(issued.accessToken)).toMatchObject({ sid: first.sessionId, sub: account.uuid });
    expect(await me(issued.accessToken)).toBe(account.uuid);
  });

  test('two tabs refreshing one token at once both succeed with the same successor inside the grace window', async () => {
    const account = await registered('two_tabs');
    const first = await signIn(account);
    const [a, b] = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(a.body.errors, JSON.stringify(a.body.errors)).toBeUndefined();
    expect(b.body.errors, JSON.stringify(b.body.errors)).toBeUndefined();
    expect(a.body.data.refreshSession.refreshToken).toBe(b.body.data.refreshSession.refreshToken);
    expect(await me(a.body.data.refreshSession.accessToken)).toBe(account.uuid);
    // Nobody was signed out: the successor goes on refreshing.
    expect((await refresh(a.body.data.refreshSession.refreshToken)).body.errors).toBeUndefined();
  });

  test('reusing a rotated-away token after the grace window revokes the session: its access and refresh tokens die', async () => {
    const account = await registered('reuser');
    const first = await signIn(account);
    const second = (await refresh(first.refreshToken)).body.data.refreshSession as Issued;
    await t.sql(`update identity.user_sessions set refreshed_at = now() - interval '11 seconds' where id = $1`, [first.sessionId]);
    const replay = await refresh(first.refreshToken);
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('RFTKN');
    expect(await me(second.accessToken)).toBeNull();
    expect((await refresh(second.refreshToken)).body.errors?.[0]?.extensions?.code).toBe('RFTKN');
    const audit = await t.sql(`select event_type from identity.login_audit_logs where user_uuid = $1 and event_type = 'refresh_token_reuse'`, [account.uuid]);
    expect(audit).toHaveLength(1);
  });

  test('malformed, unknown, forged, revoked and suspended-account refresh tokens all get the same answer', async () => {
    const account = await registered('bad_refresh');
    const live = await signIn(account);
    const revoked = await signIn(account);
    await graphql(t.api.url, SIGN_OUT, { token: revoked.accessToken, variables: { scope: 'LOCAL' } });
    const answers = [];
    for (const token of [
      'garbage',
      `${crypto.randomUUID()}.0.${'A'.repeat(43)}`,
      `${live.sessionId}.0.${'B'.repeat(43)}`,
      revoked.refreshToken,
    ]) {
      const response = await refresh(token);
      answers.push({ data: response.body.data, errors: response.body.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) });
    }
    await t.sql(`update identity.user_status set status = 'suspended' where user_uuid = $1`, [account.uuid]);
    const suspended = await refresh(live.refreshToken);
    answers.push({ data: suspended.body.data, errors: suspended.body.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) });
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.errors?.[0]?.code).toBe('RFTKN');
    expect(answers[0]!.data).toBeNull();
  });

  test('routine refreshes write no audit rows', async () => {
    const account = await registered('quiet');
    let issued = await signIn(account);
    const before = await t.sql('select count(*)::int as n from identity.login_audit_logs where user_uuid = $1', [account.uuid]);
    for (let i = 0; i < 5; i += 1) issued = (await refresh(issued.refreshToken)).body.data.refreshSession;
    const after = await t.sql('select count(*)::int as n from identity.login_audit_logs where user_uuid = $1', [account.uuid]);
    expect(after[0].n).toBe(before[0].n);
  });
});

describe('sign-out and revocation', () => {
  test('signing out refuses the old access token at its next request, and its refresh token', async () => {
    const account = await registered('signout');
    const session = await signIn(account);
    expect(await me(session.accessToken)).toBe(account.uuid);
    const out = await graphql(t.api.url, SIGN_OUT, { token: session.accessToken });
    expect(out.body.data).toEqual({ signOut: { endedSessions: 1 } });
    expect(await me(session.accessToken)).toBeNull();
    expect((await refresh(session.refreshToken)).body.errors?.[0]?.extensions?.code).toBe('RFTKN');
  });

  test('OTHERS ends every other session, GLOBAL all of them; revoking one session leaves the others alone', async () => {
    const account = await registered('scopes');
    const [a, b, c, d] = [await signIn(account), await signIn(account), await signIn(account), await signIn(account)];
    const revoke = await graphql(t.api.url, 'mutation($id: UUID!) { revokeSession(input: {sessionId: $id}) { result } }', {
      token: a.accessToken,
      variables: { id: d.sessionId },
    });
    expect(revoke.body.data).toEqual({ revokeSession: { result: true } });
    expect(await me(d.accessToken)).toBeNull();
    expect(await me(c.accessToken)).toBe(account.uuid);
    expect((await graphql(t.api.url, SIGN_OUT, { token: a.accessToken, variables: { scope: 'OTHERS' } })).body.data).toEqual({
      signOut: { endedSessions: 2 },
    });
    expect([await me(a.accessToken), await me(b.accessToken), await me(c.accessToken)]).toEqual([account.uuid, null, null]);
    const e = await signIn(account);
    expect((await graphql(t.api.url, SIGN_OUT, { token: e.accessToken, variables: { scope: 'GLOBAL' } })).body.data).toEqual({
      signOut: { endedSessions: 2 },
    });
    expect([await me(a.accessToken), await me(e.accessToken)]).toEqual([null, null]);
  });

  test('a user cannot revoke somebody else\'s session', async () => {
    const [mallory, victim] = [await registered('mallory'), await registered('victim')];
    const attacker = await signIn(mallory);
    const target = await signIn(victim);
    const response = await graphql(t.api.url, 'mutation($id: UUID!) { revokeSession(input: {sessionId: $id}) { result } }', {
      token: attacker.accessToken,
      variables: { id: target.sessionId },
    });
    expect(response.body.data).toEqual({ revokeSession: { result: false } });
    expect(await me(target.accessToken)).toBe(victim.uuid);
  });

  test('suspending then reactivating an account leaves its old tokens dead; an administrator ends all sessions of an account', async () => {
    const [admin, user] = [await registered('suspender'), await registered('suspended')];
    await grantAdminRole(t.db.superuserUrl, admin.uuid);
    const boss = await signIn(admin);
    const old = await signIn(user);
    const setStatus = (status: string) =>
      graphql(t.api.url, 'mutation($u: UUID!, $s: AccountStatus!) { setAccountStatus(input: {userUuid: $u, status: $s, reason: "test"}) { result } }', {
        token: boss.accessToken,
        variables: { u: user.uuid, s: status },
      });
    expect((await setStatus('suspended')).body.errors).toBeUndefined();
    expect((await setStatus('active')).body.errors).toBeUndefined();
    expect(await me(old.accessToken)).toBeNull();
    expect((await refresh(old.refreshToken)).body.errors?.[0]?.extensions?.code).toBe('RFTKN');
    const fresh = await signIn(user);
    expect(await me(fresh.accessToken)).toBe(user.uuid);
    const ended = await graphql(t.api.url, 'mutation($u: UUID!) { revokeUserSessions(input: {userUuid: $u}) { result } }', {
      token: boss.accessToken,
      variables: { u: user.uuid },
    });
    expect(ended.body.data).toEqual({ revokeUserSessions: { result: 1 } });
    expect(await me(fresh.accessToken)).toBeNull();
  });
});

describe('where you are signed in', () => {
  test('mySessions lists the live sessions with device, times, client address and user agent, and marks the current one', async () => {
    const account = await registered('lister');
    const login = (agent: string, fingerprint: string) =>
      fetch(`${t.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': agent },
        body: JSON.stringify({
          query: `mutation($l: String!, $p: String!, $f: String) { authenticate(input: {login: $l, password: $p, deviceFingerprint: $f}) { ${SESSION_FIELDS} } }`,
          variables: { l: account.username, p: account.password, f: fingerprint },
        }),
      }).then(async (r) => ((await r.json()) as any).data.authenticate as Issued);
    const laptop = await login('Laptop/1.0', 'fp-laptop');
    const phone = await login('Phone/2.0', 'fp-phone');
    const gone = await login('Old/0.1', 'fp-old');
    await graphql(t.api.url, SIGN_OUT, { token: gone.accessToken });
    const response = await graphql(
      t.api.url,
      '{ mySessions(first: 100) { nodes { rowId isCurrent deviceName createdAt refreshedAt expiresAt ipAddress userAgent aal } } }',
      { token: phone.accessToken },
    );
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    const nodes = response.body.data.mySessions.nodes as Record<string, unknown>[];
    expect(nodes.map((n) => n.rowId).sort()).toEqual([laptop.sessionId, phone.sessionId].sort());
    const current = nodes.find((n) => n.rowId === phone.sessionId)!;
    expect(current).toMatchObject({ isCurrent: true, userAgent: 'Phone/2.0', aal: 1, ipAddress: expect.stringMatching(/127\.0\.0\.1|::1/) });
    expect(nodes.find((n) => n.rowId === laptop.sessionId)).toMatchObject({ isCurrent: false, userAgent: 'Laptop/1.0' });
  });
});

describe('tokens other services verify', () => {
  test('an access token verifies against /.well-known/jwks.json with an independent JOSE library', async () => {
    const account = await registered('jwks');
    const session = await signIn(account);
    const response = await fetch(`${t.api.url}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const jwks = (await response.json()) as { keys: Record<string, string>[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: expect.any(String) });
    expect(jwks.keys.every((k) => !('d' in k)), 'the JWKS holds no private part').toBe(true);

    // fast-jwt (nearform's, behind @fastify/jwt) verifies with the JWKS key of the token's kid, as another
    // service would; Node's own crypto turns the JWK into the PEM fast-jwt takes.
    const { kid } = decodeProtectedHeader(session.accessToken);
    const jwk = jwks.keys.find((k) => k.kid === kid)!;
    const publicKey = createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
    const verify = createVerifier({ key: publicKey, algorithms: ['EdDSA'], allowedAud: 'pg-identity-kit', allowedIss: 'pg-identity-kit' });
    expect(verify(session.accessToken)).toMatchObject({ sub: account.uuid, sid: session.sessionId, role: 'app_user', aal: 1 });
    const [head, body] = session.accessToken.split('.');
    expect(() => verify(`${head}.${body}.${'A'.repeat(86)}`)).toThrow();
  });

  test('key rotation: a new key signs from the moment it is configured, the old key keeps verifying its tokens', async () => {
    const oldKey = generateSigningKey();
    const newKey = generateSigningKey();
    const before = await startApiUnderTest({ signingKeys: JSON.stringify([oldKey]) });
    try {
      const account = await registered('rotation', before);
      const oldSession = await signIn(account, before);
      expect(decodeProtectedHeader(oldSession.accessToken).kid).toBe(oldKey.kid);
      // The same database, a server configured with the new key first and the old one behind it.
      const rotated = await startGraphQLServer({
        authenticatorUrl: before.db.authenticatorUrl,
        signingKeys: await signingKeysFrom(JSON.stringify([newKey, oldKey])),
        production: false,
        port: 0,
        host: '127.0.0.1',
      });
      try {
        const api = { ...before, api: rotated };
        expect(await me(oldSession.accessToken, api)).toBe(account.uuid);
        const newSession = await signIn(account, api);
        expect(decodeProtectedHeader(newSession.accessToken).kid).toBe(newKey.kid);
        const jwks = (await (await fetch(`${rotated.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
        expect(jwks.keys.map((k) => k.kid)).toEqual([newKey.kid, oldKey.kid]);
        // A server that has dropped the old key no longer accepts its tokens.
        expect((await graphql(before.api.url, ME, { token: newSession.accessToken })).status).toBe(401);
      } finally {
        await rotated.close();
      }
    } finally {
      await before.close();
    }
  });
});

describe('cookie mode', () => {
  let c: ApiUnderTest;
  beforeAll(async () => {
    c = await startApiUnderTest({ sessionCookie: true });
  });
  afterAll(async () => {
    await c?.close();
  });

  const cookiesOf = (response: Response) => response.headers.getSetCookie();

  test('the refresh token travels only in an HttpOnly, Secure, SameSite=Strict cookie limited to the refresh route', async () => {
    const account = await registered('cookie', c);
    const response = await fetch(`${c.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: AUTHENTICATE, variables: { login: account.username, password: account.password } }),
    });
    const body = (await response.json()) as any;
    expect(body.data.authenticate).toMatchObject({ accessToken: expect.any(String), refreshToken: null });
    const cookies = cookiesOf(response);
    const refreshCookie = cookies.find((cookie) => cookie.startsWith('__Secure-idkit-refresh='))!;
    expect(refreshCookie).toMatch(/; Path=\/auth\/refresh;/);
    expect(refreshCookie).toMatch(/HttpOnly/);
    expect(refreshCookie).toMatch(/Secure/);
    expect(refreshCookie).toMatch(/SameSite=Strict/);
    const csrf = cookies.find((cookie) => cookie.startsWith('__Secure-idkit-csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/);

    const jar = cookies.map((cookie) => cookie.split(';')[0]).join('; ');
    const csrfToken = csrf.split(';')[0]!.split('=')[1]!;
    const noCsrf = await fetch(`${c.api.url}/auth/refresh`, { method: 'POST', headers: { cookie: jar } });
    expect(noCsrf.status).toBe(401);
    expect(((await noCsrf.json()) as any).errors[0].extensions.code).toBe('RFTKN');

    const refreshed = await fetch(`${c.api.url}/auth/refresh`, { method: 'POST', headers: { cookie: jar, 'x-csrf-token': csrfToken } });
    expect(refreshed.status).toBe(200);
    const issued = (await refreshed.json()) as any;
    expect(issued).toEqual({ accessToken: expect.any(String), expiresAt: expect.any(String), sessionId: body.data.authenticate.sessionId });
    expect(await me(issued.accessToken, c)).toBe(account.uuid);
    const rotated = cookiesOf(refreshed).find((cookie) => cookie.startsWith('__Secure-idkit-refresh='))!;
    expect(rotated.split(';')[0]).not.toBe(refreshCookie.split(';')[0]);
    expect((await fetch(`${c.api.url}/auth/refresh`)).status).toBe(405);
  });
});
