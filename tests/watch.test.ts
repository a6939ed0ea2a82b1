// `idkit watch`: graphile-migrate's watch mode with idkit's connections. It runs migrations/current.sql once
// (--once), or again on every save until Ctrl-C. Run from a copy of the project whose migrations folder holds
// a current.sql of the test's own, so the repository's current.sql is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { withConnection } from '../src/db/target.ts';
import { spawnIdkit } from './support/idkit-process.ts';

const root = path.join(import.meta.dirname, '..');
const server = inject('testServer');
const name = `${server.prefix}_watch`;
const databaseUrl = withConnection(server.maintenanceUrl, { database: name });
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-watch-'));
const currentSql = path.join(project, 'migrations', 'current.sql');

function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    IDKIT_DATA_DIR: path.join(project, '.data'),
    // Roles are cluster-wide: keep the passwords the rest of the suite uses.
    IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
    IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
    NODE_ENV: 'development',
  };
}

async function columns(): Promise<string[]> {
  return withClient(databaseUrl, async (client) =>
    (
      await client.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = 'identity' and table_name = 'watch_probe' order by ordinal_position`,
      )
    ).rows.map((row) => row.column_name),
  );
}

beforeAll(async () => {
  // The kit's own database (as `idkit migrate --create` makes it): the development commands refuse any other.
  await withClient(server.maintenanceUrl, (client) => client.query(`create database "${name}" owner app_owner`));
  // A copy of what the CLI runs from (its migrations folder is found beside src/); packages by link.
  for (const entry of ['src', 'migrations', 'package.json', '.gmrc', 'generated', 'trusted-documents']) {
    fs.cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  fs.writeFileSync(currentSql, 'create table if not exists identity.watch_probe (id int);\n');
});

afterAll(async () => {
  await withClient(server.maintenanceUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
  fs.rmSync(project, { recursive: true, force: true });
});

test('idkit watch --once applies the committed migrations, runs current.sql once and exits 0', async () => {
  const once = spawnIdkit([path.join(project, 'src', 'cli.ts'), 'watch', '--once'], env(), { command: process.execPath });
  expect(await once.exited, once.output()).toBe(0);
  expect(await columns()).toEqual(['id']);
}, 120_000);

test('idkit watch runs current.sql again on every save, and stops on Ctrl-C with exit 0', async () => {
  const watching = spawnIdkit([path.join(project, 'src', 'cli.ts'), 'watch'], env(), { command: process.execPath });
  try {
    await watching.waitFor('press Ctrl-C to stop');
    fs.writeFileSync(currentSql, 'drop table if exists identity.watch_probe;\ncreate table identity.watch_probe (id int, saved_again text);\n');
    for (let tries = 0; tries < 100 && (await columns()).length < 2; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await columns()).toEqual(['id', 'saved_again']);
  } finally {
    watching.signal('SIGINT');
  }
  expect(await watching.exited, watching.output()).toBe(0);
}, 120_000);

test('idkit watch refuses to run in production (exit 64)', async () => {
  const refused = spawnIdkit([path.join(project, 'src', 'cli.ts'), 'watch', '--once'], { ...env(), NODE_ENV: 'production' }, { command: process.execPath });
  expect(await refused.exited).toBe(64);
  expect(refused.output()).toContain('for development');
});
