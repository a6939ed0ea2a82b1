// Runs every pgTAP file in tests/db/ against its own copy of the migrated database.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { createTestDatabase } from './support/database.ts';

const folder = path.join(import.meta.dirname, 'db');
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.sql')).sort();

interface TapResult {
  lines: string[];
  planned: number | undefined;
  ran: number;
  failures: string[];
}

/** Runs a pgTAP file as one multi-statement query and reads the TAP lines out of every result. */
async function runPgtapFile(url: string, sql: string): Promise<TapResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results = [await client.query(sql)].flat() as pg.QueryResult[];
    const lines = results
      .flatMap((r) => r.rows ?? [])
      .flatMap((row) => Object.values(row as Record<string, unknown>).map(String))
      .flatMap((text) => text.split('\n'));
    const plan = lines.map((l) => /^1\.\.(\d+)$/.exec(l)).find(Boolean);
    const outcomes = lines.filter((l) => /^(not )?ok \d+/.test(l));
    const failures = outcomes
      .filter((l) => l.startsWith('not ok'))
      .map((l) => [l, ...lines.slice(lines.indexOf(l) + 1).filter((d, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('#')))].join('\n'));
    return { lines, planned: plan ? Number(plan[1]) : undefined, ran: outcomes.length, failures };
  } finally {
    await client.end();
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
});
