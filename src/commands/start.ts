// `idkit start` (npm start): database, migrations, then the GraphQL API until Ctrl-C or SIGTERM.
import type { Config } from '../config.ts';
import { settleMigrationPools } from '../db/migrations.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { isInterrupted } from '../lifecycle.ts';
import { startGraphQLServer } from '../server/http.ts';
import type { ServerOptions } from '../server/preset.ts';
import { signingKeysFrom } from '../sessions/signing-keys.ts';
import { connectionSummary } from './db.ts';
import { CommandError, EXIT } from './exit-codes.ts';
import { waitForShutdownSignal } from './wait-for-signal.ts';

/** The API's options from the configuration, for `start` and `serve` alike: only the connection and keys differ. */
export async function apiOptions(
  config: Config,
  connection: { authenticatorUrl: string; signingKeys: string; tokenKeys: string | undefined },
): Promise<ServerOptions> {
  return {
    authenticatorUrl: connection.authenticatorUrl,
    signingKeys: await signingKeysFrom(connection.signingKeys),
    sessionCookie: config.sessionCookie,
    ...(connection.tokenKeys ? { tokenKeys: connection.tokenKeys } : {}),
    trustProxy: config.trustProxy,
    limits: config.limits,
    introspection: config.introspection,
    requestTimeoutMs: config.requestTimeoutMs,
    corsOrigins: config.corsOrigins,
    ...(config.trustedDocuments ? { trustedDocumentsDir: config.trustedDocumentsDir } : {}),
    production: config.production,
    port: config.httpPort,
    host: config.httpHost,
  };
}

export async function startCommand(config: Config): Promise<number> {
  if (config.production && (!config.signingKeys || !config.tokenKeys || (config.databaseUrl && !config.authenticatorPassword))) {
    console.error(
      'NODE_ENV=production needs IDKIT_SIGNING_KEYS (see idkit keygen), IDKIT_TOKEN_KEYS and (with DATABASE_URL) IDKIT_AUTHENTICATOR_PASSWORD, shared by every server instance.',
    );
    return EXIT.usage;
  }
  const target = await prepareDatabase(config, { migrate: true });
  let api;
  try {
    api = await startGraphQLServer(
      await apiOptions(config, { authenticatorUrl: target.authenticatorUrl, signingKeys: target.secrets.signingKeys, tokenKeys: target.secrets.tokenKeys }),
    );
  } catch (error) {
    // graphile-migrate closes its pool 200 ms after the migration and exits the process (1) if PostgreSQL
    // goes away first: a port found taken at once would otherwise end with 1 instead of its own message.
    await settleMigrationPools();
    await target.stop();
    throw listenError(error, config) ?? error;
  }
  // A Ctrl-C that came during start-up is being undone by the interrupt handler, which ends the process: the
  // API must not announce itself (a caller would take it for serving, and expect a graceful stop).
  if (isInterrupted()) await new Promise(() => {});
  console.log(`Database "${target.databaseName}" is migrated.\n${connectionSummary(target)}\n`);
  console.log(`GraphQL API: ${api.url}/graphql`);
  if (!config.production) console.log(`Ruru (GraphQL IDE): ${api.url}/`);
  console.log('\nPress Ctrl-C to stop.');
  const signal = await waitForShutdownSignal();
  console.log(`\nReceived ${signal}; finishing requests and stopping.`);
  await api.close();
  await target.stop();
  return EXIT.ok;
}

/** A taken or forbidden GraphQL port, said in one line with the variable to change. */
export function listenError(error: unknown, config: Pick<Config, 'httpPort' | 'httpHost'>): CommandError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new CommandError(`Port ${config.httpPort} is taken, so the GraphQL API cannot listen there. Set PORT to a free port.`);
  if (code === 'EACCES') return new CommandError(`Port ${config.httpPort} needs privileges this process lacks. Set PORT to a port above 1023.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new CommandError(`HOST "${config.httpHost}" is not an address of this machine. Set HOST.`);
  return undefined;
}
