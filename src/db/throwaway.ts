// A disposable PostgreSQL for tests and benchmarks: a fresh embedded cluster in a temporary folder on a
// free port, or databases created (and later dropped) on the server a superuser URL names.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { withClient } from './connect.ts';
import { generateSigningKey } from '../sessions/signing-keys.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { applyMigrations, settleMigrationPools } from './migrations.ts';
import { checkProvisioningPreconditions, provisionDatabase, provisionRoles } from './provision.ts';
import type { LocalSecrets } from './secrets.ts';
import { describeTarget, withConnection, type DatabaseTarget } from './target.ts';

export interface ThrowawayServer {
  /** Superuser URL of the server's maintenance database. */
  maintenanceUrl: string;
  /** Every database made here starts with it. */
  prefix: string;
  secrets: LocalSecrets;
  /** Creates a provisioned, migrated database (optionally as a copy of `template`). */
  createDatabase(options?: { template?: string; migrate?: boolean }): Promise<DatabaseTarget & { name: string }>;
  /** Drops every database made here and stops the embedded cluster, if any. */
  dispose(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const superuserQuery = (url: string, sql: string, values: unknown[] = []) => withClient(url, (client) => client.query(sql, values));

/**
 * `serverUrl`: a superuser URL on an existing server; without it an embedded cluster is started. On an existing
 * server nothing that was there is changed: roles that exist keep their passwords (`passwords` are what to log
 * in with, IDKIT_OWNER_PASSWORD / IDKIT_AUTHENTICATOR_PASSWORD), and only databases made here are dropped.
 */
export async function startThrowawayServer(
  options: {
    serverUrl?: string;
    passwords?: { owner?: string | undefined; authenticator?: string | undefined };
    /** Without serverUrl: run this PostgreSQL installation instead of the packaged one (see startEmbeddedPostgres). */
    installationDir?: string;
  } = {},
): Promise<ThrowawayServer> {
  const random = () => randomBytes(18).toString('base64url');
  const secrets: LocalSecrets = {
    superuserPassword: random(),
    ownerPassword: options.passwords?.owner ?? random(),
    authenticatorPassword: options.passwords?.authenticator ?? random(),
    signingKeys: JSON.stringify([generateSigningKey()]),
    tokenKeys: `k1=${random()}`,
  };
  let maintenanceUrl: string;
  let stopCluster = async () => {};
  let tempDir: string | undefined;
  if (options.serverUrl) {
    maintenanceUrl = options.serverUrl;
  } else {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-pg-'));
    // Traversable, not listable: when run as root, PostgreSQL's unprivileged user must reach the cluster inside.
    fs.chmodSync(tempDir, 0o711);
    const cluster = await startEmbeddedPostgres({
      clusterDir: path.join(tempDir, 'pg'),
      port: await freePort(),
      superuserPassword: secrets.superuserPassword,
      fast: true,
      ...(options.installationDir ? { installationDir: options.installationDir } : {}),
    });
    maintenanceUrl = cluster.url('postgres');
    stopCluster = () => cluster.stop();
  }
  await checkProvisioningPreconditions(maintenanceUrl, {
    ownerUrl: withConnection(maintenanceUrl, { user: 'app_owner', password: secrets.ownerPassword }),
    authenticatorUrl: withConnection(maintenanceUrl, { user: 'app_authenticator', password: secrets.authenticatorPassword }),
  });
  await provisionRoles(maintenanceUrl, secrets);
  const prefix = `idkit_${process.pid}_${Date.now().toString(36)}`;
  return {
    maintenanceUrl,
    prefix,
    secrets,
    async createDatabase({ template, migrate = true } = {}) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      if (template) {
        await superuserQuery(maintenanceUrl, `create database "${name}" template "${template}" owner app_owner`);
      }
      await provisionDatabase(maintenanceUrl, name);
      const target = describeTarget(withConnection(maintenanceUrl, { database: name }), secrets, false, async () => {});
      if (migrate && !template) {
        await applyMigrations(target);
        await settleMigrationPools();
      }
      return { ...target, name };
    },
    async dispose() {
      const { rows } = await superuserQuery(maintenanceUrl, 'select datname from pg_database where starts_with(datname, $1)', [prefix]);
      for (const { datname } of rows as { datname: string }[]) {
        await superuserQuery(maintenanceUrl, `drop database if exists "${datname}" with (force)`);
      }
      await stopCluster();
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
