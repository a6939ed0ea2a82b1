// Serving the GraphQL API (and Ruru in development) over node:http, with a graceful shutdown.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { pgSettingsForAuthorization, type PgSettings } from './auth.ts';
import { makePreset, type ServerOptions } from './preset.ts';

export interface GraphQLServer {
  /** Base URL, e.g. http://localhost:5678 ; the API is at `${url}/graphql`. */
  url: string;
  server: Server;
  /** Stops accepting connections, lets in-flight requests finish, closes the pool. */
  close(): Promise<void>;
}

export async function startGraphQLServer(options: ServerOptions): Promise<GraphQLServer> {
  // Tokens are checked before GraphQL runs: a refused token is a plain 401, without a logged stack
  // trace per attempt, and the verified settings are handed to the request's context.
  const verified = new WeakMap<IncomingMessage, PgSettings>();
  const pgl = postgraphile(
    makePreset({ ...options, settingsForRequest: (req) => verified.get(req) }),
  );
  const serv = pgl.createServ(grafserv);
  // createHandler (rather than addTo) so that the token check runs first; no websockets are served.
  const handle = serv.createHandler();
  const server = createServer((req, res) => {
    try {
      verified.set(req, pgSettingsForAuthorization(req.headers.authorization, options.jwtSecret));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Unauthorized';
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }));
      return;
    }
    handle(req, res);
  });
  // Build the schema now, so a broken database fails the start instead of the first request.
  await pgl.getSchema();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    // A taken port is the caller's to explain (src/commands/start.ts), in one line.
    await pgl.release();
    for (const service of pgl.getResolvedPreset().pgServices ?? []) await service.release?.();
    throw error;
  }
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
      // pgl.release() releases the serv too, but not the pools of the services it built.
      await pgl.release();
      for (const service of pgl.getResolvedPreset().pgServices ?? []) await service.release?.();
    },
  };
}
