// Issue 10, point 8: the migrated list of common passwords is the maintained package's list, loaded at
// commit time (src/codegen/common-passwords.ts), never fetched at run time.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commonPasswords, commonPasswordsSql } from '../src/codegen/common-passwords.ts';
import { withClient } from '../src/db/connect.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

test('the database refuses exactly the passwords of @zxcvbn-ts/language-common, at least 10,000 of them', async () => {
  const expected = commonPasswords();
  expect(expected.length).toBeGreaterThanOrEqual(10_000);
  const stored = await withClient(database.superuserUrl, async (client) =>
    (await client.query<{ password: string }>('select password from identity_private.common_passwords')).rows.map((r) => r.password),
  );
  expect(stored.length).toBe(expected.length);
  expect(new Set(stored)).toEqual(new Set(expected));
});

test('a committed migration carries the generated list verbatim (regenerate it when the package changes)', () => {
  const folder = path.join(import.meta.dirname, '..', 'migrations', 'committed');
  const committed = fs.readdirSync(folder).map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
  expect(committed.some((sql) => sql.includes(commonPasswordsSql()))).toBe(true);
});
