// `idkit serve`: the production API server. It gets app_authenticator's connection string and the keys,
// nothing else: no superuser, no provisioning, no migrations (`idkit migrate` is the DBA's step), and it
// refuses to serve a database whose schema is older than this code.
import type { Config } from '../config.ts';
import { withClient } from '../db/connect.ts';
import { migrationStatusAt } from '../db/migrations.ts';
import { startGraphQLServer } from '../server/http.ts';
import { CommandError, EXIT } from './exit-codes.ts';
import { apiOptions, listenError } from './start.ts';
import { waitForShutdownSignal } from './wait-for-signal.ts';

/** Connects as the URL's role and refuses anything more powerful than app_authenticator. */
async function checkServingRole(url: string): Promise<void> {
  const role = await withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string; superuser: boolean; bypassrls: boolean }>(
      'select rolname as name, rolsuper as superuser, rolbypassrls as bypassrls from pg_roles where rolname = current_user',
    );
    return rows[0]!;
  }).catch((error: Error) => {
    throw new CommandError(`idkit serve could not connect with IDKIT_AUTHENTICATOR_URL: ${error.message}`);
  });
  if (role.superuser || role.bypassrls || role.name !== 'app_authenticator') {
    throw new CommandError(
      `idkit serve connects as app_authenticator only; IDKIT_AUTHENTICATOR_URL logs in as "${role.name}"${role.superuser ? ', a superuser' : ''}. ` +
        'Give it app_authenticator\'s connection string (`idkit migrate` creates that role).',
    );
  }
}

async function checkSchemaIsCurrent(url: string): Promise<number> {
  const status = await migrationStatusAt(url).catch((error: { code?: string; message: string }) => {
    if (error.code === '42501') throw new CommandError('idkit serve cannot read which migrations are applied. Run `idkit migrate` (as the DBA) with this version first.');
    throw error;
  });
  if (status.pending.length > 0) {
    throw new CommandError(
      `The database schema is behind this code: ${status.pending.length} migration(s) not applied (first: ${status.pending[0]}). ` +
        'Run `idkit migrate` (as the DBA) first; idkit serve never migrates.',
    );
  }
  return status.applied.length;
}

export async function serveCommand(config: Config): Promise<number> {
  const missing = [
    config.authenticatorUrl ? undefined : 'IDKIT_AUTHENTICATOR_URL',
    config.signingKeys ? undefined : 'IDKIT_SIGNING_KEYS',
    config.tokenKeys ? undefined : 'IDKIT_TOKEN_KEYS',
  ].filter((name) => name !== undefined);
  if (missing.length > 0 || !config.authenticatorUrl || !config.signingKeys || !config.tokenKeys) {
    console.error(`idkit serve needs ${missing.join(', ')} (app_authenticator's connection string and the keys shared by every server instance).`);
    return EXIT.usage;
  }
  await checkServingRole(config.authenticatorUrl);
  const applied = await checkSchemaIsCurrent(config.authenticatorUrl);
  const api = await startGraphQLServer(
    await apiOptions(config, { authenticatorUrl: config.authenticatorUrl, signingKeys: config.signingKeys, tokenKeys: config.tokenKeys }),
  ).catch((error: unknown) => {
    throw listenError(error, config) ?? error;
  });
  console.log(`Schema current (${applied} migrations). GraphQL API: ${api.url}/graphql`);
  if (!config.production) console.log(`Ruru (GraphQL IDE): ${api.url}/`);
  const signal = await waitForShutdownSignal();
  console.log(`Received ${signal}; finishing requests and stopping.`);
  await api.close();
  return EXIT.ok;
}
