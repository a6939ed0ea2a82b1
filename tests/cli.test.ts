// idkit against an existing server (DATABASE_URL): provisioning, migrate, status and its exit codes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { withClient as superuser } from '../src/db/connect.ts';
import { statusExitCode } from '../src/commands/status.ts';
import { withConnection } from '../src/db/target.ts';
import { parseSigningKeys } from '../src/sessions/signing-keys.ts';

const run = promisify(execFile);
const cli = path.join(import.meta.dirname, '..', 'src', 'cli.ts');
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

async function idkitWith(extraEnv: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, IDKIT_DATA_DIR: dataDir, ...extraEnv };
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
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

test('migrate provisions the database for app_owner and applies everything; a second run is a no-op', async () => {
  const first = await idkit('migrate');
  expect(first.code, first.stderr).toBe(0);
  const owner = await superuser(databaseUrl, async (c) => {
    const { rows } = await c.query(
      `select pg_get_userbyid(d.datdba) as owner, has_database_privilege('public', d.datname, 'connect') as public_connect
       from pg_database d where d.datname = current_database()`,
    );
    return rows[0];
  });
  expect(owner).toEqual({ owner: 'app_owner', public_connect: false });
  const applied = () => superuser(databaseUrl, async (c) => (await c.query('select hash, date from graphile_migrate.migrations order by hash')).rows);
  const before = await applied();
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
  const tables = await superuser(databaseUrl, async (c) => (await c.query(`select to_regclass('app_public.users') as t`)).rows[0].t);
  expect(tables).toBe('app_public.users');
});

test('an unknown command prints the usage and exits 64', async () => {
  const result = await idkit('frobnicate');
  expect(result.code).toBe(64);
  expect(result.stderr).toContain('Usage: idkit');
});

test('without explicit passwords, an instance with its own generated secrets leaves existing role passwords alone', async () => {
  const passwords = () =>
    superuser(server.maintenanceUrl, async (c) =>
      (await c.query(`select rolname, rolpassword from pg_authid where rolname in ('app_owner', 'app_authenticator') order by 1`)).rows,
    );
  const before = await passwords();
  const otherDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-other-'));
  try {
    const result = await idkitWith({ IDKIT_DATA_DIR: otherDataDir, IDKIT_OWNER_PASSWORD: '', IDKIT_AUTHENTICATOR_PASSWORD: '' }, 'status');
    // The other instance cannot log in as app_owner with its own guess on a password-checking server,
    // and that is the point: it must not have changed the password to make itself fit.
    expect([0, 70]).toContain(result.code);
    expect(await passwords()).toEqual(before);
  } finally {
    fs.rmSync(otherDataDir, { recursive: true, force: true });
  }
});

test('gen --check against DATABASE_URL finds generated/ up to date and exits 0', async () => {
  const result = await idkit('gen', '--check');
  expect(result.code, result.stderr).toBe(0);
});

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
