// `idkit start` (npm start): database, migrations, then the GraphQL API until Ctrl-C or SIGTERM.
import type { Config } from '../config.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { startGraphQLServer } from '../server/http.ts';
import { signingKeysFrom } from '../sessions/signing-keys.ts';
import { connectionSummary } from './db.ts';
import { EXIT } from './exit-codes.ts';
import { waitForShutdownSignal } from './wait-for-signal.ts';

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
    api = await startGraphQLServer({
      authenticatorUrl: target.authenticatorUrl,
      signingKeys: await signingKeysFrom(target.secrets.signingKeys),
      sessionCookie: config.sessionCookie,
      tokenKeys: target.secrets.tokenKeys,
      trustProxy: config.trustProxy,
      limits: config.limits,
      introspection: config.introspection,
      requestTimeoutMs: config.requestTimeoutMs,
      corsOrigins: config.corsOrigins,
      ...(config.trustedDocuments ? { trustedDocumentsDir: config.trustedDocumentsDir } : {}),
      production: config.production,
      port: config.httpPort,
      host: config.httpHost,
    });
  } catch (error) {
    await target.stop();
    throw error;
  }
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
