// `idkit serve`, the production API server: app_authenticator's URL and the keys only, never a superuser,
// never a migration; the deployment files in examples/deploy/ are parsed and their command is run.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { freePort } from '../src/db/throwaway.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { graphqlAnswer, spawnIdkit } from './support/idkit-process.ts';
import { generateSigningKey } from '../src/sessions/signing-keys.ts';


const root = path.join(import.meta.dirname, '..');
const deploy = path.join(root, 'examples', 'deploy');
const app = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-serve-app-'));
let db: TestDatabase;
let behind: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  behind = await createTestDatabase();
  // A database one migration behind the code.
  await withClient(behind.superuserUrl, (c) =>
    c.query(`delete from identity_migrate.migrations where hash = (select hash from identity_migrate.migrations order by date desc, filename desc limit 1)`),
  );
  // An application folder that installed the package, as the unit's WorkingDirectory expects.
  fs.mkdirSync(path.join(app, 'node_modules'));
  fs.symlinkSync(root, path.join(app, 'node_modules', 'pg-identity-kit'));
});

afterAll(async () => {
  await db?.drop();
  await behind?.drop();
  fs.rmSync(app, { recursive: true, force: true });
});

/** systemd's unit syntax: [Section] then Key=Value lines; # comments. */
function parseUnit(text: string): Record<string, Record<string, string>> {
  const unit: Record<string, Record<string, string>> = {};
  let section: Record<string, string> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = unit[header[1]!] = {};
      continue;
    }
    const entry = /^(\w+)=(.*)$/.exec(line);
    if (!entry || !section) throw new Error(`not a unit line: ${line}`);
    section[entry[1]!] = entry[2]!;
  }
  return unit;
}

function parseEnvFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at), line.slice(at + 1)];
      }),
  );
}

const unit = parseUnit(fs.readFileSync(path.join(deploy, 'identity.service'), 'utf8'));
const envFile = parseEnvFile(fs.readFileSync(path.join(deploy, 'serve.env'), 'utf8'));

/** serve.env with its placeholders filled in, as a deployment would; nothing else in the environment. */
async function deploymentEnv(authenticatorUrl: string, change: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
  const secret = randomBytes(32).toString('base64url'); // 43 characters: production wants 32 random bytes
  return {
    PATH: process.env.PATH,
    ...envFile,
    IDKIT_AUTHENTICATOR_URL: authenticatorUrl,
    IDKIT_SIGNING_KEYS: JSON.stringify([generateSigningKey()]),
    IDKIT_TOKEN_KEYS: `k1=${secret}`,
    PORT: String(await freePort()),
    IDKIT_DATA_DIR: path.join(app, 'no-data-dir'),
    ...change,
  };
}

/** The unit's ExecStart, run in its WorkingDirectory (`/usr/bin/env node` is this test's node). */
function execStart(env: NodeJS.ProcessEnv) {
  const [envBinary, node, ...args] = unit.Service!.ExecStart!.split(' ');
  expect([envBinary, node]).toEqual(['/usr/bin/env', 'node']);
  return spawnIdkit(args, env, { command: process.execPath, cwd: app });
}

test('the systemd unit runs idkit serve from the application folder with the env file, stops on SIGTERM, and restarts only on failures a restart can fix', () => {
  expect(Object.keys(unit)).toEqual(['Unit', 'Service', 'Install']);
  expect(unit.Service).toMatchObject({
    WorkingDirectory: '/srv/identity',
    EnvironmentFile: '/etc/identity/serve.env',
    ExecStart: '/usr/bin/env node node_modules/pg-identity-kit/bin/idkit.js serve',
    KillSignal: 'SIGTERM',
    RestartPreventExitStatus: '64 78',
  });
  expect(unit.Service!.User).not.toBe('root');
  // The server's environment holds no superuser: only app_authenticator's URL and the keys.
  expect(Object.keys(envFile).sort()).toEqual(['HOST', 'IDKIT_AUTHENTICATOR_URL', 'IDKIT_SIGNING_KEYS', 'IDKIT_TOKEN_KEYS', 'IDKIT_TRUST_PROXY', 'NODE_ENV', 'PORT']);
  expect(new URL(envFile.IDKIT_AUTHENTICATOR_URL!).username).toBe('app_authenticator');
});

test('the reverse proxy note forwards to the address serve.env listens on and adds the X-Forwarded-For entry the API trusts', () => {
  const nginx = fs.readFileSync(path.join(deploy, 'nginx.conf'), 'utf8');
  expect(/proxy_pass\s+http:\/\/([^;]+);/.exec(nginx)?.[1]).toBe(`${envFile.HOST}:${envFile.PORT}`);
  expect(nginx).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;/);
  expect(envFile.IDKIT_TRUST_PROXY).toBe('true');
  // Braces balance: the file is at least well-formed.
  expect(nginx.split('{').length).toBe(nginx.split('}').length);
});

test("the unit's command serves GraphQL with only app_authenticator's URL and the keys, writes no data folder, and stops on SIGTERM", async () => {
  const env = await deploymentEnv(db.authenticatorUrl);
  const run = execStart(env);
  await run.waitFor('GraphQL API:');
  // Production runs trusted documents only: the README's Me query is in the shipped allow-list.
  const me = fs.readFileSync(path.join(root, 'examples/operations/me.graphql'), 'utf8');
  expect(await graphqlAnswer(Number(env.PORT), me)).toMatchObject({ data: { currentUser: null } });
  expect(run.output()).not.toContain(new URL(db.authenticatorUrl).password);
  run.child.kill('SIGTERM');
  expect(await run.exited, run.output()).toBe(0);
  expect(fs.existsSync(env.IDKIT_DATA_DIR!)).toBe(false);
});

test('idkit serve refuses a superuser connection string (exit 78) and serves nothing', async () => {
  const env = await deploymentEnv(db.superuserUrl);
  const run = execStart(env);
  expect(await run.exited).toBe(78);
  expect(run.output()).toMatch(/connects as app_authenticator only; IDKIT_AUTHENTICATOR_URL logs in as "\w+", a superuser/);
  expect(run.output().trim().split('\n')).toHaveLength(1);
});

test('idkit serve refuses a database whose schema is behind the code (exit 78), naming idkit migrate, and migrates nothing', async () => {
  const count = () => withClient(behind.superuserUrl, async (c) => (await c.query('select count(*)::int as n from identity_migrate.migrations')).rows[0].n as number);
  const before = await count();
  const run = execStart(await deploymentEnv(behind.authenticatorUrl));
  expect(await run.exited).toBe(78);
  expect(run.output()).toMatch(/schema is behind this code: 1 migration\(s\) not applied .*Run `idkit migrate`/);
  expect(await count()).toBe(before);
});

test('idkit serve without the keys exits 64 and names what is missing', async () => {
  const run = execStart(await deploymentEnv(db.authenticatorUrl, { IDKIT_SIGNING_KEYS: '', IDKIT_TOKEN_KEYS: '' }));
  expect(await run.exited).toBe(64);
  expect(run.output()).toContain('idkit serve needs IDKIT_SIGNING_KEYS, IDKIT_TOKEN_KEYS');
});
