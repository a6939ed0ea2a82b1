// One PostgreSQL for the whole run: a throwaway embedded cluster, or the server in TEST_DATABASE_URL.
// It holds a migrated template database that each test file copies (tests/support/database.ts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { applyMigrations, settleMigrationPools } from '../../src/db/migrations.ts';
import { findPgtap, installPgtapIntoEmbedded, PGTAP_INSTALL_HINT } from '../../src/db/pgtap.ts';
import { provisionDatabase, provisionRoles } from '../../src/db/provision.ts';
import { describeTarget, withConnection } from '../../src/db/target.ts';
import type { TestServer } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testServer: TestServer;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const pgtapFolder = findPgtap();
  if (!pgtapFolder) throw new Error(PGTAP_INSTALL_HINT);
  const random = () => randomBytes(18).toString('base64url');
  const secrets = { superuserPassword: random(), ownerPassword: random(), authenticatorPassword: random(), jwtSecret: random() };

  let maintenanceUrl: string;
  let stopCluster = async () => {};
  let tempDir: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    maintenanceUrl = process.env.TEST_DATABASE_URL;
  } else {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-test-'));
    const cluster = await startEmbeddedPostgres({
      clusterDir: path.join(tempDir, 'pg'),
      port: await freePort(),
      superuserPassword: secrets.superuserPassword,
      fast: true,
    });
    await installPgtapIntoEmbedded(pgtapFolder);
    maintenanceUrl = cluster.url('postgres');
    stopCluster = () => cluster.stop();
  }

  const prefix = `idkit_test_${process.pid}_${Date.now().toString(36)}`;
  const templateName = `${prefix}_template`;
  const templateUrl = withConnection(maintenanceUrl, { database: templateName });
  const target = describeTarget(templateUrl, secrets, false, async () => {});
  await provisionRoles(maintenanceUrl, secrets);
  await provisionDatabase(maintenanceUrl, templateName);
  await applyMigrations(target);
  const client = new pg.Client({ connectionString: templateUrl });
  await client.connect();
  await client.query('create extension if not exists pgtap with schema public');
  await client.end();
  await settleMigrationPools();

  const testServer: TestServer = { maintenanceUrl, templateName, prefix, secrets };
  project.provide('testServer', testServer);

  return async () => {
    const admin = new pg.Client({ connectionString: maintenanceUrl });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where starts_with(datname, $1)`,
      [prefix],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists ${admin.escapeIdentifier(datname)} with (force)`);
    await admin.end();
    await stopCluster();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}
