// Issue 13: squawk over every migration after the baseline (and current.sql), for graphile-migrate's one
// transaction per migration, plus idkit's rule that each sets lock_timeout and statement_timeout.
import fs from 'node:fs';
import os from 'node:os';
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

test('only the baseline is excluded (by its number, 000001-*): a migration committed after it is linted', async () => {
  const excluded = excludedPaths();
  expect(excluded).toEqual(['migrations/committed/000001-*.sql']);
  // The baseline is the first committed migration; the real ones after it are linted (the first test).
  const committed = fs.readdirSync(path.join(import.meta.dirname, '..', 'migrations', 'committed')).filter((f) => f.endsWith('.sql')).sort();
  expect(committed[0]).toMatch(/^000001-/);
  expect(migrationsToLint(path.join(import.meta.dirname, '..'))).toEqual([...committed.slice(1).map((f) => `migrations/committed/${f}`), 'migrations/current.sql']);
  // A project whose next migration (000002) builds an index the unsafe way: it is linted and reported, the
  // baseline beside it is not.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-lint-'));
  try {
    fs.mkdirSync(path.join(root, 'migrations', 'committed'), { recursive: true });
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'migrations', 'committed', committed[0]!), path.join(root, 'migrations', 'committed', committed[0]!));
    fs.copyFileSync(path.join(fixtures, 'unsafe-index.sql'), path.join(root, 'migrations', 'committed', '000002-display-name-index.sql'));
    fs.writeFileSync(path.join(root, 'migrations', 'current.sql'), '-- Enter migration here\n');
    expect(migrationsToLint(root)).toEqual(['migrations/committed/000002-display-name-index.sql', 'migrations/current.sql']);
    const violations = await lintMigrations({ cwd: root });
    expect(new Set(violations.map((v) => v.file))).toEqual(new Set(['migrations/committed/000002-display-name-index.sql']));
    expect(violations.map((v) => v.rule)).toContain('require-concurrent-index-creation');
    expect(violations.map((v) => v.rule)).toContain(TIMEOUT_RULE);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
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
