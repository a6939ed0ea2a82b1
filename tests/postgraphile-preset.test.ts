// An application's own PostGraphile 5 server built on `pg-identity-kit/postgraphile`: its own schema, pgServices,
// grafast.context and plugin, and the kit's session verification, client address, limits and masking intact.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { postgraphile, type PostGraphileInstance } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { context } from 'postgraphile/grafast';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { extendSchema, gql } from 'postgraphile/utils';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, identityKitPreset, identityKitSchemas } from '../src/server/postgraphile.ts';
import { generateSigningKey, signingKeysFrom } from '../src/sessions/signing-keys.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { graphql, newAccount } from './support/graphql.ts';

declare global {
  namespace Grafast {
    interface Context {
      appTenant?: string;
    }
  }
}

const APP_SCHEMA = /* SQL */ `
  create schema app_public;
  grant usage on schema app_public to app_anonymous, app_user;

  create table app_public.notes (
    id         bigint generated always as identity primary key,
    owner_uuid uuid not null default identity.current_user_uuid() references identity.users (uuid) on delete cascade,
    body       text not null unique
  );
  create index on app_public.notes (owner_uuid);
  alter table app_public.notes enable row level security;
  create policy own_notes on app_public.notes
    using (owner_uuid = (select identity.current_user_uuid()))
    with check (owner_uuid = (select identity.current_user_uuid()));
  grant select on app_public.notes to app_user;
  grant insert (body) on app_public.notes to app_user;

  -- What the request's transaction sees of its settings.
  create function app_public.request_settings() returns jsonb language sql stable as $$
    select jsonb_build_object(
      'role', current_user,
      'tenant', current_setting('app.tenant', true),
      'user_uuid', nullif(current_setting('jwt.claims.user_uuid', true), ''),
      'client_ip', current_setting('idkit.client_ip', true),
      'statement_timeout', current_setting('statement_timeout'))
  $$;

  create function app_public.fail_internally() returns int language plpgsql stable as $$
  begin
    raise exception 'select secret from identity_private.user_secrets' using errcode = 'XX000';
  end
  $$;
`;

/** An application plugin that reads a value the application's own context set. */
const AppTenantPlugin = extendSchema(
  () => ({
    typeDefs: gql`
      extend type Query {
        appTenant: String
      }
    `,
    plans: { Query: { appTenant: () => context().get('appTenant') } },
  }),
  'AppTenantPlugin',
);

const REGISTER = 'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { result { uuid } } }';
const AUTHENTICATE = 'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken } }';
const SETTINGS = '{ requestSettings }';

let db: TestDatabase;
let superuser: pg.Pool;
let pgl: PostGraphileInstance;
let server: Server;
let url: string;
/** A uuid the application's context claims for every request: the kit must not let it through. */
const claimedByApp = crypto.randomUUID();

beforeAll(async () => {
  db = await createTestDatabase();
  superuser = new pg.Pool({ connectionString: db.superuserUrl, max: 2 });
  await superuser.query('update identity_private.auth_settings set bcrypt_cost = 4');
  await superuser.query(APP_SCHEMA);
  const preset: GraphileConfig.Preset = {
    extends: [
      PostGraphileAmberPreset,
      identityKitPreset({
        signingKeys: await signingKeysFrom(JSON.stringify([generateSigningKey()])),
        production: false,
        limits: { ...DEFAULT_LIMITS, maxAliases: 3 },
      }),
    ],
    plugins: [AppTenantPlugin],
    pgServices: [makePgService({ connectionString: db.authenticatorUrl, schemas: ['app_public', ...identityKitSchemas], pubsub: false })],
    grafast: {
      // The application's own context, which replaces any earlier preset's: it even tries to pick the role and user.
      context: () => ({
        appTenant: 'acme',
        pgSettings: { 'app.tenant': 'acme', role: 'app_admin', 'jwt.claims.user_uuid': claimedByApp },
      }),
    },
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  };
  pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  server = createServer();
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await pgl?.release();
  for (const service of pgl?.getResolvedPreset().pgServices ?? []) await service.release?.();
  await superuser?.end();
  await db?.drop();
});

async function signedIn(label: string) {
  const account = newAccount(label);
  const registered = await graphql(url, REGISTER, { variables: { u: account.username, e: account.email, p: account.password } });
  expect(registered.body.errors, JSON.stringify(registered.body.errors)).toBeUndefined();
  const session = await graphql(url, AUTHENTICATE, { variables: { l: account.username, p: account.password } });
  expect(session.body.errors, JSON.stringify(session.body.errors)).toBeUndefined();
  return { ...account, uuid: registered.body.data.registerUser.result.uuid as string, token: session.body.data.authenticate.accessToken as string };
}

describe("the kit's session verification in an application's server", () => {
  test('a forged, garbled or non-bearer token is refused with 401 UNAUTHENTICATED, never served as anonymous', async () => {
    const { token } = await signedIn('forger');
    const [header, payload] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: crypto.randomUUID() })).toString('base64url');
    for (const authorization of [`Bearer ${header}.${forgedPayload}.${token.split('.')[2]}`, 'Bearer a.b.c', 'Basic dXNlcjpwYXNz']) {
      const response = await graphql(url, SETTINGS, { authorization });
      expect(response.status, authorization).toBe(401);
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  test("a signed-in user sees currentUser and their own notes; another user's notes stay invisible", async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const me = await graphql(url, '{ currentUser { uuid } }', { token: alice.token });
    expect(me.body.data).toEqual({ currentUser: { uuid: alice.uuid } });
    const created = await graphql(url, 'mutation($b: String!) { createNote(input: {note: {body: $b}}) { note { body ownerUuid } } }', {
      token: alice.token,
      variables: { b: `alice's note ${alice.uuid}` },
    });
    expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
    expect(created.body.data.createNote.note).toEqual({ body: `alice's note ${alice.uuid}`, ownerUuid: alice.uuid });
    const notes = (token: string) => graphql(url, '{ allNotes(first: 10) { nodes { body } } }', { token });
    expect((await notes(alice.token)).body.data.allNotes.nodes).toEqual([{ body: `alice's note ${alice.uuid}` }]);
    expect((await notes(bob.token)).body.data.allNotes.nodes).toEqual([]);
  });

  test("the application's context reaches its plugin and its own settings reach SQL; the kit's role and user win", async () => {
    const carol = await signedIn('carol');
    const signed = await graphql(url, '{ appTenant requestSettings }', { token: carol.token });
    expect(signed.body.errors, JSON.stringify(signed.body.errors)).toBeUndefined();
    expect(signed.body.data.appTenant).toBe('acme');
    expect(signed.body.data.requestSettings).toMatchObject({ role: 'app_user', tenant: 'acme', user_uuid: carol.uuid, statement_timeout: '5s' });
    const anonymous = await graphql(url, SETTINGS);
    expect(anonymous.body.data.requestSettings).toMatchObject({ role: 'app_anonymous', tenant: 'acme', user_uuid: null });
  });
});

describe("the kit's request guard and error masking in an application's server", () => {
  test('a connection without first is refused with PAGE_SIZE_REQUIRED, and too many aliases with TOO_MANY_ALIASES', async () => {
    const { token } = await signedIn('limited');
    const unpaged = await graphql(url, '{ allNotes { nodes { body } } }', { token });
    expect(unpaged.body.errors?.map((e) => e.extensions?.code)).toEqual(['PAGE_SIZE_REQUIRED']);
    const aliased = await graphql(url, '{ a: appTenant b: appTenant c: appTenant d: appTenant }', { token });
    expect(aliased.body.data ?? null).toBeNull();
    expect(aliased.body.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_ALIASES']);
  });

  test('database errors of application tables carry the kit codes; an internal error is masked without SQL', async () => {
    const dave = await signedIn('dave');
    const create = () => graphql(url, 'mutation { createNote(input: {note: {body: "twice"}}) { note { body } } }', { token: dave.token });
    expect((await create()).body.errors).toBeUndefined();
    const duplicate = await create();
    expect(duplicate.body.errors?.[0]).toMatchObject({ message: 'A value must be unique and is already used.', extensions: { code: '23505' } });
    const internal = await graphql(url, '{ failInternally }');
    expect(internal.body.errors).toHaveLength(1);
    expect(internal.body.errors![0]!.message).toMatch(/^An error occurred \(logged with hash: '[^']+', id: '[A-Z0-9]+'\)$/);
    expect(JSON.stringify(internal.body)).not.toMatch(/select|identity_private|XX000/i);
  });
});

describe('the client address', () => {
  test("the sign-in audit and the request's transaction get the socket's address and user agent", async () => {
    const account = await signedIn('audited');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'AppAgent/2.0', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ query: AUTHENTICATE, variables: { l: account.username, p: 'not the password' } }),
    });
    expect(response.status).toBe(200);
    const { rows } = await superuser.query(
      `select host(ip_address) as ip, user_agent from identity.login_audit_logs where user_uuid = $1 and event_type = 'login_failure'`,
      [account.uuid],
    );
    // Not behind a trusted proxy: X-Forwarded-For is the client's claim and is ignored.
    expect(rows).toEqual([{ ip: '127.0.0.1', user_agent: 'AppAgent/2.0' }]);
    expect((await graphql(url, SETTINGS, { token: account.token })).body.data.requestSettings.client_ip).toBe('127.0.0.1');
  });
});

test('the package exports the preset as pg-identity-kit/postgraphile (the built module)', async () => {
  const root = path.join(import.meta.dirname, '..');
  const script = "const m = await import('pg-identity-kit/postgraphile'); console.log(import.meta.resolve('pg-identity-kit/postgraphile'), typeof m.identityKitPreset, m.identityKitSchemas.join());";
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
  const [resolved, kind, schemas] = stdout.trim().split(' ');
  expect(resolved).toMatch(/\/dist\/src\/server\/postgraphile\.js$/);
  expect([kind, schemas]).toEqual(['function', 'identity']);
});
