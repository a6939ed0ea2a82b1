// `idkit start` with no DATABASE_URL: embedded cluster in its data folder, migrations, GraphQL, clean Ctrl-C.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { freePort } from '../src/db/throwaway.ts';

const cli = path.join(import.meta.dirname, '..', 'src', 'cli.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-start-'));
fs.chmodSync(dataDir, 0o711); // as root, PostgreSQL's user must reach the cluster inside

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function startOnce(pgPort: number, httpPort: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, IDKIT_DATA_DIR: dataDir, IDKIT_PG_PORT: String(pgPort), PORT: String(httpPort), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [cli, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Press Ctrl-C')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`idkit start exited early (${code}):\n${output}`));
    });
  });
  return { child, exited, output: () => output };
}

/** A GraphQL request blocked on a table lock held by a superuser of the embedded cluster. */
async function startRequestHeldByLock(pgPort: number, httpPort: number) {
  const { superuserPassword } = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { superuserPassword: string };
  const su = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${pgPort}/identity` });
  await su.connect();
  await su.query('begin');
  await su.query('lock table identity.users in access exclusive mode');
  const response = fetch(`http://127.0.0.1:${httpPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ currentUser { uuid } }' }),
  });
  for (let waited = 0; ; waited += 20) {
    const { rows } = await su.query(`select count(*)::int as n from pg_stat_activity where usename = 'app_authenticator' and wait_event_type = 'Lock'`);
    if (rows[0].n > 0) break;
    if (waited > 10_000) throw new Error('the request never reached the database');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    async releaseAndAwait() {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the server is shutting down meanwhile
      await su.query('rollback');
      await su.end();
      return response;
    },
  };
}

test('npm start brings up the embedded database, migrates, serves GraphQL and stops cleanly on Ctrl-C, and again on SIGTERM with a request in flight', async () => {
  const pgPort = await freePort();
  const httpPort = await freePort();
  for (const round of [1, 2]) {
    const run = await startOnce(pgPort, httpPort);
    expect(run.output()).toContain(`GraphQL API: http://127.0.0.1:${httpPort}/graphql`);
    const response = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ currentUser { uuid } }' }),
    });
    expect(await response.json()).toEqual({ data: { currentUser: null } });
    const page = await fetch(`http://127.0.0.1:${httpPort}/`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Ruru');
    if (round === 1) {
      run.child.kill('SIGINT');
    } else {
      // SIGTERM while a request is in flight: the request still gets its answer before everything stops.
      const inFlight = await startRequestHeldByLock(pgPort, httpPort);
      run.child.kill('SIGTERM');
      const response = await inFlight.releaseAndAwait();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { currentUser: null } });
    }
    expect(await run.exited, run.output()).toBe(0);
    // PostgreSQL stops last, after the API's pool: no connection errors or stack traces on the way out.
    expect(run.output()).not.toMatch(/terminating connection|Connection terminated|error|\n\s+at /i);
    expect(await portIsOpen(pgPort), `round ${round}: PostgreSQL stopped`).toBe(false);
    expect(await portIsOpen(httpPort), `round ${round}: HTTP stopped`).toBe(false);
  }
  // The cluster lives in the data folder and was reused the second time.
  expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'))).toHaveProperty('signingKeys');
}, 120_000);
