// generated/ must be what the migrations and sql/ produce; the check itself must catch a stale file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkGenerated, describeDrift } from '../src/codegen/generate.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

test('generated/ matches a fresh generation from the migrated schema and sql/', async () => {
  const report = await checkGenerated({ target: database });
  expect(report, describeDrift(report)).toEqual({ changed: [], added: [], removed: [] });
});

test('a changed sql/ file without regeneration is reported as drift', async () => {
  const sqlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-sql-'));
  try {
    fs.cpSync(path.join(import.meta.dirname, '..', 'sql'), sqlDir, { recursive: true });
    fs.appendFileSync(path.join(sqlDir, 'roles.sql'), '\n/* @name CountRoles */\nselect count(*) as n from app_public.roles;\n');
    const report = await checkGenerated({ target: database, sqlDir });
    expect(report.changed).toEqual(['roles.queries.ts']);
    expect(describeDrift(report)).toContain('Run `npm run gen`');
  } finally {
    fs.rmSync(sqlDir, { recursive: true, force: true });
  }
});
