// The GraphQL-over-HTTP specification, checked by its own audit suite (graphql-http's serverAudits)
// against the real server, plus what it leaves open: GET for queries only.
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApiUnderTest, type ApiUnderTest } from './support/graphql.ts';

// The audits' own documents include `__type(name: $name)`, so the production server here has
// introspection switched on explicitly; trusted documents (which would refuse the audits' ad-hoc
// documents) are tested in tests/graphql-limits.test.ts.
describe.each([
  ['a development server', false],
  ['a production server', true],
])('%s', (_name, production) => {
  let t: ApiUnderTest;

  beforeAll(async () => {
    t = await startApiUnderTest({ production, introspection: true });
  });

  afterAll(async () => {
    await t?.close();
  });

  test('passes every graphql-http server audit: no failure, no warning', async () => {
    const results = await auditServer({ url: `${t.api.url}/graphql` });
    expect(results.length).toBeGreaterThan(50);
    const problems = results
      .filter((result) => result.status === 'error' || result.status === 'warn')
      .map((result) => `${result.status}: ${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(problems).toEqual([]);
  });

  test('GET runs a query, and refuses a mutation with 405 and Allow: POST', async () => {
    const query = await fetch(`${t.api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });

    const mutation = 'mutation { authenticate(input: {login: "someone", password: "whatever"}) { accessToken } }';
    const refused = await fetch(`${t.api.url}/graphql?query=${encodeURIComponent(mutation)}`, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('POST');
    await refused.arrayBuffer();
  });
});
