// Runs every pgTAP file in tests/db/ against its own copy of the migrated database.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createTestDatabase } from './support/database.ts';
import { runPgtapFile } from './support/pgtap.ts';

const folder = path.join(import.meta.dirname, 'db');
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.sql')).sort();

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
});
