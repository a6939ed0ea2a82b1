// The root-only step before migrations: cluster roles, the database and its ownership.
// Roles are cluster-wide and outside migrations, so this runs with a superuser and is idempotent.
// It never changes the password of a role that already exists (another deployment may depend on it),
// and it checks everything it needs before it changes anything, so a refusal leaves no half-done state.
import pg from 'pg';
import { CommandError } from '../commands/exit-codes.ts';
import { withClient } from './connect.ts';
import { withConnection } from './target.ts';
import { extensionSchemas, untrustedSchemas } from './trusted-schemas.ts';
import type { LocalSecrets } from './secrets.ts';

/** The API roles `app_authenticator` may switch into, and nothing else. */
export const API_ROLES = ['app_anonymous', 'app_user', 'app_admin'] as const;

/** Creates the role if missing (with its password, if it logs in) and sets its attributes. */
async function ensureRole(client: pg.Client, name: string, attributes: string, password?: string) {
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [name]);
  if (!rowCount) await client.query(`create role ${client.escapeIdentifier(name)}`);
  const setPassword = password !== undefined && !rowCount ? ` password ${client.escapeLiteral(password)}` : '';
  await client.query(`alter role ${client.escapeIdentifier(name)} with ${attributes}${setPassword}`);
}

/** Whether `url` authenticates (a refused database or privilege after authentication still counts). */
async function canLogIn(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '28P01' || code === '28000') return false;
    if (code === '3D000' || code === '42501') return true;
    throw error;
  }
}

/**
 * Refuses, before any change, what provisioning cannot finish: a connection that is not a superuser, or
 * login roles that exist with passwords this checkout does not know (it will not change them).
 */
export async function checkProvisioningPreconditions(
  superuserUrl: string,
  logins: { ownerUrl: string; authenticatorUrl: string },
): Promise<void> {
  const { rows } = await withClient(superuserUrl, (client) =>
    client.query<{ me: string; superuser: boolean; existing: string[] }>(
      `select current_user as me, (select rolsuper from pg_roles where rolname = current_user) as superuser,
              array(select rolname::text from pg_roles where rolname in ('app_owner', 'app_authenticator') order by 1) as existing`,
    ),
  );
  const { me, superuser, existing } = rows[0]!;
  if (!superuser) {
    throw new CommandError(
      `DATABASE_URL logs in as "${me}", which is not a superuser. Provisioning (idkit migrate, start, reset) creates roles and hands ` +
        'the database to app_owner, so it needs a superuser URL; the API server itself needs none (`idkit serve`).',
    );
  }
  const unknown: string[] = [];
  if (existing.includes('app_owner') && !(await canLogIn(logins.ownerUrl))) unknown.push('app_owner (IDKIT_OWNER_PASSWORD)');
  if (existing.includes('app_authenticator') && !(await canLogIn(logins.authenticatorUrl))) unknown.push('app_authenticator (IDKIT_AUTHENTICATOR_PASSWORD)');
  if (unknown.length > 0) {
    throw new CommandError(
      `The roles ${unknown.join(' and ')} already exist on this server with passwords this checkout does not know, and idkit never ` +
        'changes the password of an existing role. Set the variable(s) named to their passwords. Nothing was changed.',
    );
  }
}

/**
 * Creates (or updates) the roles:
 * - `app_owner` owns the database and everything the migrations create; not a superuser.
 * - `app_authenticator` logs in, inherits nothing, and may only `set role` to the three API roles.
 * - `app_anonymous`, `app_user`, `app_admin`: what a request runs as (`app_admin` includes `app_user`).
 * Passwords are set when a role is created, never on an existing role.
 */
export async function provisionRoles(superuserUrl: string, secrets: LocalSecrets): Promise<void> {
  await withClient(superuserUrl, async (client) => {
    // Two processes provisioning the same cluster at once must not race on CREATE ROLE.
    await client.query('select pg_advisory_lock(hashtext($1))', ['pg-identity-kit:provision-roles']);
    try {
      const base = 'nosuperuser nocreatedb nocreaterole noreplication nobypassrls';
      await ensureRole(client, 'app_owner', `login ${base} inherit`, secrets.ownerPassword);
      await ensureRole(client, 'app_authenticator', `login ${base} noinherit`, secrets.authenticatorPassword);
      for (const role of API_ROLES) await ensureRole(client, role, `nologin ${base} inherit`);
      await client.query('grant app_user to app_admin');
      await client.query(`grant ${API_ROLES.join(', ')} to app_authenticator`);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['pg-identity-kit:provision-roles']);
    }
  });
}

/** The database's owner, or undefined when there is no such database. */
async function databaseOwner(maintenanceUrl: string, databaseName: string): Promise<string | undefined> {
  return withClient(maintenanceUrl, async (client) => {
    const { rows } = await client.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [databaseName]);
    return rows[0]?.owner;
  });
}

export async function databaseExists(maintenanceUrl: string, databaseName: string): Promise<boolean> {
  return (await databaseOwner(maintenanceUrl, databaseName)) !== undefined;
}

/**
 * Creates the database when missing (only if `create`): the kit then owns it, and only the authenticator may
 * connect. An existing database keeps its owner and every grant it has (an application's database): app_owner
 * gets CREATE (for the kit's schemas), app_authenticator CONNECT, and the superuser creates the extensions the
 * kit needs in identity_extensions when they are missing (never in public, which the database's owner controls).
 */
export async function provisionDatabase(
  maintenanceUrl: string,
  databaseName: string,
  options: { create: boolean } = { create: true },
): Promise<'created' | 'kit' | 'application'> {
  const kind = await withClient(maintenanceUrl, async (client) => {
    // Two first starts at once must not both create it.
    await client.query('select pg_advisory_lock(hashtext($1))', [`pg-identity-kit:provision-database:${databaseName}`]);
    try {
      const db = client.escapeIdentifier(databaseName);
      const { rows } = await client.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [databaseName]);
      if (rows.length === 0 && !options.create) throw missingDatabase(databaseName);
      if (rows.length > 0 && rows[0]!.owner !== 'app_owner') {
        await client.query(`grant create, connect on database ${db} to app_owner`);
        await client.query(`grant connect on database ${db} to app_authenticator`);
        return 'application' as const;
      }
      if (rows.length === 0) await client.query(`create database ${db} owner app_owner`);
      await client.query(`revoke all on database ${db} from public`);
      await client.query(`grant connect on database ${db} to app_authenticator`);
      return rows.length === 0 ? ('created' as const) : ('kit' as const);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [`pg-identity-kit:provision-database:${databaseName}`]);
    }
  });
  if (kind === 'application') {
    // Extensions the application has already (in a schema checkApplicationDatabase found safe) are used where they
    // are; missing ones go into identity_extensions, which only superusers control.
    await withClient(withConnection(maintenanceUrl, { database: databaseName }), async (client) => {
      const present = await extensionSchemas(client);
      // Those the application had, in a schema of its own (found safe): the kit's owner must reach them.
      for (const { schema } of present) {
        if (schema !== 'identity_extensions') await client.query(`grant usage on schema ${client.escapeIdentifier(schema)} to app_owner`);
      }
      if (present.length === 2) return;
      await client.query(`
        begin;
        create schema if not exists identity_extensions;
        -- Made by this superuser, or by a superuser before: never one a role of the application slipped in meanwhile.
        do $$ begin
          if not (select r.rolsuper from pg_namespace n join pg_roles r on r.oid = n.nspowner where n.nspname = 'identity_extensions') then
            raise exception 'schema identity_extensions belongs to a role that is not a superuser; nothing was changed';
          end if;
        end $$;
        comment on schema identity_extensions is E'Extensions pg-identity-kit needs (citext, pgcrypto), where only superusers may create objects: the kit''s SECURITY DEFINER functions look names up here, never in public, which the application''s owner controls.';
        grant usage on schema identity_extensions to public;
        create extension if not exists citext with schema identity_extensions;
        create extension if not exists pgcrypto with schema identity_extensions;
        commit;`);
    });
  }
  return kind;
}

const KIT_SCHEMAS = ['identity', 'identity_private', 'identity_migrate'];

/**
 * Before anything is changed in an existing database that the kit does not own (an application's): refuses
 * what would let a role of the application run code as app_owner. The kit's schemas must be absent or
 * app_owner's (one made beforehand by someone else would be adopted with whatever it holds, triggers
 * included), and citext, pgcrypto and identity_extensions, which the kit's SECURITY DEFINER functions look
 * names up in, must be in schemas only superusers and app_owner control.
 */
export async function checkApplicationDatabase(maintenanceUrl: string, databaseName: string): Promise<void> {
  const owner = await databaseOwner(maintenanceUrl, databaseName);
  if (owner === undefined || owner === 'app_owner') return;
  const problems = await withClient(withConnection(maintenanceUrl, { database: databaseName }), async (client) => {
    const found: string[] = [];
    const { rows: squatted } = await client.query<{ name: string; owner: string }>(
      `select nspname as name, pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = any($1::text[]) and pg_get_userbyid(nspowner) <> 'app_owner' order by 1`,
      [KIT_SCHEMAS],
    );
    for (const s of squatted) found.push(`schema ${s.name} exists and belongs to ${s.owner}, not app_owner: the kit creates its schemas itself (drop or rename it)`);
    const extensions = await extensionSchemas(client);
    const searched = [...new Set(['identity_extensions', ...extensions.map((e) => e.schema)])];
    for (const u of await untrustedSchemas(client, searched)) {
      const holds = extensions.filter((e) => e.schema === u.name).map((e) => e.extension);
      found.push(
        `schema ${u.name}${holds.length ? ` (holding ${holds.join(' and ')})` : ''} is controlled by ${u.controller}` +
          (holds.length ? `: move ${holds.length > 1 ? 'them' : 'it'} to a schema only superusers control, e.g. \`create schema identity_extensions; ${holds.map((h) => `alter extension ${h} set schema identity_extensions;`).join(' ')}\`` : ''),
      );
    }
    return found;
  });
  if (problems.length > 0) {
    throw new CommandError(
      `The kit cannot be installed safely into database "${databaseName}", whose owner is ${owner}:\n  - ${problems.join('\n  - ')}\n` +
        "A role controlling one of these could run its own code as app_owner, the owner of every password hash. Nothing was changed.",
    );
  }
}

export function missingDatabase(databaseName: string): CommandError {
  return new CommandError(
    `Database "${databaseName}" does not exist on this server. Check the name in DATABASE_URL; \`idkit migrate --create\` creates it.`,
  );
}

/** `idkit reset` drops only a database the kit owns, never an application's that the kit is installed in. */
export async function refuseApplicationDatabase(maintenanceUrl: string, databaseName: string): Promise<void> {
  const owner = await databaseOwner(maintenanceUrl, databaseName);
  if (owner !== undefined && owner !== 'app_owner') {
    throw new CommandError(
      `Database "${databaseName}" is owned by ${owner}, not app_owner: the kit is installed in it beside an application, and idkit reset ` +
        'drops only a database the kit owns. Nothing was changed.',
    );
  }
}

/** Drops the database (dev only: the CLI guards it) and creates it empty again. */
export async function recreateDatabase(maintenanceUrl: string, databaseName: string): Promise<void> {
  await withClient(maintenanceUrl, async (client) => {
    await client.query(`drop database if exists ${client.escapeIdentifier(databaseName)} with (force)`);
  });
  await provisionDatabase(maintenanceUrl, databaseName);
}
