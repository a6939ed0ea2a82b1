// The test suite on someone's server (TEST_DATABASE_URL) changes nothing it did not create: no role
// password, no database but its own throwaway ones.
import { expect, inject, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { startThrowawayServer } from '../src/db/throwaway.ts';
import { withConnection } from '../src/db/target.ts';

const server = inject('testServer');

const rolePasswords = () =>
  withClient(server.maintenanceUrl, async (c) =>
    (await c.query(`select rolname, rolpassword from pg_authid where rolname like 'app\\_%' order by 1`)).rows,
  );
const databases = () =>
  withClient(server.maintenanceUrl, async (c) => (await c.query<{ datname: string }>('select datname from pg_database')).rows.map((r) => r.datname));

test('a throwaway server on an existing server keeps every role password and drops only the databases it made', async () => {
  const passwordsBefore = await rolePasswords();
  const databasesBefore = await databases();
  const throwaway = await startThrowawayServer({
    serverUrl: server.maintenanceUrl,
    passwords: { owner: server.secrets.ownerPassword, authenticator: server.secrets.authenticatorPassword },
  });
  const made = await throwaway.createDatabase({ template: server.templateName });
  // It works as the existing roles, with their existing passwords.
  await withClient(made.authenticatorUrl, (c) => c.query('select 1'));
  expect(await databases()).toContain(made.name);
  await throwaway.dispose();
  expect(await rolePasswords()).toEqual(passwordsBefore);
  const after = await databases();
  expect(after).not.toContain(made.name);
  for (const name of databasesBefore.filter((d) => !d.startsWith(server.prefix))) expect(after).toContain(name);
});

test('with passwords that do not log in as the existing roles, a throwaway server refuses before changing anything and names the variables', async () => {
  const wrong = withConnection(server.maintenanceUrl, { user: 'app_owner', password: 'certainly-not-the-password' });
  const trust = await withClient(wrong, async () => true).catch(() => false);
  if (trust) return; // a trust server lets any password in: there is nothing to refuse
  const before = await rolePasswords();
  await expect(startThrowawayServer({ serverUrl: server.maintenanceUrl, passwords: { owner: 'nope', authenticator: 'nope' } })).rejects.toThrow(
    /app_owner \(IDKIT_OWNER_PASSWORD\) and app_authenticator \(IDKIT_AUTHENTICATOR_PASSWORD\) already exist/,
  );
  expect(await rolePasswords()).toEqual(before);
});
