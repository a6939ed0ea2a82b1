// An application context's pgSettings against the preset's filter: PostgreSQL setting names are case-insensitive, so
// the preset's filter of the application's pgSettings (`role`, `jwt.claims.*`, `idkit.*`, once compared case-sensitively)
// lets `JWT.CLAIMS.USER_UUID` / `JWT.CLAIMS.SESSION_ID` through on an anonymous request: the kit sets no claims of
// its own there, so nothing overrides them and identity.current_user_uuid() trusts them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile, type PostGraphileInstance } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { identityKitPreset, identityKitSchemas } from '../src/server/postgraphile.ts';
import { generateSigningKey, signingKeysFrom } from '../src/sessions/signing-keys.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { graphql, newAccount } from './support/graphql.ts';

let db: TestDatabase;
let pgl: PostGraphileInstance;
let server: Server;
let url: string;
/** What the application's context adds to pgSettings (an application forwarding values it should not). */
let fromApplication: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  const superuser = new pg.Client({ connectionString: db.superuserUrl });
  await superuser.connect();
  await superuser.query('update identity_private.auth_settings set bcrypt_cost = 4');
  await superuser.end();
  pgl = postgraphile({
    extends: [PostGraphileAmberPreset, identityKitPreset({ signingKeys: await signingKeysFrom(JSON.stringify([generateSigningKey()])), production: false })],
    pgServices: [makePgService({ connectionString: db.authenticatorUrl, schemas: [...identityKitSchemas], pubsub: false })],
    grafast: { context: () => ({ pgSettings: { ...fromApplication } }) },
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  });
  server = createServer();
  await pgl.createServ(grafserv).addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await pgl?.release();
  for (const service of pgl?.getResolvedPreset().pgServices ?? []) await service.release?.();
  await db?.drop();
});

test("an application's pgSettings cannot sign an anonymous request in, whatever the case of the setting's name", async () => {
  const a = newAccount('victim');
  const reg = await graphql(url, 'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { result { uuid } } }', {
    variables: { u: a.username, e: a.email, p: a.password },
  });
  expect(reg.body.errors).toBeUndefined();
  const auth = await graphql(url, 'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken } }', {
    variables: { l: a.username, p: a.password },
  });
  const claims = JSON.parse(Buffer.from((auth.body.data.authenticate.accessToken as string).split('.')[1]!, 'base64url').toString()) as { sub: string; sid: string };

  // Lower case: filtered out, as documented.
  fromApplication = { 'jwt.claims.user_uuid': claims.sub, 'jwt.claims.session_id': claims.sid };
  expect((await graphql(url, '{ currentUser { uuid } }')).body.data.currentUser).toBeNull();
  // Upper case: the same settings for PostgreSQL.
  fromApplication = { 'JWT.CLAIMS.USER_UUID': claims.sub, 'JWT.CLAIMS.SESSION_ID': claims.sid };
  expect((await graphql(url, '{ currentUser { uuid } }')).body.data.currentUser).toBeNull();
});
