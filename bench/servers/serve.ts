// A server process for bench/graphql.ts: `postgraphile` (the real API) or `handwritten` (node:http + pg
// doing the same work for currentUser as a careful hand-written server would: verify the access token,
// then in one transaction set role, user and session with one prepared statement and select the user,
// whose session current_user_uuid() checks in both servers).
import '../../src/graphile-env.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pgSettingsForAuthorization } from '../../src/server/auth.ts';
import { startGraphQLServer } from '../../src/server/http.ts';
import { clientOf } from '../../src/server/identity-kit-preset.ts';
import { signingKeysFrom } from '../../src/sessions/signing-keys.ts';

const [kind, authenticatorUrl] = process.argv.slice(2) as [string, string];
// The keys come through the environment, never the command line (which `ps` shows).
const signingKeys = await signingKeysFrom(process.env.IDKIT_SIGNING_KEYS!);
const POOL_SIZE = 10;

async function handwritten(): Promise<string> {
  const pool = new pg.Pool({ connectionString: authenticatorUrl, max: POOL_SIZE });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
        // The same settings the kit's preset sets for each request.
        const settings = {
          ...(await pgSettingsForAuthorization(req.headers.authorization, signingKeys)),
          ...clientOf(req, false),
          statement_timeout: '5000',
        };
        const client = await pool.connect();
        try {
          await client.query('begin');
          // Named statements: parsed and planned once per connection, as a careful server would do.
          await client.query({
            name: 'settings',
            text: 'select set_config(el->>0, el->>1, true) from json_array_elements($1::json) el',
            values: [JSON.stringify(Object.entries(settings))],
          });
          const { rows } = await client.query({
            name: 'current_user',
            text: `select u.uuid, u.created_at from identity."current_user"() u where u.uuid is not null`,
          });
          await client.query('commit');
          const user = rows[0] ? { uuid: rows[0].uuid, createdAt: rows[0].created_at } : null;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { currentUser: user } }));
        } finally {
          client.release();
        }
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function postgraphile(): Promise<string> {
  const api = await startGraphQLServer({
    authenticatorUrl,
    signingKeys,
    production: true,
    port: 0,
    host: '127.0.0.1',
    poolSize: POOL_SIZE,
  });
  return `${api.url}/graphql`;
}

const url = kind === 'postgraphile' ? await postgraphile() : await handwritten();
process.stdout.write(`${url}\n`);
