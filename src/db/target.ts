// Where the toolkit's database lives: the embedded cluster under dataDir, or the server named by DATABASE_URL.
import path from 'node:path';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { loadLocalSecrets, type LocalSecrets } from './secrets.ts';

export interface DatabaseTarget {
  /** Superuser connection to the identity database (provisioning, tests). */
  superuserUrl: string;
  /** Superuser connection to the server's maintenance database (create/drop). */
  maintenanceUrl: string;
  /** The migration owner, `app_owner`: owns every object the migrations create. */
  ownerUrl: string;
  /** `app_authenticator`: what servers log in as before switching role per request. */
  authenticatorUrl: string;
  databaseName: string;
  secrets: LocalSecrets;
  embedded: boolean;
  /** Stops the embedded cluster if this process started it. */
  stop(): Promise<void>;
}

/** Replaces the user, password and/or database of a connection string. */
export function withConnection(url: string, change: { user?: string; password?: string; database?: string }): string {
  const parsed = new URL(url);
  if (change.user !== undefined) parsed.username = encodeURIComponent(change.user);
  if (change.password !== undefined) parsed.password = encodeURIComponent(change.password);
  if (change.database !== undefined) parsed.pathname = '/' + encodeURIComponent(change.database);
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function describeTarget(
  superuserUrl: string,
  secrets: LocalSecrets,
  embedded: boolean,
  stop: () => Promise<void>,
): DatabaseTarget {
  return {
    superuserUrl,
    maintenanceUrl: withConnection(superuserUrl, { database: 'postgres' }),
    ownerUrl: withConnection(superuserUrl, { user: 'app_owner', password: secrets.ownerPassword }),
    authenticatorUrl: withConnection(superuserUrl, { user: 'app_authenticator', password: secrets.authenticatorPassword }),
    databaseName: databaseNameOf(superuserUrl),
    secrets,
    embedded,
    stop,
  };
}

/** Starts (or reuses) the embedded cluster, or describes the DATABASE_URL server. */
export async function openDatabaseTarget(config: Config, log?: (message: string) => void): Promise<DatabaseTarget> {
  const secrets = loadLocalSecrets(config);
  if (config.databaseUrl !== undefined) {
    return describeTarget(config.databaseUrl, secrets, false, async () => {});
  }
  const cluster = await startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'pg'),
    port: config.embeddedPort,
    superuserPassword: secrets.superuserPassword,
    onNote: (line) => console.log(line),
    ...(log ? { onLog: log } : {}),
  });
  return describeTarget(cluster.url(config.embeddedDatabase), secrets, true, () => cluster.stop());
}
