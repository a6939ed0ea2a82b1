// `npm run bench` keeps working: a short run of every benchmark must finish and write its figures.
// (It measures nothing here: speed is judged by `npm run bench` itself, never by a timed test.)
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import os from 'node:os';
import { afterAll, expect, test } from 'vitest';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..');
// A scratch folder, so a smoke run never overwrites the figures of a real `npm run bench`.
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-bench-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test('the login, GraphQL and import benchmarks run to the end and write their JSON figures', async () => {
  const started = Date.now();
  const args = ['--samples', '3', '--seconds', '1.5', '--connections', '4', '--accounts', '2000', '--out', out];
  const { stdout } = await run(process.execPath, [path.join(root, 'bench/run.ts'), ...args], {
    cwd: root,
  });
  expect(stdout).toContain('authenticate / crypt throughput');
  expect(stdout).toMatch(/one anonymous client: bcrypt computations\/min .* ok/);
  expect(stdout).toMatch(/one anonymous client: audit rows\/min .* ok/);
  expect(stdout).toContain('PostGraphile / handwritten req/s');
  expect(stdout).toContain('lower_cost_hash_wrong_password / success time');
  expect(stdout).toContain('import / COPY throughput');
  for (const name of ['login', 'graphql', 'import']) {
    const file = path.join(out, `${name}.json`);
    const figures = JSON.parse(fs.readFileSync(file, 'utf8')) as { at: string; rows: { metric: string; value: number }[] };
    expect(Date.parse(figures.at)).toBeGreaterThanOrEqual(started - 1000); // written by this run
    expect(figures.rows.every((r) => Number.isFinite(r.value))).toBe(true);
  }
}, 120_000);
