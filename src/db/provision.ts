// The root-only step before migrations: cluster roles, the database and its ownership.
// Roles are cluster-wide and outside migrations, so this runs with a superuser and is idempotent.
import type pg from 'pg';
import { withClient } from './connect.ts';
import type { LocalSecrets } from './secrets.ts';

/** The API roles `app_authenticator` may switch into, and nothing else. */
export const API_ROLES = ['app_anonymous', 'app_user', 'app_admin'] as const;

/** Creates the role if missing and sets its attributes; the password only when asked to, or when new. */
async function ensureRole(client: pg.Client, name: string, attributes: string, password?: { value: string; overwrite: boolean }) {
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [name]);
  if (!rowCount) await client.query(`create role ${client.escapeIdentifier(name)}`);
  const setPassword = password && (password.overwrite || !rowCount) ? ` password ${client.escapeLiteral(password.value)}` : '';
  await client.query(`alter role ${client.escapeIdentifier(name)} with ${attributes}${setPassword}`);
}

/**
 * Whether to (re)set the login roles' passwords when they already exist. Yes on a cluster the toolkit
 * owns (embedded, tests) or when configured explicitly; otherwise another instance with its own
 * generated .data/secrets.json would silently change the passwords under a running deployment.
 */
export interface PasswordPolicy {
  owner: boolean;
  authenticator: boolean;
}

/**
 * Creates (or updates) the roles:
 * - `app_owner` owns the database and everything the migrations create; not a superuser.
 * - `app_authenticator` logs in, inherits nothing, and may only `set role` to the three API roles.
 * - `app_anonymous`, `app_user`, `app_admin`: what a request runs as (`app_admin` includes `app_user`).
 */
export async function provisionRoles(
  superuserUrl: string,
  secrets: LocalSecrets,
  overwrite: PasswordPolicy = { owner: true, authenticator: true },
): Promise<void> {
  await withClient(superuserUrl, async (client) => {
    // Two processes provisioning the same cluster at once must not race on CREATE ROLE.
    await client.query('select pg_advisory_lock(hashtext($1))', ['pg-identity-kit:provision-roles']);
    try {
      const base = 'nosuperuser nocreatedb nocreaterole noreplication nobypassrls';
      await ensureRole(client, 'app_owner', `login ${base} inherit`, { value: secrets.ownerPassword, overwrite: overwrite.owner });
      await ensureRole(client, 'app_authenticator', `login ${base} noinherit`, {
        value: secrets.authenticatorPassword,
        overwrite: overwrite.authenticator,
      });
      for (const role of API_ROLES) await ensureRole(client, role, `nologin ${base} inherit`);
      await client.query('grant app_user to app_admin');
      await client.query(`grant ${API_ROLES.join(', ')} to app_authenticator`);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['pg-identity-kit:provision-roles']);
    }
  });
}

/** Creates the database when missing, hands it to `app_owner` and lets only the authenticator connect. */
export async function provisionDatabase(maintenanceUrl: string, databaseName: string): Promise<void> {
  await withClient(maintenanceUrl, async (client) => {
    const db = client.escapeIdentifier(databaseName);
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [databaseName]);
    if (!rowCount) await client.query(`create database ${db} owner app_owner`);
    else await client.query(`alter database ${db} owner to app_owner`);
    await client.query(`revoke all on database ${db} from public`);
    await client.query(`grant connect on database ${db} to app_authenticator`);
  });
}

/** Drops the database (dev only: the CLI guards it) and creates it empty again. */
export async function recreateDatabase(maintenanceUrl: string, databaseName: string): Promise<void> {
  await withClient(maintenanceUrl, async (client) => {
    await client.query(`drop database if exists ${client.escapeIdentifier(databaseName)} with (force)`);
  });
  await provisionDatabase(maintenanceUrl, databaseName);
}
