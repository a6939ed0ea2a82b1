// Runs every pgTAP file in tests/db/ against its own copy of the migrated database, then all of them at once
// with pg_prove -j 2 on one database, as a DBA may run them.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { createTestDatabase } from './support/database.ts';
import { runPgtapFile } from './support/pgtap.ts';

const folder = path.join(import.meta.dirname, 'db');
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.sql')).sort();
const run = promisify(execFile);

function hasPgProve(): boolean {
  try {
    execFileSync('pg_prove', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('pgTAP', () => {
  test('there are pgTAP files to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    test.concurrent(file, async () => {
      const db = await createTestDatabase();
      try {
        const result = await runPgtapFile(db.superuserUrl, fs.readFileSync(path.join(folder, file), 'utf8'));
        expect(result.failures, result.failures.join('\n\n')).toEqual([]);
        expect(result.planned, 'the file declares a plan').toBeGreaterThan(0);
        expect(result.ran, 'every planned test ran').toBe(result.planned);
      } finally {
        await db.drop();
      }
    });
  }

  // Debian: libtap-parser-sourcehandler-pgtap-perl (.ci/run installs it, so CI never skips this).
  test.skipIf(!hasPgProve() && !process.env.CI)('pg_prove -j 2 runs every file at once on one database without a deadlock or a failure', async () => {
    const db = await createTestDatabase();
    try {
      const { stdout } = await run('pg_prove', ['-j', '2', '-d', db.superuserUrl, ...files.map((f) => path.join(folder, f))], {
        maxBuffer: 16 * 1024 * 1024,
      }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`pg_prove failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
      });
      expect(stdout).toMatch(/^Result: PASS$/m);
      expect(stdout).toContain(`Files=${files.length},`);
    } finally {
      await db.drop();
    }
  }, 300_000);
});
