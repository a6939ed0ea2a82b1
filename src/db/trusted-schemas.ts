// Which schemas may appear in the search_path of the kit's SECURITY DEFINER functions: those only superusers
// and app_owner control. A role that owns a schema (or may CREATE in it) there can put its own crypt() or
// citext in front of the real ones, or rename the schema and make a new one, and have app_owner run its code.
// In an application's database `public` belongs to pg_database_owner, i.e. the application's owner: that is
// why the kit keeps its extensions in `identity_extensions` there.
import type pg from 'pg';

/**
 * `$1`: schema names. One row per schema (of those that exist) that a role other than a superuser or
 * app_owner controls, with that role: its owner (pg_database_owner meaning the database's owner), or a
 * grantee of CREATE (`PUBLIC` for everyone).
 */
export const UNTRUSTED_SCHEMAS_SQL = `
  with database_owner as (
    -- pg_database_owner (PostgreSQL 14+) stands for the owner of the current database.
    select r.oid as stand_in, d.datdba as owner from pg_database d left join pg_roles r on r.rolname = 'pg_database_owner'
     where d.datname = current_database()),
  schemas as (
    select n.nspname as name, n.nspacl, n.nspowner from pg_namespace n where n.nspname = any($1::text[])),
  controllers as (
    select name, nspowner as role from schemas
    union
    select s.name, a.grantee from schemas s, aclexplode(coalesce(s.nspacl, acldefault('n', s.nspowner))) a
     where a.privilege_type = 'CREATE'),
  resolved as (
    select c.name, case when c.role = d.stand_in then d.owner else c.role end as role from controllers c, database_owner d)
  select distinct c.name, case when c.role = 0 then 'PUBLIC' else pg_get_userbyid(c.role) end as controller
    from resolved c left join pg_roles r on r.oid = c.role
   where c.role = 0 or not (r.rolsuper or r.rolname = 'app_owner')
   order by 1, 2`;

export async function untrustedSchemas(client: pg.ClientBase, names: string[]): Promise<{ name: string; controller: string }[]> {
  return (await client.query<{ name: string; controller: string }>(UNTRUSTED_SCHEMAS_SQL, [names])).rows;
}

/** Where citext and pgcrypto are installed in this database (absent ones are missing). */
export async function extensionSchemas(client: pg.ClientBase): Promise<{ extension: string; schema: string }[]> {
  const { rows } = await client.query<{ extension: string; schema: string }>(
    `select e.extname as extension, n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
      where e.extname in ('citext', 'pgcrypto') order by 1`,
  );
  return rows;
}
