// One anonymous request must not freeze the API: operation limits checked before planning, at most one
// sign-in per request, introspection and trusted documents in production, a time budget per request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse } from 'postgraphile/graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeDocument, DEFAULT_LIMITS } from '../src/server/operation-limits.ts';
import { addTrustedDocument, documentIdOf, loadTrustedDocuments, readSchema } from '../src/server/trusted-documents.ts';
import { aliasedSignIns, fanOutAttack } from './support/attacks.ts';
import { graphql, newAccount, startApiUnderTest, type ApiUnderTest, type GraphQLBody } from './support/graphql.ts';
import { runIdkit } from './support/idkit-process.ts';

const root = path.join(import.meta.dirname, '..');

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
    const before = await t.sql(`select count(*)::int as n from identity.login_audit_logs`);
    const document = aliasedSignIns(1280);
    expect(document.length).toBeLessThan(100_000);
    const started = performance.now();
    const response = await graphql(t.api.url, document, { variables: { l: account.username, p: 'not-the-password' } });
    const ms = performance.now() - started;
    expect(response.body.data ?? undefined).toBeUndefined();
    expect(response.body.errors?.map((error) => error.extensions?.code)).toContain('TOO_MANY_SIGN_INS');
    expect(ms).toBeLessThan(500);
    const after = await t.sql(`select count(*)::int as n from identity.login_audit_logs`);
    expect(after[0].n).toBe(before[0].n);
  }, 120_000);
});

describe('what the limits count', () => {
  const codes = (document: string, limits = DEFAULT_LIMITS) => analyzeDocument(parse(document), limits).errors.map((e) => e.extensions.code);

  test('a fragment counts once per spread: aliases, cost and sign-ins are those of the expanded operation', () => {
    const limits = { ...DEFAULT_LIMITS, maxAliases: 5, maxCost: 1000 };
    const fragment = 'fragment F on User { a: uuid b: createdAt }';
    expect(codes(`{ currentUser { ...F ...F } } ${fragment}`, limits)).toEqual([]); // 4 aliases
    expect(codes(`{ currentUser { ...F ...F ...F } } ${fragment}`, limits)).toEqual(['TOO_MANY_ALIASES']); // 6
    expect(codes(`{ currentUser { ... on User { x: uuid } ...F } } ${fragment}`, { ...limits, maxAliases: 2 })).toEqual(['TOO_MANY_ALIASES']);
  });

  test('depth follows fragments and inline fragments', () => {
    const limits = { ...DEFAULT_LIMITS, maxDepth: 3 };
    expect(codes('{ currentUser { userProfileByUserUuid { username } } }', limits)).toEqual([]);
    expect(codes('{ currentUser { ...P } } fragment P on User { userEmailsByUserUuid(first: 100) { nodes { email } } }', limits)).toEqual(['OPERATION_TOO_DEEP']);
  });

  test('two sign-in fields in one request are refused, whatever their names or aliases', () => {
    expect(codes('mutation { authenticate(input: {login: "a", password: "b"}) { accessToken } }')).toEqual([]);
    expect(codes('mutation { a: authenticate(input: {login: "a", password: "b"}) { accessToken } b: resetPassword(input: {token: "t", newPassword: "p"}) { boolean } }')).toEqual(['TOO_MANY_SIGN_INS']);
    expect(codes('mutation { ...S } fragment S on Mutation { verifyEmail(input: {token: "t"}) { boolean } registerUser(input: {username: "u", email: "e", password: "p"}) { clientMutationId } }')).toEqual(['TOO_MANY_SIGN_INS']);
  });

  test('page sizes above the maximum are refused, as literals and as variable defaults', () => {
    expect(codes('{ allUsers(first: 100) { nodes { uuid } } }')).toEqual([]);
    expect(codes('{ allUsers(first: 101) { nodes { uuid } } }')).toEqual(['PAGE_TOO_LARGE']);
    expect(codes('query($n: Int = 5000) { allUsers(last: $n) { nodes { uuid } } }')).toEqual(['PAGE_TOO_LARGE']);
  });

  test('the introspection query of GraphQL tools fits the default limits', async () => {
    const { getIntrospectionQuery } = await import('postgraphile/graphql');
    expect(codes(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
  });
});

describe('page sizes and time budget over HTTP', () => {
  test('a page size above the maximum is refused with PAGE_TOO_LARGE, as a literal or a variable', async () => {
    const literal = await graphql(t.api.url, '{ allUsers(first: 1000) { nodes { uuid } } }');
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('PAGE_TOO_LARGE');
    const variable = await graphql(t.api.url, 'query($n: Int) { allUsers(first: $n) { nodes { uuid } } }', { variables: { n: 1000 } });
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('PAGE_TOO_LARGE');
    expect(variable.body.data ?? undefined).toBeUndefined();
    const account = newAccount('pager');
    await graphql(t.api.url, 'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { clientMutationId } }', {
      variables: { u: account.username, e: account.email, p: account.password },
    });
    const signIn = await graphql(t.api.url, 'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken } }', {
      variables: { l: account.username, p: account.password },
    });
    const allowed = await graphql(t.api.url, 'query($n: Int) { currentUser { userEmailsByUserUuid(first: $n) { nodes { email } } } }', {
      variables: { n: 100 },
      token: signIn.body.data.authenticate.accessToken,
    });
    expect(allowed.body).toEqual({ data: { currentUser: { userEmailsByUserUuid: { nodes: [{ email: account.email }] } } } });
  });

  test('a paginated field asked for no page (no first or last, or only variables left null) is refused with PAGE_SIZE_REQUIRED; a page of at most the maximum is served', async () => {
    const refused = async (query: string, variables?: Record<string, unknown>) => {
      const response = await graphql(t.api.url, query, variables ? { variables } : {});
      expect(response.body.data ?? undefined, query).toBeUndefined();
      return (response.body.errors ?? []).map((error) => error.extensions?.code);
    };
    expect(await refused('{ allUsers { totalCount nodes { uuid } } }')).toEqual(['PAGE_SIZE_REQUIRED']);
    expect(await refused('{ allUsers(first: null) { nodes { uuid } } }')).toEqual(['PAGE_SIZE_REQUIRED']);
    // Nested connections, also inside fragments.
    expect(await refused('{ allUsers(first: 5) { nodes { ...U } } } fragment U on User { userEmailsByUserUuid { nodes { email } } }')).toEqual(['PAGE_SIZE_REQUIRED']);
    // Variables: absent, null, or both first and last null.
    expect(await refused('query($n: Int) { allUsers(first: $n) { nodes { uuid } } }')).toEqual(['PAGE_SIZE_REQUIRED']);
    expect(await refused('query($n: Int) { allUsers(first: $n) { nodes { uuid } } }', { n: null })).toEqual(['PAGE_SIZE_REQUIRED']);
    expect(await refused('query($f: Int, $l: Int) { allUsers(first: $f, last: $l) { nodes { uuid } } }', { f: null, l: null })).toEqual(['PAGE_SIZE_REQUIRED']);
    // Bounded: a literal, a variable with a value, a variable's integer default, or last instead of first.
    const account = newAccount('paged');
    await graphql(t.api.url, 'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { clientMutationId } }', {
      variables: { u: account.username, e: account.email, p: account.password },
    });
    const signIn = await graphql(t.api.url, 'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken } }', {
      variables: { l: account.username, p: account.password },
    });
    const token = signIn.body.data.authenticate.accessToken as string;
    for (const [query, variables] of [
      ['{ allUsers(first: 3) { totalCount } }', undefined],
      ['query($n: Int) { allUsers(first: $n) { totalCount } }', { n: 3 }],
      ['query($n: Int = 3) { allUsers(first: $n) { totalCount } }', undefined],
      ['query($f: Int, $l: Int) { allUsers(first: $f, last: $l) { totalCount } }', { l: 3 }],
    ] as const) {
      const response = await graphql(t.api.url, query, { token, ...(variables ? { variables } : {}) });
      expect(response.body.errors, query).toBeUndefined();
      expect(response.body.data?.allUsers.totalCount, query).toBe(1); // a user sees only their own account
    }
  });

  test('a trusted document whose connection asks for no page is refused by the document check (idkit add-document / check-documents)', async () => {
    const { bundledSchemaPath, documentProblems } = await import('../src/server/trusted-documents.ts');
    const schema = readSchema(bundledSchemaPath());
    expect(documentProblems('query { mySessions { nodes { rowId } } }', schema, DEFAULT_LIMITS)).toEqual([
      'mySessions returns pages: ask for one with first or last (at most 100).',
    ]);
    expect(documentProblems('query { mySessions(first: 20) { nodes { rowId } } }', schema, DEFAULT_LIMITS)).toEqual([]);
  });

  test('a request that outlives its time budget ends with REQUEST_TIMEOUT and its transaction is rolled back', async () => {
    const slow = await startApiUnderTest({ requestTimeoutMs: 400 });
    const blocker = new pg.Client({ connectionString: slow.db.superuserUrl });
    await blocker.connect();
    try {
      const account = newAccount('budget');
      // register_user inserts the account, then waits for the profile table: the budget runs out there.
      await blocker.query('begin');
      await blocker.query('lock table identity.user_profiles in access exclusive mode');
      const started = performance.now();
      const response = await graphql(
        slow.api.url,
        'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { result { uuid } } }',
        { variables: { u: account.username, e: account.email, p: account.password } },
      );
      const ms = performance.now() - started;
      expect(response.body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      expect(response.body.errors?.[0]?.message).toMatch(/400 ms/);
      expect(ms).toBeLessThan(2_000);
      await blocker.query('rollback');
      // Had the statement outlived the response, it would go on now that the lock is gone: wait until the
      // server has nothing running in the database, then look.
      for (let i = 0; i < 40; i++) {
        const [busy] = await slow.sql(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and usename = 'app_authenticator' and state <> 'idle'`,
        );
        if (busy.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const rows = await slow.sql(`select count(*)::int as n from identity.user_emails where email = $1`, [account.email]);
      expect(rows[0].n).toBe(0);
      const users = await slow.sql(`select count(*)::int as n from identity.users`);
      expect(users[0].n).toBe(0);
    } finally {
      await blocker.query('rollback').catch(() => {});
      await blocker.end();
      await slow.close();
    }
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

  test('refuses introspection with INTROSPECTION_DISABLED, and still answers __typename', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "User") { name } }', 'query { ...I } fragment I on Query { __schema { queryType { name } } }']) {
      const response = await graphql(prod.api.url, query);
      expect(response.body.data ?? undefined, query).toBeUndefined();
      expect(response.body.errors?.[0]?.extensions?.code, query).toBe('INTROSPECTION_DISABLED');
    }
    expect((await graphql(prod.api.url, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  test('enforces the operation limits too', async () => {
    const response = await graphql(prod.api.url, fanOutAttack(4, 5));
    expect(response.body.errors?.map((e) => e.extensions?.code)).toContain('OPERATION_TOO_COSTLY');
  });
});

describe('trusted documents', () => {
  const allowed = 'query Me {\n  currentUserUuid\n}\n';
  let dir: string;
  let trusted: ApiUnderTest;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-trusted-'));
    const { problems } = addTrustedDocument(allowed, { directory: dir, schema: readSchema(path.join(root, 'generated/schema.graphql')), limits: DEFAULT_LIMITS });
    expect(problems).toEqual([]);
    trusted = await startApiUnderTest({ production: true, trustedDocumentsDir: dir });
  });

  afterAll(async () => {
    await trusted?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown) =>
    fetch(`${trusted.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as GraphQLBody }));

  test('run an allowed document by its id, or by its exact text', async () => {
    expect(await post({ documentId: documentIdOf(allowed) })).toEqual({ status: 200, body: { data: { currentUserUuid: null } } });
    expect(await post({ query: allowed })).toEqual({ status: 200, body: { data: { currentUserUuid: null } } });
    const get = await fetch(`${trusted.api.url}/graphql?documentId=${encodeURIComponent(documentIdOf(allowed))}`, { headers: { accept: 'application/json' } });
    expect(await get.json()).toEqual({ data: { currentUserUuid: null } });
  });

  test('refuse any other document, an unknown id and a request without one, with TRUSTED_DOCUMENT_REQUIRED', async () => {
    for (const body of [{ query: '{ __typename }' }, { query: allowed.replace('Me', 'Me2') }, { documentId: documentIdOf('{ __typename }') }, {}]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(response.body.data).toBeUndefined();
    }
  });

  test("the committed allow-list holds the README's operations, each a valid document within the limits", () => {
    const documents = loadTrustedDocuments(path.join(root, 'trusted-documents'));
    const examples = path.join(root, 'examples/operations');
    const files = fs.readdirSync(examples).filter((name) => name.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const text = `${fs.readFileSync(path.join(examples, file), 'utf8').trimEnd()}\n`;
      expect(documents.has(documentIdOf(text).slice('sha256:'.length)), file).toBe(true);
    }
  });
});

describe('idkit add-document and check-documents', () => {
  const idkit = (env: NodeJS.ProcessEnv, ...args: string[]) => runIdkit(args, { ...process.env, ...env });

  test('the committed allow-list passes check-documents (exit 0)', async () => {
    const result = await idkit({}, 'check-documents');
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/trusted documents .* all valid/) });
  });

  test('add-document stores a valid document under its hash and prints its id; an invalid one is refused with exit 65', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-add-'));
    try {
      const good = path.join(dir, 'good.graphql');
      const bad = path.join(dir, 'bad.graphql');
      const tooBig = path.join(dir, 'too-big.graphql');
      fs.writeFileSync(good, 'query Mine { currentUserUuid }\n\n');
      fs.writeFileSync(bad, 'query Nope { noSuchField }');
      fs.writeFileSync(tooBig, fanOutAttack(4, 5));
      const env = { IDKIT_TRUSTED_DOCUMENTS_DIR: path.join(dir, 'list') };
      const added = await idkit(env, 'add-document', good);
      expect(added.code).toBe(0);
      const id = documentIdOf('query Mine { currentUserUuid }\n');
      expect(added.stdout).toContain(id);
      expect([...loadTrustedDocuments(path.join(dir, 'list')).keys()]).toEqual([id.slice('sha256:'.length)]);
      for (const file of [bad, tooBig]) {
        const refused = await idkit(env, 'add-document', file);
        expect(refused.code, file).toBe(65);
        expect(refused.stderr, file).toMatch(/not added/);
      }
      expect(loadTrustedDocuments(path.join(dir, 'list')).size).toBe(1);
      // A hand-edited file no longer matches its name: check-documents fails.
      const [name] = fs.readdirSync(path.join(dir, 'list'));
      fs.appendFileSync(path.join(dir, 'list', name!), '# edited\n');
      expect((await idkit(env, 'check-documents')).code).toBe(65);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CORS', () => {
  const listed = 'https://app.example.com';
  let withOrigins: ApiUnderTest;

  beforeAll(async () => {
    withOrigins = await startApiUnderTest({ corsOrigins: [listed, 'http://localhost:3000'] });
  });

  afterAll(async () => {
    await withOrigins?.close();
  });

  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
  const post = (url: string, origin: string) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

  test('a listed origin gets its preflight answered and may send credentials', async () => {
    const answer = await preflight(withOrigins.api.url, listed);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(listed);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
    expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(answer.headers.get('vary')).toMatch(/origin/i);
    const response = await post(withOrigins.api.url, listed);
    expect(response.headers.get('access-control-allow-origin')).toBe(listed);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('an unlisted origin gets no CORS header, on the preflight or the request', async () => {
    for (const origin of ['https://evil.example.com', 'https://app.example.com.evil.example', 'null']) {
      const answer = await preflight(withOrigins.api.url, origin);
      expect(answer.status).toBe(204);
      const response = await post(withOrigins.api.url, origin);
      await response.arrayBuffer();
      for (const headers of [answer.headers, response.headers]) {
        expect(headers.get('access-control-allow-origin'), origin).toBeNull();
        expect(headers.get('access-control-allow-credentials'), origin).toBeNull();
      }
    }
  });

  test('without IDKIT_CORS_ORIGINS no origin is allowed', async () => {
    const answer = await preflight(t.api.url, listed);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const response = await post(t.api.url, listed);
    await response.arrayBuffer();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the schema', () => {
  test('has no relation cycle: no object type reaches itself through fields other than the Relay `query` and `node` entry points', () => {
    const schema = buildSchema(fs.readFileSync(path.join(root, 'generated/schema.graphql'), 'utf8'));
    const skip = new Set(['query', 'node']);
    const edges = new Map<string, Set<string>>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query' || type.name === 'Mutation') continue;
      const targets = new Set<string>();
      for (const field of Object.values(type.getFields())) {
        if (skip.has(field.name)) continue;
        const target = getNamedType(field.type);
        if (isObjectType(target) && target.name !== 'Query') targets.add(target.name);
      }
      edges.set(type.name, targets);
    }
    const cycles: string[] = [];
    const visit = (name: string, pathSoFar: string[]) => {
      for (const next of edges.get(name) ?? []) {
        if (next === pathSoFar[0]) cycles.push([...pathSoFar, next].join(' -> '));
        else if (!pathSoFar.includes(next)) visit(next, [...pathSoFar, next]);
      }
    };
    for (const name of edges.keys()) visit(name, [name]);
    expect(cycles).toEqual([]);
  });
});
