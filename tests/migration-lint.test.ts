// Issue 13: squawk over every migration after the baseline (and current.sql), for graphile-migrate's one
// transaction per migration, plus idkit's rule that each sets lock_timeout and statement_timeout.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { describeViolations, excludedPaths, lintMigrations, migrationsToLint, TIMEOUT_RULE } from '../src/db/migration-lint.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'migrations');
const lintFixture = (name: string) => lintMigrations({ files: [name], cwd: fixtures });

test('every migration after the baseline, and current.sql, passes squawk and sets both timeouts', async () => {
  const files = migrationsToLint();
  expect(files).toContain('migrations/current.sql');
  expect(files.some((f) => /^migrations\/committed\/000001-/.test(f))).toBe(false);
  const violations = await lintMigrations();
  expect(violations, describeViolations(violations)).toEqual([]);
});

test('the baseline is excluded by name (000001-*), so a migration committed after it is linted', () => {
  expect(excludedPaths()).toContain('migrations/committed/000001-*.sql');
  const committed = fs.readdirSync(path.join(import.meta.dirname, '..', 'migrations', 'committed'));
  const excluded = excludedPaths();
  for (const file of committed) {
    const isBaseline = file.startsWith('000001-');
    const listed = excluded.some((pattern) => path.matchesGlob(`migrations/committed/${file}`, pattern));
    // Only the baseline and (until the squash) the named pre-1.0 files: never a pattern catching new numbers.
    if (!isBaseline) expect(excluded).toContain(`migrations/committed/${file}`);
    expect(listed).toBe(true);
  }
  expect(excluded.filter((p) => p.includes('*'))).toEqual(['migrations/committed/000001-*.sql']);
});

test('an index built without concurrently on an existing table, without timeouts, is reported', async () => {
  const violations = await lintFixture('unsafe-index.sql');
  const rules = violations.map((v) => v.rule).sort();
  expect(rules).toEqual(['idkit-require-timeout-settings', 'idkit-require-timeout-settings', 'require-concurrent-index-creation', 'require-lock-timeout', 'require-statement-timeout']);
  expect(violations.find((v) => v.rule === 'require-concurrent-index-creation')!.line).toBe(3);
  expect(describeViolations(violations)).toContain(`unsafe-index.sql: ${TIMEOUT_RULE}: unsafe-index.sql does not set lock_timeout`);
});

test('a migration that sets both timeouts and takes brief locks passes', async () => {
  const violations = await lintFixture('safe-comment.sql');
  expect(violations, describeViolations(violations)).toEqual([]);
});

test('a `--! no-transaction` migration building its index concurrently passes (squawk is told it runs outside a transaction)', async () => {
  const violations = await lintFixture('safe-concurrent-index.sql');
  expect(violations, describeViolations(violations)).toEqual([]);
});
