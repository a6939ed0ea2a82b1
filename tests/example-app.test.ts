// examples/notes-app as an application developer gets it: built from `npm pack` output in a fresh folder,
// both parts migrated on a fresh database (the kit by `idkit migrate`, the application by its own
// graphile-migrate), its own PostGraphile server extending the kit's preset over HTTP, then a newer kit
// release applied on top.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { withConnection } from '../src/db/target.ts';
import { generateSigningKey } from '../src/sessions/signing-keys.ts';
import { newerKitMigrations } from './support/committed-migrations.ts';
import { spawnIdkit, type IdkitProcess } from './support/idkit-process.ts';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const server = inject('testServer');
const tag = randomBytes(3).toString('hex');
const database = `${server.prefix}_notes_${tag}`;
const appOwner = `idkit_test_notes_owner_${tag}`;
const appOwnerPassword = randomBytes(12).toString('hex');
// The same relative layout as the repository: the tarball at the top, the example two folders below.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-notes-app-'));
const app = path.join(work, 'examples', 'notes-app');
const superuserUrl = withConnection(server.maintenanceUrl, { database });
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^PG|^DATABASE_URL$|^IDKIT_|^NODE_ENV$/.test(key))),
  // The kit's install runs with a superuser; the application's migrations as its own database owner.
  DATABASE_URL: superuserUrl,
  NOTES_DATABASE_URL: withConnection(superuserUrl, { user: appOwner, password: appOwnerPassword }),
  NOTES_SHADOW_DATABASE_URL: withConnection(superuserUrl, { user: appOwner, password: appOwnerPassword, database: `${database}_shadow` }),
  IDKIT_DATA_DIR: path.join(work, 'idkit-data'),
  // Roles are cluster-wide: keep the passwords the rest of the suite uses.
  IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
  IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
  IDKIT_AUTHENTICATOR_URL: withConnection(superuserUrl, { user: 'app_authenticator', password: server.secrets.authenticatorPassword }),
  IDKIT_SIGNING_KEYS: JSON.stringify([generateSigningKey()]),
  IDKIT_TOKEN_KEYS: `k1=${randomBytes(24).toString('base64url')}`,
};

async function inApp(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(command, args, { cwd: app, env, maxBuffer: 16 * 1024 * 1024 });
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let notesServer: IdkitProcess | undefined;
let baseUrl = '';

async function startNotesServer(): Promise<void> {
  const port = await freePort();
  notesServer = spawnIdkit(['start'], { ...env, PORT: String(port) }, { command: npm, cwd: app });
  await notesServer.waitFor('notes-app: GraphQL at', 60_000);
  // The kit's entry set GRAPHILE_ENV before Grafast loaded (Grafast warns when it is unset).
  expect(notesServer.output()).not.toContain('GRAPHILE_ENV');
  baseUrl = `http://127.0.0.1:${port}`;
}

async function stopNotesServer(): Promise<void> {
  if (!notesServer) return;
  notesServer.signal('SIGTERM');
  await notesServer.exited;
  notesServer = undefined;
}

async function graphql(query: string, variables: Record<string, unknown> = {}, accessToken?: string): Promise<any> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function myNoteCount(accessToken: string): Promise<number> {
  const response = await fetch(`${baseUrl}/my-notes/count`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { notes: number }).notes;
}

const users = ['ada', 'grace'].map((name) => ({ username: `${name}_${tag}`, email: `${name}_${tag}@example.com`, password: `correct horse battery ${name} staple` }));
const tokens: string[] = [];

async function signIn(user: (typeof users)[number]): Promise<string> {
  const signedIn = await graphql(
    `mutation ($login: String!, $password: String!) { authenticate(input: { login: $login, password: $password }) { accessToken } }`,
    { login: user.username, password: user.password },
  );
  expect(signedIn.errors).toBeUndefined();
  return signedIn.data.authenticate.accessToken as string;
}

beforeAll(async () => {
  await withClient(server.maintenanceUrl, async (c) => {
    await c.query(`create role ${appOwner} login password '${appOwnerPassword}'`);
    await c.query(`create database ${database} owner ${appOwner}`);
  });
  // npm test built dist/ already; --ignore-scripts keeps pack from rebuilding it under the other test files.
  const { stdout } = await run(npm, ['pack', '--pack-destination', work, '--silent', '--ignore-scripts'], { cwd: root });
  const tarball = stdout.trim().split('\n').pop()!;
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  expect(tarball).toBe(`pg-identity-kit-${version}.tgz`);
  fs.cpSync(path.join(root, 'examples', 'notes-app'), app, { recursive: true, filter: (source) => !source.includes('node_modules') });
  await inApp(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund']);
}, 300_000);

afterAll(async () => {
  await stopNotesServer();
  await withClient(server.maintenanceUrl, async (c) => {
    await c.query(`drop database if exists ${database} with (force)`);
    await c.query(`drop database if exists ${database}_shadow with (force)`);
    await c.query(`drop role if exists ${appOwner}`);
  });
  fs.rmSync(work, { recursive: true, force: true });
});

test("the example's package.json depends on the packed kit of this version", () => {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const example = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'notes-app', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(example.dependencies['pg-identity-kit']).toBe(`file:../../pg-identity-kit-${version}.tgz`);
});

test("the README's \"Build your application on it\" shows the example's migration and preset verbatim, and runs its scripts with the settings it reads", () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Build your application on it'), readme.indexOf('## For API consumers'));
  const migration = fs.readFileSync(path.join(root, 'examples/notes-app/migrations/committed/000001-notes.sql'), 'utf8');
  expect(section).toContain('```sql\n' + migration.split('\n\n').slice(1).join('\n\n').trim() + '\n```');
  const serverTs = fs.readFileSync(path.join(root, 'examples/notes-app/src/server.ts'), 'utf8');
  const preset = serverTs.slice(serverTs.indexOf('const preset: GraphileConfig.Preset = {'), serverTs.indexOf('const pgl = postgraphile(preset);')).trimEnd();
  expect(section).toContain('```ts\n' + preset + '\n```');
  // Every setting the example reads is one the README's commands set, and they run its scripts.
  const gmrc = fs.readFileSync(path.join(root, 'examples/notes-app/.gmrc.cjs'), 'utf8');
  for (const name of [...serverTs.matchAll(/required\('(\w+)'\)/g), ...gmrc.matchAll(/process\.env\.(\w+)/g)].map((m) => m[1]!)) {
    expect(section).toMatch(new RegExp(`export ${name}=|export .*\\b${name}=`));
  }
  for (const command of ['npm pack', 'npm install', 'npm run migrate', 'npm start']) expect(section).toContain(command);
});

test('npm run migrate installs the kit, then runs the application migrations with its own graphile-migrate', async () => {
  await inApp(npm, ['run', 'migrate']);
  await withClient(superuserUrl, async (c) => {
    const kit = await c.query(`select count(*)::int as n from identity_migrate.migrations`);
    expect(kit.rows[0].n).toBe(fs.readdirSync(path.join(root, 'migrations', 'committed')).length);
    const application = await c.query(`select filename from graphile_migrate.migrations`);
    expect(application.rows).toEqual([{ filename: '000001.sql' }]);
    const owner = await c.query(`select pg_get_userbyid(datdba) as owner from pg_database where datname = current_database()`);
    expect(owner.rows[0].owner).toBe(appOwner);
  });
}, 120_000);

test("graphile-migrate's reset of the shadow database installs the kit first (afterReset), then the application's migrations", async () => {
  await inApp('npx', ['graphile-migrate', 'reset', '--shadow', '--erase']);
  await withClient(withConnection(superuserUrl, { database: `${database}_shadow` }), async (c) => {
    const kit = await c.query(`select count(*)::int as n from identity_migrate.migrations`);
    expect(kit.rows[0].n).toBe(fs.readdirSync(path.join(root, 'migrations', 'committed')).length);
    expect((await c.query(`select to_regclass('app_public.notes') as t`)).rows[0].t).toBe('app_public.notes');
    const owner = await c.query(`select pg_get_userbyid(datdba) as owner from pg_database where datname = current_database()`);
    expect(owner.rows[0].owner).toBe(appOwner);
  });
}, 120_000);

test("over HTTP: two users, one note, and row-level security keeps it from the other user, in GraphQL and in the application's typed query", async () => {
  await startNotesServer();
  for (const user of users) {
    const registered = await graphql(
      `mutation ($username: String!, $email: String!, $password: String!) {
         registerUser(input: { username: $username, email: $email, password: $password }) { result { uuid } } }`,
      user,
    );
    expect(registered.errors).toBeUndefined();
  }
  for (const user of users) tokens.push(await signIn(user));
  const created = await graphql(`mutation { createNote(input: { note: { body: "ada's secret" } }) { note { body ownerUuid } } }`, {}, tokens[0]);
  expect(created.errors).toBeUndefined();
  expect(created.data.createNote.note.body).toBe("ada's secret");
  const me = await graphql(`{ currentUser { uuid } }`, {}, tokens[0]);
  expect(created.data.createNote.note.ownerUuid).toBe(me.data.currentUser.uuid);

  const notesOf = async (token: string) => (await graphql(`{ allNotes(first: 10) { nodes { body } } }`, {}, token)).data.allNotes.nodes;
  expect(await notesOf(tokens[0]!)).toEqual([{ body: "ada's secret" }]);
  expect(await notesOf(tokens[1]!)).toEqual([]);
  expect(await myNoteCount(tokens[0]!)).toBe(1);
  expect(await myNoteCount(tokens[1]!)).toBe(0);
  // The kit's preset still guards the application's schema: a forged token is refused, not served as anonymous.
  const forged = await graphql(`{ allNotes(first: 10) { nodes { body } } }`, {}, `${tokens[0]!.slice(0, -4)}AAAA`);
  expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  // ...and its limits: a connection without a page size.
  const unbounded = await graphql(`{ allNotes { nodes { body } } }`, {}, tokens[0]);
  expect(unbounded.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_REQUIRED');
}, 120_000);

test("the application's policy for administrators (identity.current_user_is_admin()) shows them every note", async () => {
  await inApp(path.join(app, 'node_modules', '.bin', 'idkit'), ['admin', 'grant', users[1]!.username]);
  // The administrator role is in the token: sign in again to get it.
  const admin = await signIn(users[1]!);
  expect((await graphql(`{ allNotes(first: 10) { nodes { body } } }`, {}, admin)).data.allNotes.nodes).toEqual([{ body: "ada's secret" }]);
  // The session of before the grant still acts as a plain user.
  expect(await myNoteCount(tokens[1]!)).toBe(0);
}, 60_000);

test("the application's typed query is what PgTyped generates from the live schema, and the application type-checks against the packed kit", async () => {
  const committed = fs.readFileSync(path.join(app, 'src', 'notes.queries.ts'), 'utf8');
  fs.rmSync(path.join(app, 'src', 'notes.queries.ts'));
  await inApp(npm, ['run', 'gen']);
  expect(fs.readFileSync(path.join(app, 'src', 'notes.queries.ts'), 'utf8')).toBe(committed);
  await inApp(npm, ['run', 'typecheck']);
}, 120_000);

test('a newer kit release applies on top with `idkit migrate`, and everything still works', async () => {
  await stopNotesServer();
  // What upgrading the package does to node_modules: more committed migrations, the chain continued.
  const installed = path.join(app, 'node_modules', 'pg-identity-kit', 'migrations');
  const newer = newerKitMigrations(installed, path.join(work, 'newer-kit'));
  fs.cpSync(path.join(newer, 'committed'), path.join(installed, 'committed'), { recursive: true });
  const { stdout } = await inApp(path.join(app, 'node_modules', '.bin', 'idkit'), ['migrate']);
  expect(stdout).toContain(`${fs.readdirSync(path.join(newer, 'committed')).length} migration(s) applied`);
  await withClient(superuserUrl, async (c) => {
    expect((await c.query(`select identity.fixture_kit_release() as r`)).rows[0].r).toBe('newer');
    expect((await c.query(`select count(*)::int as n from graphile_migrate.migrations`)).rows[0].n).toBe(1);
  });
  await startNotesServer();
  const again = await signIn(users[0]!);
  expect((await graphql(`{ allNotes(first: 10) { nodes { body } } }`, {}, again)).data.allNotes.nodes).toEqual([{ body: "ada's secret" }]);
  expect(await myNoteCount(tokens[1]!)).toBe(0);
  const second = await graphql(`mutation { createNote(input: { note: { body: "after the upgrade" } }) { note { body } } }`, {}, again);
  expect(second.errors).toBeUndefined();
  expect(await myNoteCount(again)).toBe(2);
}, 180_000);
