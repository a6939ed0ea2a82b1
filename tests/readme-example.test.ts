// The README's "Use from your application" sample is examples/use-from-application.ts, verbatim, and it runs.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from 'vitest';
import { createIdentityClient, generateSigningKey } from 'pg-identity-kit';
import { signUpAndIn } from '../examples/use-from-application.ts';
import { primaryEmails } from '../examples/zapatos-escape-hatch.ts';
import { createTestDatabase } from './support/database.ts';

const root = path.join(import.meta.dirname, '..');

test('the README shows the compiled example files verbatim', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const file of ['examples/use-from-application.ts', 'examples/zapatos-escape-hatch.ts']) {
    expect(readme).toContain('```ts\n' + fs.readFileSync(path.join(root, file), 'utf8') + '```');
  }
});

test('the README examples sign up, sign in, read the newest audit event and select through Zapatos', async () => {
  const database = await createTestDatabase();
  try {
    const superuser = new pg.Client({ connectionString: database.superuserUrl });
    await superuser.connect();
    await superuser.query('update identity_private.auth_settings set bcrypt_cost = 4');
    await superuser.end();
    const signingKeys = JSON.stringify([generateSigningKey()]);
    expect(await signUpAndIn(database.authenticatorUrl, signingKeys)).toEqual({ role: 'app_user', event: 'login_success' });
    expect(await signUpAndIn(database.authenticatorUrl, signingKeys)).toEqual({ role: null, event: 'already registered' });
    const identity = createIdentityClient({ connectionString: database.authenticatorUrl, signingKeys });
    try {
      const session = await identity.authenticate({ login: 'ada', password: 'correct horse battery staple' });
      if (!session || !('accessToken' in session)) throw new Error('ada did not sign in');
      expect(await primaryEmails(identity, session)).toEqual([{ email: 'ada@example.com', is_verified: false }]);
    } finally {
      await identity.end();
    }
  } finally {
    await database.drop();
  }
});
