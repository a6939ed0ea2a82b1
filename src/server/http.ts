// Serving the GraphQL API (and Ruru in development) over node:http, with a graceful shutdown.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { pgSettingsForAuthorization, type PgSettings } from './auth.ts';
import { onInterrupt } from '../lifecycle.ts';
import { withCors } from './cors.ts';
import { allowOnMethodNotAllowed, preferLegacyJson } from './graphql-over-http.ts';
import { clientOf } from './identity-kit-preset.ts';
import { makePreset, type ServerOptions } from './preset.ts';
import { handleSessionRoute } from './session-routes.ts';

export interface GraphQLServer {
  /** Base URL, e.g. http://localhost:5678 ; the API is at `${url}/graphql`. */
  url: string;
  server: Server;
  /** Stops accepting connections, lets in-flight requests finish, closes the pool. */
  close(): Promise<void>;
}

/**
 * A pool whose end() resolves once every connection it opened has closed. pg's own end() resolves when its
 * clients are released, while their connections are still closing: PostgreSQL stopped right after (a Ctrl-C
 * during start, a taken port) then cut them, and each printed an error. The error handlers are the ones
 * PostGraphile's adaptor puts on the pools it makes itself.
 */
function poolClosingFully(config: pg.PoolConfig, name: string): { pool: pg.Pool; end(): Promise<void> } {
  const pool = new pg.Pool(config);
  const closing: Promise<void>[] = [];
  pool.on('connect', (client) => {
    client.on('error', (error) => console.error(`Client error (active, ${name})`, error));
    closing.push(new Promise((resolve) => client.once('end', () => resolve())));
  });
  pool.on('error', (error) => console.error(`Client error (in pool, ${name})`, error));
  return {
    pool,
    async end() {
      await pool.end();
      await Promise.all(closing);
    },
  };
}

export async function startGraphQLServer(options: ServerOptions): Promise<GraphQLServer> {
  // Tokens are checked before GraphQL runs: a refused token is a plain 401, without a logged stack
  // trace per attempt, and the verified settings are handed to the preset's middleware (no second check).
  const verified = new WeakMap<IncomingMessage, PgSettings>();
  const apiPool = poolClosingFully({ connectionString: options.authenticatorUrl, max: options.poolSize ?? 10 }, 'pool');
  const pgl = postgraphile(makePreset({ ...options, pool: apiPool.pool, verifiedSettings: (req) => verified.get(req) }));
  const serv = pgl.createServ(grafserv);
  // The refresh route of cookie mode talks to the database itself, through a pool of its own.
  const routesPool = poolClosingFully({ connectionString: options.authenticatorUrl, max: 2 }, 'routes');
  const routes = {
    keys: options.signingKeys,
    sessionCookie: options.sessionCookie ?? false,
    pool: routesPool.pool,
    clientSettings: (req: IncomingMessage) => clientOf(req, options.trustProxy ?? false),
  };
  // createHandler (rather than addTo) so that the token check runs first; no websockets are served.
  const handle = serv.createHandler();
  // Inside withCors, so that the JWKS and refresh routes get the same CORS answers as GraphQL.
  const server = createServer(withCors(options.corsOrigins ?? [], (req, res) => {
    if (handleSessionRoute(routes, req, res)) return;
    pgSettingsForAuthorization(req.headers.authorization, options.signingKeys).then(
      (settings) => {
        verified.set(req, settings);
        preferLegacyJson(req);
        allowOnMethodNotAllowed(req, res);
        handle(req, res);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : 'Unauthorized';
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
        res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }));
      },
    );
  }));
  let released: Promise<void> | undefined;
  const releasePools = () =>
    (released ??= (async () => {
      // pgl.release() releases the serv and the services, not the pools given to them.
      await pgl.release();
      for (const service of pgl.getResolvedPreset().pgServices ?? []) await service.release?.();
      await apiPool.end();
      await routesPool.end();
    })());
  // A Ctrl-C while the schema is built: the pools end (letting the introspection finish) before the cleanups
  // registered earlier stop PostgreSQL, so no pool sees its connections cut and prints about it.
  const unregisterCleanup = onInterrupt(releasePools);
  try {
    // Build the schema now, so a broken database fails the start instead of the first request.
    await pgl.getSchema();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    // A taken port is the caller's to explain (src/commands/start.ts), in one line.
    unregisterCleanup();
    await releasePools();
    throw error;
  }
  // From here the caller's graceful stop (close) ends the pools.
  unregisterCleanup();
  server.on('error', (error) => console.error(error));
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${options.host === '0.0.0.0' || options.host === '::' ? host : options.host}:${address.port}`,
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await releasePools();
    },
  };
}
