// What the README says about running and backing up the embedded PostgreSQL holds for this checkout.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { embeddedBinaries } from '../src/db/embedded.ts';

const readme = fs.readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');

test('the README names the pg_dump version that can back up the embedded PostgreSQL (its major version or newer)', () => {
  const version = execFileSync(path.join(embeddedBinaries().nativeDir, 'bin', 'postgres'), ['--version']).toString();
  const major = /(\d+)\.\d+/.exec(version)![1];
  expect(readme).toContain(`its server is PostgreSQL ${major}, so use a \`pg_dump\` of version ${major} or newer`);
  expect(readme).toContain(`\`postgresql-client-${major}\``);
  // No pg_dump is bundled: the claim that one is needed stays true.
  expect(fs.existsSync(path.join(embeddedBinaries().nativeDir, 'bin', 'pg_dump'))).toBe(false);
});

test('every idkit command in the usage text has a row in the README command table', () => {
  const cli = fs.readFileSync(path.join(import.meta.dirname, '..', 'src', 'cli.ts'), 'utf8');
  const usage = /const USAGE = `([^`]*)`/.exec(cli)![1]!;
  const names = [...usage.matchAll(/^ {2}(\w[\w-]*)[ \[]/gm)].map((m) => m[1]!);
  expect(names.length).toBeGreaterThan(8);
  const rows = readme.split('\n').filter((line) => line.startsWith('| `idkit '));
  for (const name of names) expect(rows.some((row) => row.includes(`\`idkit ${name}`) || row.includes(`/ \`${name}\``)), name).toBe(true);
});
