// The notes application's server: PostGraphile over its own schema and the kit's, extending the kit's
// preset (session verification, client address, limits, error masking), plus one route of its own that runs
// its PgTyped query inside the caller's session, where row-level security applies exactly as in GraphQL.
// The kit's entry first: it sets GRAPHILE_ENV from NODE_ENV before Grafast loads.
import { identityKitPreset, identityKitSchemas } from 'pg-identity-kit/postgraphile';
import { createIdentityClient, IdentityError, signingKeysFrom } from 'pg-identity-kit';
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { countMyNotes } from './notes.queries.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`notes-app needs ${name} (see the README of pg-identity-kit, "Build your application on it")`);
  return value;
}

const authenticatorUrl = required('IDKIT_AUTHENTICATOR_URL');
const signingKeys = required('IDKIT_SIGNING_KEYS');
const tokenKeys = required('IDKIT_TOKEN_KEYS');
const port = Number(process.env.PORT ?? 5680);

const preset: GraphileConfig.Preset = {
  extends: [
    PostGraphileAmberPreset,
    identityKitPreset({ signingKeys: await signingKeysFrom(signingKeys), tokenKeys, production: process.env.NODE_ENV === 'production' }),
  ],
  // pgServices is replaced, not merged: the application lists its own schema and the kit's.
  pgServices: [makePgService({ connectionString: authenticatorUrl, schemas: ['app_public', ...identityKitSchemas] })],
  grafserv: { port, graphqlPath: '/graphql', watch: false },
};

const pgl = postgraphile(preset);
const graphql = pgl.createServ(grafserv).createHandler();
const identity = createIdentityClient({ connectionString: authenticatorUrl, signingKeys, tokenKeys });

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/my-notes/count') {
    const accessToken = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!accessToken) {
      res.writeHead(401).end();
      return;
    }
    identity
      .asUser({ accessToken })
      .transaction((client) => countMyNotes.run(undefined, client))
      .then(
        ([row]) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ notes: row!.notes })),
        (error: unknown) => res.writeHead(error instanceof IdentityError ? 401 : 500).end(),
      );
    return;
  }
  graphql(req, res);
});

server.listen(port, () => console.log(`notes-app: GraphQL at http://localhost:${(server.address() as { port: number }).port}/graphql`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void Promise.all([pgl.release(), identity.end()]).then(() => process.exit(0));
  });
}
