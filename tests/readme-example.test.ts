// The README's "Use from your application" sample is examples/use-from-application.ts, verbatim, and it runs.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from 'vitest';
import { signUpAndIn } from '../examples/use-from-application.ts';
import { createTestDatabase } from './support/database.ts';

const root = path.join(import.meta.dirname, '..');

test('the README shows the compiled example file verbatim', () => {
  const example = fs.readFileSync(path.join(root, 'examples/use-from-application.ts'), 'utf8');
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readme).toContain('```ts\n' + example + '```');
});

test('the README example signs up, signs in and reads the newest audit event', async () => {
  const database = await createTestDatabase();
  try {
    const superuser = new pg.Client({ connectionString: database.superuserUrl });
    await superuser.connect();
    await superuser.query('update app_private.auth_settings set bcrypt_cost = 4');
    await superuser.end();
    expect(await signUpAndIn(database.authenticatorUrl)).toEqual({ role: 'app_user', event: 'login_success' });
    expect(await signUpAndIn(database.authenticatorUrl)).toEqual({ role: null, event: 'already registered' });
  } finally {
    await database.drop();
  }
});
