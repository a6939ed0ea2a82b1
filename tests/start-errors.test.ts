// Clear, short errors from `idkit start`: a taken GraphQL or PostgreSQL port names the variable to set, and
// two first starts at once share one cluster instead of fighting over its folder.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { freePort } from '../src/db/throwaway.ts';
import { cleanEnv, graphqlAnswer, spawnIdkit } from './support/idkit-process.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-start-errors-'));
fs.chmodSync(scratch, 0o711); // as root, PostgreSQL's user must reach the clusters inside
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function occupy(port: number, hosts: string[]): Promise<() => Promise<void>> {
  const servers: net.Server[] = [];
  for (const host of hosts) {
    const server = net.createServer();
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, host, () => resolve(true));
    });
    if (listening) servers.push(server);
  }
  return async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  };
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const envFor = (name: string, pgPort: number, httpPort: number) =>
  cleanEnv({ IDKIT_DATA_DIR: path.join(scratch, name), IDKIT_PG_PORT: String(pgPort), PORT: String(httpPort), HOST: '127.0.0.1' });

test('a taken GraphQL port: a short message naming PORT, exit 78, and the database it started is stopped', async () => {
  const pgPort = await freePort();
  const httpPort = await freePort();
  const release = await occupy(httpPort, ['127.0.0.1']);
  try {
    const run = spawnIdkit(['start'], envFor('http-taken', pgPort, httpPort));
    expect(await run.exited).toBe(78);
    const lines = run.output().trim().split('\n');
    expect(lines.at(-1)).toBe(`Port ${httpPort} is taken, so the GraphQL API cannot listen there. Set PORT to a free port.`);
    expect(lines.length, run.output()).toBeLessThanOrEqual(2); // at most the "Running as root" note before it
    expect(await portIsOpen(pgPort)).toBe(false);
  } finally {
    await release();
  }
}, 120_000);

test('a taken PostgreSQL port: one line naming IDKIT_PG_PORT, exit 78', async () => {
  const pgPort = await freePort();
  const release = await occupy(pgPort, ['127.0.0.1', '::1']);
  try {
    const run = spawnIdkit(['start'], envFor('pg-taken', pgPort, await freePort()));
    expect(await run.exited).toBe(78);
    const lines = run.output().trim().split('\n').filter((line) => !line.startsWith('Running as root'));
    expect(lines).toEqual([`Port ${pgPort} is taken, so the embedded PostgreSQL cannot listen there. Set IDKIT_PG_PORT to a free port.`]);
  } finally {
    await release();
  }
}, 120_000);

test('two first starts at once on one data folder: the second waits for the first and shares its cluster; nobody is told to delete data', async () => {
  const pgPort = await freePort();
  const [first, second] = [spawnIdkit(['start'], envFor('race', pgPort, await freePort())), spawnIdkit(['start'], envFor('race', pgPort, await freePort()))];
  await Promise.all([first.waitFor('Press Ctrl-C'), second.waitFor('Press Ctrl-C')]);
  for (const run of [first, second]) {
    const port = Number(/GraphQL API: http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(run.output())![1]);
    expect(await graphqlAnswer(port)).toEqual({ data: { currentUser: null } });
    expect(run.output()).not.toMatch(/empty|delete|remove/i);
  }
  expect(first.output() + second.output()).toMatch(/Waiting for process \d+, which is starting this embedded PostgreSQL\./);
  // The one that only reuses the cluster leaves it running for the other.
  const reuser = first.output().includes('Waiting for process') ? first : second;
  const owner = reuser === first ? second : first;
  reuser.signal('SIGINT');
  expect(await reuser.exited).toBe(0);
  expect(await portIsOpen(pgPort)).toBe(true);
  owner.signal('SIGINT');
  expect(await owner.exited).toBe(0);
  expect(await portIsOpen(pgPort)).toBe(false);
}, 180_000);

// The cause of a failed race above: each first start generated its own passwords and the last to write
// secrets.json won, so the start that waited connected with a password the cluster never had (and the file
// could end up naming a password the cluster does not have).
test('first starts at once agree on one secrets.json: every process gets the passwords of the one that created it', async () => {
  const dataDir = path.join(scratch, 'secrets-race');
  const secretsModule = path.join(import.meta.dirname, '..', 'src', 'db', 'secrets.ts');
  // Every process loads the module first, then all call loadLocalSecrets at the same instant.
  const at = Date.now() + 4000;
  const script = `import { loadLocalSecrets } from ${JSON.stringify(secretsModule)};
    while (Date.now() < ${at}) {}
    const s = loadLocalSecrets({ dataDir: ${JSON.stringify(dataDir)} });
    console.log(JSON.stringify([s.superuserPassword, s.ownerPassword, s.authenticatorPassword, s.tokenKeys]));`;
  const runs = Array.from({ length: 8 }, () => spawnIdkit(['--input-type=module', '-e', script], cleanEnv({}), { command: process.execPath }));
  const codes = await Promise.all(runs.map((run) => run.exited));
  expect(codes).toEqual(Array(8).fill(0));
  const answers = new Set(runs.map((run) => run.stdout().trim()));
  expect(answers.size, [...answers].join('\n')).toBe(1);
  const stored = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as Record<string, string>;
  expect(JSON.parse([...answers][0]!)).toEqual([stored.superuserPassword, stored.ownerPassword, stored.authenticatorPassword, stored.tokenKeys]);
  expect(fs.readdirSync(dataDir)).toEqual(['secrets.json']);
  expect(fs.statSync(path.join(dataDir, 'secrets.json')).mode & 0o077).toBe(0);
});
