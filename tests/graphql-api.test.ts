// The GraphQL API over real HTTP: sign-up, sign-in, sessions, row-level security, refused tokens,
// error codes, the public schema, and the production-mode limits.
import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { TOTP, URI } from 'otpauth';
import { getIntrospectionQuery, type IntrospectionQuery } from 'postgraphile/graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { startGraphQLServer } from '../src/server/http.ts';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, verifyAccessToken } from '../src/sessions/access-tokens.ts';
import { generateSigningKey, signingKeysFrom } from '../src/sessions/signing-keys.ts';
import { createTestDatabase, grantAdminRole as grantAdmin } from './support/database.ts';
import { graphql, newAccount, startApiUnderTest, type ApiUnderTest, type GraphQLBody } from './support/graphql.ts';

const REGISTER = /* GraphQL */ `
  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {
    registerUser(input: { username: $username, email: $email, password: $password, displayName: $displayName }) {
      result { uuid rowId }
    }
  }
`;

const AUTHENTICATE = /* GraphQL */ `
  mutation SignIn($login: String!, $password: String!) {
    authenticate(input: { login: $login, password: $password }) { accessToken refreshToken expiresAt sessionId mfaChallenge }
  }
`;

const CURRENT_USER = /* GraphQL */ `
  query Me {
    currentUserUuid
    currentUser { uuid userProfileByUserUuid { username displayName bio } }
  }
`;

const UPDATE_PROFILE_BY_UUID = /* GraphQL */ `
  mutation UpdateProfile($userUuid: UUID!, $patch: UserProfilePatch!) {
    updateUserProfileByUserUuid(input: { userUuid: $userUuid, userProfilePatch: $patch }) {
      userProfile { userUuid username displayName bio }
    }
  }
`;

const UPDATE_PROFILE_BY_NODE_ID = /* GraphQL */ `
  mutation UpdateProfileByNodeId($id: ID!, $patch: UserProfilePatch!) {
    updateUserProfile(input: { id: $id, userProfilePatch: $patch }) {
      userProfile { userUuid displayName bio }
    }
  }
`;

/** Words and shapes that betray SQL, internal schemas or a stack trace in an error. */
const INTERNALS = [/select/i, /insert/i, /identity_private/i, /pg_/i, /\n\s+at\s/, /\.(ts|js):\d+/];

/** No error of the body carries SQL text, internal names or a stack trace, in its message or extensions. */
function expectNoInternals(body: GraphQLBody) {
  for (const error of body.errors ?? []) {
    const text = JSON.stringify({ message: error.message, extensions: error.extensions ?? {} });
    for (const pattern of INTERNALS) expect(text, `error exposes ${pattern}`).not.toMatch(pattern);
    expect(error.extensions ?? {}).not.toHaveProperty('stack');
    expect(error.extensions ?? {}).not.toHaveProperty('exception');
  }
}

let t: ApiUnderTest;
let url: string;

beforeAll(async () => {
  t = await startApiUnderTest({ production: false });
  url = t.api.url;
});

afterAll(async () => {
  await t?.close();
});

type Account = ReturnType<typeof newAccount> & { uuid: string };

async function register(label: string): Promise<Account> {
  const account = newAccount(label);
  const response = await graphql(url, REGISTER, { variables: account });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  const uuid = response.body.data?.registerUser?.result?.uuid;
  expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
  return { ...account, uuid };
}

async function signIn(login: string, password: string): Promise<string | null> {
  const response = await graphql(url, AUTHENTICATE, { variables: { login, password } });
  expect(response.status).toBe(200);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data?.authenticate?.accessToken ?? null;
}

async function signInOrFail(account: Account): Promise<string> {
  const token = await signIn(account.username, account.password);
  expect(token, `${account.username} signs in`).toEqual(expect.any(String));
  return token!;
}

async function profileRow(uuid: string) {
  const [row] = await t.sql<{ username: string; display_name: string | null; bio: string | null }>(
    'select username, display_name, bio from identity.user_profiles where user_uuid = $1',
    [uuid],
  );
  return row;
}

const grantAdminRole = (uuid: string) => grantAdmin(t.db.superuserUrl, uuid);

describe('registration and sign-in', () => {
  test('a registered user signs in and receives a 5-minute EdDSA access token for app_user, our audience and issuer', async () => {
    const alice = await register('alice');
    const token = await signInOrFail(alice);

    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'EdDSA', kid: expect.any(String) });
    const claims = await verifyAccessToken(await signingKeysFrom(t.signingKeys), token);
    expect(decodeJwt(token)).toMatchObject({ role: 'app_user', sub: alice.uuid, aud: 'pg-identity-kit', iss: 'pg-identity-kit', aal: 1 });
    const now = Math.floor(Date.now() / 1000);
    expect(claims.exp).toBeGreaterThan(now + 300 - 30);
    expect(claims.exp).toBeLessThanOrEqual(now + 300 + 1);
    expect(claims.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(claims.auth_time - now)).toBeLessThan(30);
  });

  test('signing in with the email address works once it is verified, in any letter case, and never before', async () => {
    const account = await register('bymail');
    expect(await signIn(account.email, account.password), 'an unverified address signs in nobody').toBeNull();
    expect(await signIn(account.username.toUpperCase(), account.password)).toEqual(expect.any(String));
    await t.sql('update identity.user_emails set is_verified = true where user_uuid = $1', [account.uuid]);
    expect(await signIn(account.email.toUpperCase(), account.password)).toEqual(expect.any(String));
  });

  test('a wrong password and an unknown login both give a null token and no error', async () => {
    const account = await register('wrongpw');
    for (const [login, password] of [
      [account.username, 'definitely-not-the-password'],
      ['nobody_by_that_name', 'whatever-password'],
      ['nobody@example.com', 'whatever-password'],
    ] as const) {
      const response = await graphql(url, AUTHENTICATE, { variables: { login, password } });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data).toEqual({ authenticate: null });
    }
  });

  test('every registration error surfaces its own code in extensions.code, without SQL text or a stack trace', async () => {
    const taken = await register('taken');
    const valid = () => newAccount('valid');
    const cases: [string, Record<string, unknown>][] = [
      ['BADEM', { ...valid(), email: 'not-an-email' }],
      ['BADUN', { ...valid(), username: '1starts_with_a_digit' }],
      ['BADUN', { ...valid(), username: 'ab' }],
      ['BADDN', { ...valid(), displayName: '   ' }],
      ['BADDN', { ...valid(), displayName: 'x'.repeat(101) }],
      ['WEAKP', { ...valid(), password: 'short' }],
      ['WEAKP', { ...valid(), password: 'password12' }],
      ['LONGP', { ...valid(), password: 'p'.repeat(73) }],
      ['LONGP', { ...valid(), password: 'é'.repeat(37) }], // 37 characters, 74 bytes
      ['UNTKN', { ...valid(), username: taken.username }],
      ['UNTKN', { ...valid(), username: taken.username.toUpperCase() }],
    ];
    for (const [code, variables] of cases) {
      const response = await graphql(url, REGISTER, { variables });
      const context = `${code} for ${JSON.stringify(variables).slice(0, 200)}: ${JSON.stringify(response.body)}`;
      expect(response.body.errors?.length, context).toBeGreaterThan(0);
      expect(response.body.errors?.[0]?.extensions?.code, context).toBe(code);
      expect(response.body.errors?.[0]?.message, context).toEqual(expect.any(String));
      expect(response.body.data?.registerUser ?? null, context).toBeNull();
      expectNoInternals(response.body);
    }
    const [leftovers] = await t.sql<{ count: string }>(
      `select count(*) from identity.user_profiles where username ilike 'valid%'`,
    );
    expect(Number(leftovers?.count), 'no failed registration left an account behind').toBe(0);
  });

  test('registering an address another account verified answers like a free one, with an account whose claim of it is unverified', async () => {
    const owner = await register('verified_owner');
    await t.sql('update identity.user_emails set is_verified = true where user_uuid = $1', [owner.uuid]);
    const shape = (body: GraphQLBody) => JSON.stringify(body).replace(/"uuid":"[^"]+"|"rowId":"?\d+"?/g, '');
    const taken = await graphql(url, REGISTER, { variables: { ...newAccount('claimant'), email: owner.email.toUpperCase() } });
    const free = await graphql(url, REGISTER, { variables: newAccount('claimant') });
    expect(taken.body.errors, JSON.stringify(taken.body)).toBeUndefined();
    expect(shape(taken.body)).toBe(shape(free.body));
    const claims = await t.sql<{ user_uuid: string; is_verified: boolean }>(
      'select user_uuid, is_verified from identity.user_emails where email = $1 order by is_verified',
      [owner.email],
    );
    expect(claims).toEqual([
      { user_uuid: (taken.body.data as any).registerUser.result.uuid, is_verified: false },
      { user_uuid: owner.uuid, is_verified: true },
    ]);
    // Registrations with taken usernames count towards the client's throttle too (20 account calls a minute
    // from 127.0.0.1, shared by this file's registrations): start the later tests with a fresh window.
    await t.sql(`delete from identity_private.throttle_counters where scope = 'client'`);
  });
});

describe('one-time tokens through the API', () => {
  test('resetPassword and verifyEmail answer byte for byte the same for unknown, expired, used, wrong and decoy tokens', async () => {
    const account = await register('tokens');
    await t.sql('update identity.user_emails set is_verified = true where user_uuid = $1', [account.uuid]);
    // What the application server would mail (request_password_reset is not part of the API).
    const reset = async (email: string) => (await t.sql<{ token: string }>('select token from identity.request_password_reset($1)', [email]))[0]!.token;
    const decoy = await reset('nobody-at-all@example.com');
    const RESET = 'mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, newPassword: $p}) { result } }';
    const VERIFY = 'mutation($t: String!) { verifyEmail(input: {token: $t}) { result } }';
    const used = await reset(account.email);
    const first = await graphql(url, RESET, { variables: { t: used, p: 'a brand new passphrase' } });
    expect(first.body.data?.resetPassword?.result, JSON.stringify(first.body)).toBe(true);
    const expired = await reset(account.email);
    await t.sql(`update identity_private.user_tokens set expires_at = now() - interval '1 second' where user_uuid = $1`, [account.uuid]);
    const bad = { unknown: 'A'.repeat(43), wrong: used.slice(0, -1) + (used.endsWith('A') ? 'B' : 'A'), expired, used, decoy };
    for (const mutation of [RESET, VERIFY]) {
      const answers = new Map<string, string>();
      for (const [kind, token] of Object.entries(bad)) {
        const response = await graphql(url, mutation, { variables: { t: token, p: 'yet another passphrase' } });
        expect(response.status, kind).toBe(200);
        answers.set(kind, JSON.stringify(response.body));
      }
      expect(new Set(answers.values()).size, [...answers].join('\n')).toBe(1);
      expect(answers.get('unknown')).toContain('"code":"TOKEN"');
    }
    // Bad tokens count towards the client's throttle (20 account calls a minute from 127.0.0.1, shared by
    // this file's registrations): start the later tests with a fresh window.
    await t.sql(`delete from identity_private.throttle_counters where scope = 'client'`);
  });
});

describe('the current user', () => {
  test('currentUser returns the caller for their token', async () => {
    const account = await register('me');
    const token = await signInOrFail(account);
    const response = await graphql(url, CURRENT_USER, { token });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      currentUserUuid: account.uuid,
      currentUser: {
        uuid: account.uuid,
        userProfileByUserUuid: { username: account.username, displayName: account.displayName, bio: null },
      },
    });
  });

  test('currentUser is null without a token', async () => {
    const response = await graphql(url, `{ currentUserUuid currentUser { uuid } }`);
    expect(response.status).toBe(200);
    expectNoInternals(response.body);
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    expect(response.body.data).toEqual({ currentUserUuid: null, currentUser: null });
  });

  test('a user updates their own display name and bio through updateUserProfileByUserUuid', async () => {
    const account = await register('editor');
    const token = await signInOrFail(account);
    const response = await graphql(url, UPDATE_PROFILE_BY_UUID, {
      token,
      variables: { userUuid: account.uuid, patch: { displayName: 'New Name', bio: 'Hello from the API.' } },
    });
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    expect(response.body.data?.updateUserProfileByUserUuid?.userProfile).toEqual({
      userUuid: account.uuid,
      username: account.username,
      displayName: 'New Name',
      bio: 'Hello from the API.',
    });
    expect(await profileRow(account.uuid)).toEqual({ username: account.username, display_name: 'New Name', bio: 'Hello from the API.' });
  });

  test('a profile update that breaks a rule is refused with a clean error code', async () => {
    const account = await register('rulebreaker');
    const token = await signInOrFail(account);
    const response = await graphql(url, UPDATE_PROFILE_BY_UUID, {
      token,
      variables: { userUuid: account.uuid, patch: { bio: 'b'.repeat(2001) } },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('23514');
    expectNoInternals(response.body);
    expect((await profileRow(account.uuid))?.bio).toBeNull();
  });

  test('a user changes their password: the old one stops working, the new one works', async () => {
    const account = await register('changer');
    const token = await signInOrFail(account);
    const change = `mutation($old: String!, $new: String!) { changePassword(input: { oldPassword: $old, newPassword: $new }) { result } }`;

    const wrongOld = await graphql(url, change, { token, variables: { old: 'not-my-password', new: 'another-password-1' } });
    expect(wrongOld.body.errors).toBeUndefined();
    expect(wrongOld.body.data).toEqual({ changePassword: { result: false } });

    const weak = await graphql(url, change, { token, variables: { old: account.password, new: 'short' } });
    expect(weak.body.errors?.[0]?.extensions?.code).toBe('WEAKP');
    expectNoInternals(weak.body);

    const ok = await graphql(url, change, { token, variables: { old: account.password, new: 'another-password-1' } });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data).toEqual({ changePassword: { result: true } });
    expect(await signIn(account.username, account.password)).toBeNull();
    expect(await signIn(account.username, 'another-password-1')).toEqual(expect.any(String));
  });

  test('changePassword as anonymous is refused and changes nothing', async () => {
    const response = await graphql(
      url,
      `mutation { changePassword(input: { oldPassword: "whatever-old", newPassword: "whatever-new-1" }) { result } }`,
    );
    expect(response.body.errors?.length, JSON.stringify(response.body)).toBeGreaterThan(0);
    expect(['42501', 'LOGIN']).toContain(response.body.errors?.[0]?.extensions?.code);
    expect(response.body.data?.changePassword ?? null).toBeNull();
    expectNoInternals(response.body);
  });
});

describe('row-level security through the API', () => {
  let alice: Account;
  let bob: Account;
  let aliceToken: string;
  let bobToken: string;

  beforeAll(async () => {
    alice = await register('rls_alice');
    bob = await register('rls_bob');
    aliceToken = await signInOrFail(alice);
    bobToken = await signInOrFail(bob);
    await graphql(url, UPDATE_PROFILE_BY_UUID, {
      token: aliceToken,
      variables: { userUuid: alice.uuid, patch: { bio: 'Alice wrote this.' } },
    });
  });

  test("with another user's token, a user's account, profile and emails cannot be read", async () => {
    const response = await graphql(
      url,
      `query($uuid: UUID!) {
        userByUuid(uuid: $uuid) { uuid }
        userProfileByUserUuid(userUuid: $uuid) { username bio }
        allUsers(first: 100) { nodes { uuid } }
        allUserProfiles(first: 100) { nodes { userUuid username } }
        allUserEmails(first: 100) { nodes { email userUuid } }
        allUserStatuses(first: 100) { nodes { userUuid } }
        allUserRoles(first: 100) { nodes { userUuid } }
        allLoginAuditLogs(first: 100) { nodes { userUuid eventType } }
      }`,
      { token: bobToken, variables: { uuid: alice.uuid } },
    );
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    const data = response.body.data!;
    expect(data.userByUuid).toBeNull();
    expect(data.userProfileByUserUuid).toBeNull();
    expect(data.allUsers.nodes).toEqual([{ uuid: bob.uuid }]);
    expect(data.allUserProfiles.nodes).toEqual([{ userUuid: bob.uuid, username: bob.username }]);
    expect(data.allUserEmails.nodes).toEqual([{ email: bob.email, userUuid: bob.uuid }]);
    for (const list of ['allUserStatuses', 'allUserRoles', 'allLoginAuditLogs'] as const) {
      for (const node of data[list].nodes) expect(node.userUuid, list).toBe(bob.uuid);
    }
    const text = JSON.stringify(response.body);
    for (const secret of [alice.uuid, alice.username, alice.email, 'Alice wrote this.']) expect(text).not.toContain(secret);
  });

  test("with another user's token, a user's profile cannot be updated by uuid or node id, and the row stays unchanged", async () => {
    const before = await profileRow(alice.uuid);
    expect(before?.bio).toBe('Alice wrote this.');

    const own = await graphql(url, `query($uuid: UUID!) { userProfileByUserUuid(userUuid: $uuid) { id } }`, {
      token: aliceToken,
      variables: { uuid: alice.uuid },
    });
    const aliceProfileNodeId = own.body.data?.userProfileByUserUuid?.id;
    expect(aliceProfileNodeId).toEqual(expect.any(String));

    const attempts = [
      graphql(url, UPDATE_PROFILE_BY_UUID, { token: bobToken, variables: { userUuid: alice.uuid, patch: { displayName: 'Hacked', bio: 'pwned' } } }),
      graphql(url, UPDATE_PROFILE_BY_NODE_ID, { token: bobToken, variables: { id: aliceProfileNodeId, patch: { displayName: 'Hacked', bio: 'pwned' } } }),
    ];
    for (const response of await Promise.all(attempts)) {
      const payload = Object.values(response.body.data ?? {})[0] as { userProfile?: unknown } | null | undefined;
      expect(payload?.userProfile ?? null, JSON.stringify(response.body)).toBeNull();
      expectNoInternals(response.body);
      expect(JSON.stringify(response.body)).not.toContain('Alice wrote this.');
    }
    expect(await profileRow(alice.uuid)).toEqual(before);
  });

  test("a user cannot move their own profile onto another user's uuid", async () => {
    // user_uuid is not in UserProfilePatch at all.
    const response = await graphql(url, UPDATE_PROFILE_BY_UUID, {
      token: bobToken,
      variables: { userUuid: bob.uuid, patch: { userUuid: alice.uuid } },
    });
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(await profileRow(alice.uuid)).toMatchObject({ username: alice.username });
  });

  test("an administrator reads every account and updates another user's profile", async () => {
    const admin = await register('rls_admin');
    await grantAdminRole(admin.uuid);
    const adminToken = await signInOrFail(admin);
    expect(decodeJwt(adminToken)).toMatchObject({ role: 'app_admin', sub: admin.uuid });

    const list = await graphql(
      url,
      `{ currentUserIsAdmin allUsers(first: 100) { totalCount nodes { uuid } } allUserEmails(first: 100) { nodes { email } } }`,
      { token: adminToken },
    );
    expect(list.body.errors, JSON.stringify(list.body.errors)).toBeUndefined();
    expect(list.body.data?.currentUserIsAdmin).toBe(true);
    const [users] = await t.sql<{ count: string }>('select count(*) from identity.users');
    expect(list.body.data?.allUsers.totalCount).toBe(Number(users?.count));
    const uuids = list.body.data?.allUsers.nodes.map((n: { uuid: string }) => n.uuid);
    expect(uuids).toEqual(expect.arrayContaining([alice.uuid, bob.uuid, admin.uuid]));
    const emails = list.body.data?.allUserEmails.nodes.map((n: { email: string }) => n.email);
    expect(emails).toEqual(expect.arrayContaining([alice.email, bob.email]));

    const update = await graphql(url, UPDATE_PROFILE_BY_UUID, {
      token: adminToken,
      variables: { userUuid: bob.uuid, patch: { bio: 'Moderated by an administrator.' } },
    });
    expect(update.body.errors, JSON.stringify(update.body.errors)).toBeUndefined();
    expect(update.body.data?.updateUserProfileByUserUuid?.userProfile).toMatchObject({
      userUuid: bob.uuid,
      bio: 'Moderated by an administrator.',
    });
    expect((await profileRow(bob.uuid))?.bio).toBe('Moderated by an administrator.');
  });

  test('an app_admin token whose holder no longer has the admin role sees only their own rows', async () => {
    // app_admin is a member of app_user, so the holder keeps the policies of an ordinary user.
    const former = await register('former_admin');
    await grantAdminRole(former.uuid);
    const token = await signInOrFail(former);
    await t.sql(
      `delete from identity.user_roles where user_uuid = $1
         and role_id = (select role_id from identity.roles where role_name = 'admin')`,
      [former.uuid],
    );
    const response = await graphql(url, `{ allUsers(first: 100) { nodes { uuid } } }`, { token });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.allUsers.nodes).toEqual([{ uuid: former.uuid }]);
    const update = await graphql(url, UPDATE_PROFILE_BY_UUID, { token, variables: { userUuid: alice.uuid, patch: { bio: 'x' } } });
    expect(update.body.data?.updateUserProfileByUserUuid?.userProfile ?? null).toBeNull();
    expect((await profileRow(alice.uuid))?.bio).toBe('Alice wrote this.');
  });

  test('anonymous callers cannot list users, profiles or email addresses', async () => {
    const queries = [
      `{ allUsers(first: 100) { nodes { uuid } } }`,
      `{ allUserEmails(first: 100) { nodes { email userUuid } } }`,
      `{ allUserProfiles(first: 100) { nodes { username userUuid } } }`,
      `{ allUserStatuses(first: 100) { nodes { userUuid status } } }`,
      `{ allLoginAuditLogs(first: 100) { nodes { userUuid eventType } } }`,
      `query($uuid: UUID!) { userByUuid(uuid: $uuid) { uuid } }`,
    ];
    for (const query of queries) {
      const response = await graphql(url, query, {
        variables: query.includes('$uuid') ? { uuid: alice.uuid } : query.includes('$email') ? { email: alice.email } : query.includes('$username') ? { username: alice.username } : {},
      });
      const context = `${query}: ${JSON.stringify(response.body)}`;
      if (response.body.errors) {
        expect(response.body.errors[0]?.extensions?.code, context).toBe('42501');
        expectNoInternals(response.body);
      } else {
        const [value] = Object.values(response.body.data ?? {}) as ({ nodes?: unknown[] } | null)[];
        if (value && 'nodes' in value) expect(value.nodes, context).toEqual([]);
        else expect(value ?? null, context).toBeNull();
      }
      const text = JSON.stringify(response.body);
      for (const secret of [alice.uuid, alice.email, alice.username, bob.email]) {
        if (!query.includes('$')) expect(text, context).not.toContain(secret);
      }
      expect(text, context).not.toContain('@example.com');
    }
  });
});

describe('sessions of accounts that stop being active', () => {
  test("suspending an account makes its existing token's currentUser null and its updates no-ops from the next request", async () => {
    const account = await register('suspended');
    const token = await signInOrFail(account);
    const before = await graphql(url, CURRENT_USER, { token });
    expect(before.body.data?.currentUser?.uuid).toBe(account.uuid);

    await t.sql(`update identity.user_status set status = 'suspended' where user_uuid = $1`, [account.uuid]);

    const me = await graphql(url, CURRENT_USER, { token });
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data).toEqual({ currentUserUuid: null, currentUser: null });

    const own = await graphql(url, `query($uuid: UUID!) { userProfileByUserUuid(userUuid: $uuid) { bio } }`, {
      token,
      variables: { uuid: account.uuid },
    });
    expect(own.body.data?.userProfileByUserUuid ?? null).toBeNull();

    const rowBefore = await profileRow(account.uuid);
    const update = await graphql(url, UPDATE_PROFILE_BY_UUID, {
      token,
      variables: { userUuid: account.uuid, patch: { bio: 'written while suspended' } },
    });
    expect(update.body.data?.updateUserProfileByUserUuid?.userProfile ?? null, JSON.stringify(update.body)).toBeNull();
    expectNoInternals(update.body);
    expect(await profileRow(account.uuid)).toEqual(rowBefore);

    const change = await graphql(
      url,
      `mutation($old: String!) { changePassword(input: { oldPassword: $old, newPassword: "written-while-suspended" }) { result } }`,
      { token, variables: { old: account.password } },
    );
    expect(change.body.data?.changePassword?.result ?? null).not.toBe(true);

    expect(await signIn(account.username, account.password), 'a suspended account cannot sign in again').toBeNull();
  });

  test('a deactivated administrator loses administrator access with the same token', async () => {
    const admin = await register('deact_admin');
    await grantAdminRole(admin.uuid);
    const token = await signInOrFail(admin);
    const before = await graphql(url, `{ allUsers(first: 100) { totalCount } }`, { token });
    expect(before.body.data?.allUsers.totalCount).toBeGreaterThan(1);
    await t.sql(`update identity.user_status set status = 'deactivated', deactivated_at = now() where user_uuid = $1`, [admin.uuid]);
    const after = await graphql(url, `{ currentUserIsAdmin allUsers(first: 100) { totalCount } }`, { token });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data).toEqual({ currentUserIsAdmin: false, allUsers: { totalCount: 0 } });
  });
});

describe('refused session tokens', () => {
  const probe = `{ currentUserUuid currentUser { uuid } }`;
  let account: Account;

  beforeAll(async () => {
    account = await register('tokens');
  });

  let session: { sid: string; sub: string };
  let serverKey: Awaited<ReturnType<typeof importJWK>>;
  let serverKid: string;
  const attackerJwk = generateSigningKey();

  beforeAll(async () => {
    const token = await signInOrFail(account);
    const claims = decodeJwt(token) as { sid: string; sub: string };
    session = { sid: claims.sid, sub: claims.sub };
    const [jwk] = JSON.parse(t.signingKeys) as [Record<string, string>];
    serverKey = await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
    serverKid = jwk!.kid!;
  });

  const now = () => Math.floor(Date.now() / 1000);
  function claims(overrides: Record<string, unknown> = {}) {
    return { role: 'app_user', sub: session.sub, sid: session.sid, iat: now(), exp: now() + 300, aal: 1, auth_time: now(), ...overrides };
  }
  /** Signs like the server does (its key and kid), or with the overrides an attacker would try. */
  async function sign(
    payload: Record<string, unknown>,
    options: { key?: Awaited<ReturnType<typeof importJWK>>; kid?: string; audience?: string; issuer?: string } = {},
  ) {
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: options.kid ?? serverKid })
      .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
      .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
      .sign(options.key ?? serverKey);
  }
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const hs256Secret = 'a shared secret an old deployment might have used';

  const cases: [string, () => Promise<string> | string][] = [
    ['garbage', () => 'Bearer garbage'],
    ['three garbage segments', () => 'Bearer aaa.bbb.ccc'],
    ['a non-bearer scheme', () => `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['another key under the server\'s kid', async () => `Bearer ${await sign(claims(), { key: await importJWK({ ...attackerJwk, alg: 'EdDSA' }, 'EdDSA') })}`],
    ['an unknown kid', async () => `Bearer ${await sign(claims(), { kid: 'not-a-configured-key' })}`],
    ['a tampered payload', async () => {
      const [header, , signature] = (await sign(claims())).split('.');
      return `Bearer ${header}.${b64({ ...claims({ role: 'app_admin' }), aud: ACCESS_TOKEN_AUDIENCE, iss: ACCESS_TOKEN_ISSUER })}.${signature}`;
    }],
    ['an expired token', async () => `Bearer ${await sign(claims({ exp: now() - 60 }))}`],
    ['no exp', async () => `Bearer ${await sign(claims({ exp: undefined }))}`],
    ['alg none without a signature', () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), aud: ACCESS_TOKEN_AUDIENCE, iss: ACCESS_TOKEN_ISSUER })}.`],
    ['alg none with a dummy signature', () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), aud: ACCESS_TOKEN_AUDIENCE, iss: ACCESS_TOKEN_ISSUER })}.AAAA`],
    ['HS256 with a guessed secret (algorithm confusion)', async () =>
      `Bearer ${await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: serverKid }).setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE).sign(new TextEncoder().encode(hs256Secret))}`],
    ['role app_owner', async () => `Bearer ${await sign(claims({ role: 'app_owner' }))}`],
    ['role postgres', async () => `Bearer ${await sign(claims({ role: 'postgres' }))}`],
    ['role app_anonymous', async () => `Bearer ${await sign(claims({ role: 'app_anonymous' }))}`],
    ['no role', async () => `Bearer ${await sign(claims({ role: undefined }))}`],
    ['no session id', async () => `Bearer ${await sign(claims({ sid: undefined }))}`],
    ['a wrong audience', async () => `Bearer ${await sign(claims(), { audience: 'someone-else' })}`],
    ['a wrong issuer', async () => `Bearer ${await sign(claims(), { issuer: 'someone-else' })}`],
    ['a sub that is not a uuid', async () => `Bearer ${await sign(claims({ sub: "x' or 1=1 --" }))}`],
    ['a sid that is not a uuid', async () => `Bearer ${await sign(claims({ sid: "x' or 1=1 --" }))}`],
  ];

  test.each(cases)('a token with %s is refused with HTTP 401 and UNAUTHENTICATED, never served as anonymous', async (_name, header) => {
    const response = await graphql(url, probe, { authorization: await header() });
    expect(response.status, JSON.stringify(response.body)).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data ?? null).toBeNull();
    expectNoInternals(response.body);
  });

  test('a mutation with a refused token is not run', async () => {
    const fresh = newAccount('not_created');
    const response = await graphql(url, REGISTER, { variables: fresh, authorization: 'Bearer aaa.bbb.ccc' });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const rows = await t.sql('select 1 from identity.user_profiles where username = $1', [fresh.username]);
    expect(rows).toEqual([]);
  });

  test('the same claims signed correctly are accepted (the refusals above are about the token, not the account)', async () => {
    const response = await graphql(url, probe, { token: await sign(claims()) });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ currentUserUuid: account.uuid, currentUser: { uuid: account.uuid } });
  });
});

describe('the public schema', () => {
  /** Names that must never appear in the API: secrets, tokens, hashes and failure reasons. */
  const SENSITIVE = /password_?hash|passwordHash|accessToken|refreshToken|factorData|recoveryCode|reason/i;
  /**
   * Intended exceptions: UserStatus.reason is the reason an account's status changed, readable by the
   * account itself (its own row) and administrators — not a secret. The audit log's failure reason is
   * hidden (`@behavior -*` on login_audit_logs.reason) and must stay hidden.
   */
  const INTENDED = new Set(['UserStatus.reason']);
  // Intended as well: the mutation that shows a user their new recovery codes once (only hashes are
  // kept), and the free-text reason an administrator or the user gives for a status change.
  // And the session tokens a sign-in hands to its own caller, and the refresh token it trades back in.
  const INTENDED_PATTERN =
    /^(Mutation\.generateRecoveryCodes|GenerateRecoveryCodes|DeactivateMyAccountInput\.reason$|SetAccountStatusInput\.reason$|SessionPayload\.(accessToken|refreshToken)$|RefreshSessionInput\.refreshToken$|UserSession\.revokeReason$)/;

  let schema: IntrospectionQuery;

  beforeAll(async () => {
    const response = await graphql<IntrospectionQuery>(url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(response.body.errors).toBeUndefined();
    schema = response.body.data!;
  });

  function allNames(): string[] {
    const names: string[] = [];
    for (const type of schema.__schema.types) {
      if (type.name.startsWith('__')) continue;
      names.push(type.name);
      if ('fields' in type && type.fields) {
        for (const field of type.fields) {
          names.push(`${type.name}.${field.name}`);
          for (const arg of field.args) names.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if ('inputFields' in type && type.inputFields) for (const field of type.inputFields) names.push(`${type.name}.${field.name}`);
      if ('enumValues' in type && type.enumValues) for (const value of type.enumValues) names.push(`${type.name}.${value.name}`);
    }
    return names;
  }

  test('no type, field, argument or enum value is named after a password hash, provider token, MFA secret or failure reason', () => {
    const names = allNames();
    expect(names.length).toBeGreaterThan(100);
    const sensitive = names.filter((name) => SENSITIVE.test(name.split('.').pop()!) || SENSITIVE.test(name));
    expect(sensitive.filter((name) => !INTENDED.has(name) && !INTENDED_PATTERN.test(name))).toEqual([]);
  });

  test('nothing from identity_private is exposed', async () => {
    const typeNames = schema.__schema.types.map((type) => type.name);
    for (const name of ['UserCredential', 'AuthSetting', 'LoginAttempt', 'LoginAttemptsConnection', 'LoginAuditLogsDefault']) {
      expect(typeNames).not.toContain(name);
    }
    const rootFields = schema.__schema.types
      .filter((type) => type.name === 'Query' || type.name === 'Mutation')
      .flatMap((type) => ('fields' in type && type.fields ? type.fields.map((f) => f.name) : []));
    for (const pattern of [/credential/i, /authSetting/i, /loginAttempt/i, /hashPassword/i, /verifyPassword/i, /^audit$/i, /authNow/i, /assertValidPassword/i, /partition/i, /^tg/i]) {
      expect(rootFields.filter((name) => pattern.test(name)), String(pattern)).toEqual([]);
    }
    const privateTables = await t.sql<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'identity_private' and c.relkind in ('r', 'p', 'v')`,
    );
    expect(privateTables.length).toBeGreaterThan(0);
    for (const { relname } of privateTables) {
      const singular = relname.replace(/s$/, '').split('_').map((part) => part[0]!.toUpperCase() + part.slice(1)).join('');
      expect(typeNames, relname).not.toContain(singular);
    }
  });

  test('descriptions come from the COMMENT ON of tables, columns and functions', async () => {
    const [comments] = await t.sql<Record<string, string>>(
      `select obj_description('identity.users'::regclass, 'pg_class') as users,
              col_description('identity.users'::regclass,
                (select attnum from pg_attribute where attrelid = 'identity.users'::regclass and attname = 'uuid')) as users_uuid,
              obj_description('identity.user_profiles'::regclass, 'pg_class') as user_profiles,
              obj_description('identity.register_user(text, text, text, text)'::regprocedure, 'pg_proc') as register_user`,
    );
    const type = (name: string) => schema.__schema.types.find((candidate) => candidate.name === name)!;
    const field = (typeName: string, fieldName: string) => {
      const found = type(typeName);
      return 'fields' in found ? found.fields?.find((f) => f.name === fieldName) : undefined;
    };
    expect(comments!.users).toMatch(/^A user account\./);
    expect(type('User').description).toBe(comments!.users);
    expect(field('User', 'uuid')?.description).toBe(comments!.users_uuid);
    expect(type('UserProfile').description).toBe(comments!.user_profiles);
    expect(field('Mutation', 'registerUser')?.description).toBe(comments!.register_user);
    // Smart-tag lines (@behavior ...) never leak into descriptions.
    for (const candidate of schema.__schema.types) expect(candidate.description ?? '', candidate.name).not.toMatch(/@behavior/);
  });
});

describe('the development server', () => {
  test('serves Ruru at /', async () => {
    const response = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect((await response.text()).toLowerCase()).toContain('ruru');
  });
});

describe('a production server', () => {
  let prod: ApiUnderTest;

  beforeAll(async () => {
    prod = await startApiUnderTest({ production: true });
  });

  afterAll(async () => {
    await prod?.close();
  });

  test('answers GraphQL requests', async () => {
    const response = await graphql(prod.api.url, `{ __typename }`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });

  test('does not serve the Ruru page, at / or on a browser GET of /graphql', async () => {
    for (const path of ['/', '/graphql']) {
      const response = await fetch(`${prod.api.url}${path}`, { headers: { accept: 'text/html' } });
      const text = await response.text();
      const servesRuru = response.status === 200 && /text\/html/.test(response.headers.get('content-type') ?? '') && /ruru/i.test(text);
      expect(servesRuru, `${path}: HTTP ${response.status} ${response.headers.get('content-type')}`).toBe(false);
    }
  });

  test('rejects a request body above 100 kB', async () => {
    const query = `{ __typename }${' '.repeat(150_000)}`;
    const response = await fetch(`${prod.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    await response.arrayBuffer().catch(() => undefined);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect([413, 400]).toContain(response.status);
  });

  test('accepts a request body just under the limit', async () => {
    const query = `{ __typename }${' '.repeat(90_000)}`;
    const response = await fetch(`${prod.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('refuses bad tokens with 401 as well', async () => {
    const response = await graphql(prod.api.url, `{ currentUserUuid }`, { authorization: 'Bearer aaa.bbb.ccc' });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('shutting down', () => {
  test('close() resolves, stops accepting requests and ends the pool connections', async () => {
    const db = await createTestDatabase();
    const superuser = new pg.Client({ connectionString: db.superuserUrl });
    await superuser.connect();
    try {
      const api = await startGraphQLServer({
        authenticatorUrl: db.authenticatorUrl,
        signingKeys: await signingKeysFrom(JSON.stringify([generateSigningKey()])),
        production: false,
        port: 0,
        host: '127.0.0.1',
      });
      expect((await graphql(api.url, `{ __typename }`)).body).toEqual({ data: { __typename: 'Query' } });

      await expect(api.close()).resolves.toBeUndefined();

      await expect(fetch(`${api.url}/graphql`, { method: 'POST', body: '{}' })).rejects.toThrow();
      const deadline = Date.now() + 5_000;
      let open = Infinity;
      while (Date.now() < deadline) {
        const { rows } = await superuser.query<{ count: string }>(
          `select count(*) from pg_stat_activity where datname = current_database() and usename = 'app_authenticator'`,
        );
        open = Number(rows[0]!.count);
        if (open === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(open, 'app_authenticator connections left open after close()').toBe(0);
    } finally {
      await superuser.end();
      await db.drop();
    }
  });
});

describe('two-step sign-in through the API', () => {
  test('with an authenticator app enabled, authenticate yields only an mfaChallenge, and completeMfaLogin a session at assurance level 2', async () => {
    const account = await register('mfa_api');
    const token = await signInOrFail(account);
    const enrol = await graphql(url, 'mutation { enrolTotp(input: {}) { result } }', { token });
    expect(enrol.body.errors, JSON.stringify(enrol.body.errors)).toBeUndefined();
    const totp = URI.parse(enrol.body.data.enrolTotp.result) as TOTP;
    if (30_000 - (Date.now() % 30_000) < 3000) await new Promise((r) => setTimeout(r, 3500));
    const confirm = await graphql(url, 'mutation($code: String!) { confirmTotp(input: {code: $code}) { result } }', {
      token,
      variables: { code: totp.generate() },
    });
    expect(confirm.body.data.confirmTotp.result).toBe(true);

    const first = await graphql(url, AUTHENTICATE, { variables: { login: account.username, password: account.password } });
    const pending = first.body.data.authenticate;
    expect(pending).toMatchObject({ accessToken: null, refreshToken: null, sessionId: null, mfaChallenge: expect.stringMatching(/^\d+\./) });
    const claims = { mfa_challenge: pending.mfaChallenge as string };

    const complete = await graphql(
      url,
      'mutation($c: String!, $code: String!) { completeMfaLogin(input: {mfaChallenge: $c, code: $code}) { accessToken refreshToken } }',
      // The confirming code is spent (no replays): the next window's code is within the allowed drift.
      { variables: { c: claims.mfa_challenge, code: totp.generate({ timestamp: Date.now() + 30_000 }) } },
    );
    expect(complete.body.errors, JSON.stringify(complete.body.errors)).toBeUndefined();
    const session = complete.body.data.completeMfaLogin.accessToken as string;
    expect(decodeJwt(session)).toMatchObject({ sub: account.uuid, aal: 2 });
    expect(complete.body.data.completeMfaLogin.refreshToken).toEqual(expect.any(String));
    const me = await graphql(url, '{ currentUser { uuid } }', { token: session });
    expect(me.body.data.currentUser.uuid).toBe(account.uuid);
  });
});

describe('what the API records and revokes', () => {
  test('the audit log keeps the client address and user agent the server saw; callers cannot claim others', async () => {
    const forged = await graphql(url, 'mutation { authenticate(input: {login: "x", password: "y", ipAddress: "203.0.113.66", userAgent: "ForgedAgent/6.6"}) { accessToken } }');
    expect(forged.body.data ?? null).toBeNull();
    expect(forged.body.errors?.map((e) => e.message).join(' ')).toMatch(/ipAddress|userAgent/);
    const account = await register('spoofer');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'RealAgent/1.0' },
      body: JSON.stringify({
        query: 'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken } }',
        variables: { l: account.username, p: 'wrong password here' },
      }),
    });
    expect(response.status).toBe(200);
    const rows = await t.sql(
      `select host(ip_address) as ip, user_agent from identity.login_audit_logs where user_uuid = $1 and event_type = 'login_failure'`,
      [account.uuid],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].ip).toMatch(/^(127\.0\.0\.1|::ffff:127\.0\.0\.1|::1)$/);
    expect(rows[0].user_agent).toBe('RealAgent/1.0');
  });

  test('changing the password ends the other sessions, keeps the one that changed it; a new sign-in works', async () => {
    const account = await register('revoker');
    const before = await signInOrFail(account);
    const changer = await signInOrFail(account);
    const change = await graphql(
      url,
      'mutation($o: String!) { changePassword(input: { oldPassword: $o, newPassword: "a-brand-new-password" }) { result } }',
      { token: changer, variables: { o: account.password } },
    );
    expect(change.body.data).toEqual({ changePassword: { result: true } });
    const stale = await graphql(url, '{ currentUser { uuid } }', { token: before });
    expect(stale.body.data).toEqual({ currentUser: null });
    const kept = await graphql(url, '{ currentUser { uuid } }', { token: changer });
    expect(kept.body.data).toEqual({ currentUser: { uuid: account.uuid } });
    const fresh = await signIn(account.username, 'a-brand-new-password');
    const me = await graphql(url, '{ currentUser { uuid } }', { token: fresh! });
    expect(me.body.data).toEqual({ currentUser: { uuid: account.uuid } });
  });

  test('functions that hand out mailed or server-side secrets are not part of the API', async () => {
    // Exposing requestPasswordReset would let anyone reset anyone's password: the token must go by mail.
    const response = await graphql(url, '{ __schema { mutationType { fields { name } } queryType { fields { name } } } }');
    const names = [
      ...response.body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name),
      ...response.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name),
    ];
    for (const hidden of ['requestPasswordReset', 'requestEmailVerification', 'linkProvider', 'refreshProviderTokens', 'linkedProviderTokens']) {
      expect(names).not.toContain(hidden);
    }
    for (const exposed of ['resetPassword', 'verifyEmail', 'completeMfaLogin', 'enrolTotp', 'unlinkProvider']) {
      expect(names).toContain(exposed);
    }
  });

  test('a request that outlives the statement timeout is cancelled with code 57014', async () => {
    const slow = await startApiUnderTest({ statementTimeoutMs: 300 });
    const blocker = new pg.Client({ connectionString: slow.db.superuserUrl });
    await blocker.connect();
    try {
      const account = newAccount('waiter');
      await graphql(slow.api.url, REGISTER, { variables: account });
      const token = await graphql(slow.api.url, AUTHENTICATE, { variables: { login: account.username, password: account.password } });
      await blocker.query('begin');
      await blocker.query('lock table identity.users in access exclusive mode');
      const response = await graphql(slow.api.url, '{ currentUser { uuid } }', { token: token.body.data.authenticate.accessToken });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('57014');
      expectNoInternals(response.body);
    } finally {
      await blocker.query('rollback').catch(() => {});
      await blocker.end();
      await slow.close();
    }
  });
});

describe('behind a reverse proxy', () => {
  test('only the X-Forwarded-For entry the proxy added is audited, and an unparsable one is recorded as unknown', async () => {
    const proxied = await startApiUnderTest({ trustProxy: true });
    try {
      const account = newAccount('proxied');
      await graphql(proxied.api.url, REGISTER, { variables: account });
      const attempt = (forwardedFor: string) =>
        fetch(`${proxied.api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({
            query: 'mutation($l: String!) { authenticate(input: {login: $l, password: "wrong password"}) { accessToken } }',
            variables: { l: account.username },
          }),
        });
      expect((await attempt('9.9.9.9, 198.51.100.7')).status).toBe(200);
      expect((await attempt('garbage')).status).toBe(200);
      const rows = await proxied.sql(
        `select host(l.ip_address) as ip from identity.login_audit_logs l join identity.user_profiles p on p.user_uuid = l.user_uuid
         where p.username = $1 and l.event_type = 'login_failure' order by l.id`,
        [account.username],
      );
      expect(rows.map((r: { ip: string | null }) => r.ip)).toEqual(['198.51.100.7', null]);
    } finally {
      await proxied.close();
    }
  });
});
