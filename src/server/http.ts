// Serving the GraphQL API (and Ruru in development) over node:http, with a graceful shutdown.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { makePreset, type ServerOptions } from './preset.ts';

export interface GraphQLServer {
  /** Base URL, e.g. http://localhost:5678 ; the API is at `${url}/graphql`. */
  url: string;
  server: Server;
  /** Stops accepting connections, lets in-flight requests finish, closes the pool. */
  close(): Promise<void>;
}

export async function startGraphQLServer(options: ServerOptions): Promise<GraphQLServer> {
  const pgl = postgraphile(makePreset(options));
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on('error', (error) => console.error(error));
  await serv.addTo(server);
  // Build the schema now, so a broken database fails the start instead of the first request.
  await pgl.getSchema();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${options.host === '0.0.0.0' || options.host === '::' ? host : options.host}:${address.port}`,
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await serv.release();
      await pgl.release();
    },
  };
}
