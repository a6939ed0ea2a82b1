// One anonymous request must not freeze the API: operation limits checked before planning, at most one
// sign-in per request, introspection and trusted documents in production, a time budget per request.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aliasedSignIns, fanOutAttack } from './support/attacks.ts';
import { graphql, newAccount, startApiUnderTest, type ApiUnderTest } from './support/graphql.ts';

let t: ApiUnderTest;

beforeAll(async () => {
  t = await startApiUnderTest({ production: false });
});

afterAll(async () => {
  await t?.close();
});

/** Sends `query` and, while it is in flight, `{ __typename }`; returns both responses and their durations. */
async function attackWithBystander(url: string, query: string) {
  const started = performance.now();
  const attack = graphql(url, query).then((response) => ({ response, ms: performance.now() - started }));
  // Let the attack's body reach the server first, so the bystander queues behind whatever it causes.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const bystanderStarted = performance.now();
  const bystander = graphql(url, '{ __typename }').then((response) => ({ response, ms: performance.now() - bystanderStarted }));
  return { attack: await attack, bystander: await bystander };
}

const LIMIT_CODES = ['OPERATION_TOO_COSTLY', 'TOO_MANY_ALIASES', 'OPERATION_TOO_DEEP'];

describe('operation limits', () => {
  test.each([
    [4, 5],
    [5, 5],
  ])('fragments spread under %i random aliases at each of %i levels across users <-> user_roles are refused within 500 ms, and a concurrent request is answered within 500 ms', async (aliases, levels) => {
    // Warm up: the first request of a server builds caches that are not what this test measures.
    await graphql(t.api.url, '{ __typename }');
    const { attack, bystander } = await attackWithBystander(t.api.url, fanOutAttack(aliases, levels));
    expect(attack.response.body.data ?? undefined).toBeUndefined();
    const codes = (attack.response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.some((code) => LIMIT_CODES.includes(code as string)), JSON.stringify(attack.response.body.errors)).toBe(true);
    expect(attack.ms).toBeLessThan(500);
    expect(bystander.response.body).toEqual({ data: { __typename: 'Query' } });
    expect(bystander.ms).toBeLessThan(500);
  }, 120_000);

  test('1,280 aliased authenticate calls in one request are refused without any bcrypt work: no audit row is written', async () => {
    const account = newAccount('target');
    await graphql(
      t.api.url,
      'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { result { uuid } } }',
      { variables: { u: account.username, e: account.email, p: account.password } },
    );
    const before = await t.sql(`select count(*)::int as n from app_public.login_audit_logs`);
    const document = aliasedSignIns(1280);
    expect(document.length).toBeLessThan(100_000);
    const started = performance.now();
    const response = await graphql(t.api.url, document, { variables: { l: account.username, p: 'not-the-password' } });
    const ms = performance.now() - started;
    expect(response.body.data ?? undefined).toBeUndefined();
    expect(response.body.errors?.map((error) => error.extensions?.code)).toContain('TOO_MANY_SIGN_INS');
    expect(ms).toBeLessThan(500);
    const after = await t.sql(`select count(*)::int as n from app_public.login_audit_logs`);
    expect(after[0].n).toBe(before[0].n);
  }, 120_000);
});
