// idkit against an existing server (DATABASE_URL): provisioning, migrate, status and its exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { withClient as superuser } from '../src/db/connect.ts';
import { statusExitCode } from '../src/commands/status.ts';
import { withConnection } from '../src/db/target.ts';
import { parseSigningKeys } from '../src/sessions/signing-keys.ts';
import { runIdkit } from './support/idkit-process.ts';

const server = inject('testServer');
const name = `${server.prefix}_cli`;
const databaseUrl = withConnection(server.maintenanceUrl, { database: name });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-cli-'));

async function idkit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return idkitWith({
    // Roles are cluster-wide: keep the passwords the rest of the suite uses.
    IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
    IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
  }, ...args);
}

function idkitWith(extraEnv: NodeJS.ProcessEnv, ...args: string[]) {
  return runIdkit(args, { ...process.env, DATABASE_URL: databaseUrl, IDKIT_DATA_DIR: dataDir, ...extraEnv });
}

beforeAll(async () => {
  await superuser(server.maintenanceUrl, (c) => c.query(`create database "${name}"`));
});

afterAll(async () => {
  await superuser(server.maintenanceUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('status on an empty database lists every committed migration as pending and exits 1', async () => {
  const committed = fs.readdirSync(path.join(import.meta.dirname, '..', 'migrations', 'committed')).sort();
  const result = await idkit('status');
  expect(result.code).toBe(1);
  for (const file of committed) expect(result.stdout).toContain(file);
  expect(result.stdout).toContain(`pending (${committed.length})`);
});

test('migrate installs the kit into an existing database without taking it over; a second run is a no-op', async () => {
  const first = await idkit('migrate');
  expect(first.code, first.stderr).toBe(0);
  const database = await superuser(databaseUrl, async (c) => {
    const { rows } = await c.query(
      `select pg_get_userbyid(d.datdba) = current_user as owner_kept, has_database_privilege('app_owner', d.datname, 'create') as owner_creates,
              has_database_privilege('app_authenticator', d.datname, 'connect') as authenticator_connects,
              to_regnamespace('graphile_migrate') is null as no_graphile_migrate
       from pg_database d where d.datname = current_database()`,
    );
    return rows[0];
  });
  // The database was there before the kit: it keeps its owner, and graphile_migrate stays the owner's to use.
  expect(database).toEqual({ owner_kept: true, owner_creates: true, authenticator_connects: true, no_graphile_migrate: true });
  const applied = () => superuser(databaseUrl, async (c) => (await c.query('select hash, date from identity_migrate.migrations order by hash')).rows);
  const before = await applied();
  expect(before.length).toBe(fs.readdirSync(path.join(import.meta.dirname, '..', 'migrations', 'committed')).length);
  const second = await idkit('migrate');
  expect(second.code, second.stderr).toBe(0);
  expect(await applied()).toEqual(before);
});

test('status after migrating lists the applied migrations and exits 0', async () => {
  const result = await idkit('status');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('pending (0)');
});

test('reset refuses without --yes (exit 64) and leaves the database alone', async () => {
  const result = await idkit('reset');
  expect(result.code).toBe(64);
  expect(result.stderr).toContain('--yes');
  const tables = await superuser(databaseUrl, async (c) => (await c.query(`select to_regclass('identity.users') as t`)).rows[0].t);
  expect(tables).toBe('identity.users');
});

test('an unknown command prints the usage and exits 64', async () => {
  const result = await idkit('frobnicate');
  expect(result.code).toBe(64);
  expect(result.stderr).toContain('Usage: idkit');
});

test('with existing roles whose passwords it does not know, provisioning refuses before changing anything and names the variables to set', async () => {
  const state = () =>
    superuser(server.maintenanceUrl, async (c) => ({
      roles: (await c.query(`select rolname, rolpassword from pg_authid where rolname in ('app_owner', 'app_authenticator') order by 1`)).rows,
      database: (await c.query(`select pg_get_userbyid(datdba) as owner, datacl::text from pg_database where datname = $1`, [name])).rows,
    }));
  const before = await state();
  const otherDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-other-'));
  try {
    // Another checkout with its own generated secrets.json: it cannot log in as the existing roles.
    const result = await idkitWith({ IDKIT_DATA_DIR: otherDataDir, IDKIT_OWNER_PASSWORD: '', IDKIT_AUTHENTICATOR_PASSWORD: '' }, 'migrate');
    if (await passwordsAreChecked()) {
      expect(result.code, result.stderr).toBe(78);
      expect(result.stderr).toContain('app_owner (IDKIT_OWNER_PASSWORD) and app_authenticator (IDKIT_AUTHENTICATOR_PASSWORD) already exist');
      expect(result.stderr).toContain('Nothing was changed.');
    } else {
      expect(result.code, result.stderr).toBe(0); // a trust server lets any password in
    }
    expect(await state()).toEqual(before);
  } finally {
    fs.rmSync(otherDataDir, { recursive: true, force: true });
  }
});

/** False on a server that trusts every connection (no password is ever checked). */
async function passwordsAreChecked(): Promise<boolean> {
  const wrong = withConnection(server.maintenanceUrl, { user: 'app_owner', password: 'certainly-not-the-password' });
  return superuser(wrong, async () => false).catch(() => true);
}

test('status only reads: a missing database is an error (exit 78) and is not created', async () => {
  const missing = `${server.prefix}_typo`;
  const result = await idkitWith({ DATABASE_URL: withConnection(server.maintenanceUrl, { database: missing }) }, 'status');
  expect(result.code, result.stderr).toBe(78);
  expect(result.stderr).toContain(`Database "${missing}" does not exist on this server.`);
  expect(await databaseNamed(missing)).toBe(false);
});

test('migrate creates a missing database only with --create', async () => {
  const fresh = `${server.prefix}_created`;
  const env = {
    DATABASE_URL: withConnection(server.maintenanceUrl, { database: fresh }),
    IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
    IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
  };
  try {
    const refused = await idkitWith(env, 'migrate');
    expect(refused.code, refused.stderr).toBe(78);
    expect(refused.stderr).toContain('`idkit migrate --create` creates it');
    expect(await databaseNamed(fresh)).toBe(false);
    const created = await idkitWith(env, 'migrate', '--create');
    expect(created.code, created.stderr).toBe(0);
    expect(await databaseNamed(fresh)).toBe(true);
  } finally {
    await superuser(server.maintenanceUrl, (c) => c.query(`drop database if exists "${fresh}" with (force)`));
  }
});

test('a DATABASE_URL that is not a superuser gets one line saying provisioning needs one (exit 78), and nothing changes', async () => {
  const result = await idkitWith(
    { DATABASE_URL: withConnection(databaseUrl, { user: 'app_authenticator', password: server.secrets.authenticatorPassword }) },
    'migrate',
  );
  expect(result.code, result.stderr).toBe(78);
  expect(result.stderr.trim()).toMatch(/^DATABASE_URL logs in as "app_authenticator", which is not a superuser\. .*`idkit serve`\)\.$/);
});

function databaseNamed(database: string): Promise<boolean> {
  return superuser(server.maintenanceUrl, async (c) => (await c.query('select 1 from pg_database where datname = $1', [database])).rowCount === 1);
}

test('gen --check against DATABASE_URL finds generated/ up to date and exits 0', async () => {
  const result = await idkit('gen', '--check');
  expect(result.code, result.stderr).toBe(0);
  // generated/schema.sql replays the migrations in PGlite: seconds more on a busy machine.
}, 180_000);

test('the status exit code is a bitmap: 1 pending migrations, 2 uncommitted work, 3 both', () => {
  expect(statusExitCode({ applied: ['a'], pending: [], uncommittedWork: false })).toBe(0);
  expect(statusExitCode({ applied: [], pending: ['a'], uncommittedWork: false })).toBe(1);
  expect(statusExitCode({ applied: ['a'], pending: [], uncommittedWork: true })).toBe(2);
  expect(statusExitCode({ applied: [], pending: ['a'], uncommittedWork: true })).toBe(3);
});

test('keygen prints a signing key that IDKIT_SIGNING_KEYS accepts, and a production start without keys is refused with 64', async () => {
  const keygen = await idkitWith({}, 'keygen');
  expect(keygen.code).toBe(0);
  const [key] = parseSigningKeys(keygen.stdout.trim());
  expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: expect.any(String) });

  const start = await idkitWith({ NODE_ENV: 'production', IDKIT_TOKEN_KEYS: 'k1=' + 'A'.repeat(43), IDKIT_SIGNING_KEYS: '' }, 'start');
  expect(start.code).toBe(64);
  expect(start.stderr).toMatch(/IDKIT_SIGNING_KEYS/);

  const bad = await idkitWith({ IDKIT_SIGNING_KEYS: '[{"kty":"oct","k":"c2VjcmV0"}]' }, 'status');
  expect(bad.code).toBe(70);
  expect(bad.stderr).toMatch(/IDKIT_SIGNING_KEYS may hold only Ed25519 keys/);
  expect(bad.stderr).not.toContain('c2VjcmV0');
});
