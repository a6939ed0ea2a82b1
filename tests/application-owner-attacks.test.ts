// Attacks by an application's database owner on the kit installed beside it. In an application's database the application's owner
// owns schema `public` (pg_database_owner), which every SECURITY DEFINER function of the kit has in its search_path
// (pg_catalog, public, pg_temp) and where the kit put pgcrypto. It may rename that schema and put its own crypt()
// in a new `public`; the next sign-in then runs it as app_owner, which reads every password hash.
// Also: an identity_migrate schema the application created before the install is adopted as is, and a trigger
// on its migrations table runs as app_owner during `idkit migrate`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { withConnection } from '../src/db/target.ts';
import { runIdkit } from './support/idkit-process.ts';

const server = inject('testServer');
const tag = randomBytes(3).toString('hex');
const appOwner = `idkit_test_review_owner_${tag}`;
const appOwnerPassword = randomBytes(12).toString('hex');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-review-'));
const databases = [`${server.prefix}_review_public_${tag}`, `${server.prefix}_review_squat_${tag}`, `${server.prefix}_review_ext_public_${tag}`, `${server.prefix}_review_ext_safe_${tag}`];
const su = (db: string) => withConnection(server.maintenanceUrl, { database: db });
const asAppOwner = (db: string) => withConnection(su(db), { user: appOwner, password: appOwnerPassword });
const asAuthenticator = (db: string) => withConnection(su(db), { user: 'app_authenticator', password: server.secrets.authenticatorPassword });

function migrate(db: string) {
  return runIdkit(['migrate'], {
    ...process.env,
    DATABASE_URL: su(db),
    IDKIT_DATA_DIR: work,
    IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
    IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
  });
}

/** Registers and signs in an account through the kit's functions, as the API would. */
async function registerAndSignIn(db: string, username: string): Promise<string | null> {
  return withClient(asAuthenticator(db), async (c) => {
    await c.query('set role app_anonymous');
    await c.query(`select identity.register_user($1, $2, 'Correct-horse-battery-staple-9')`, [username, `${username}@example.com`]);
    const { rows } = await c.query(`select (identity.authenticate($1, 'Correct-horse-battery-staple-9')).role as role`, [username]);
    return rows[0].role as string | null;
  });
}

beforeAll(async () => {
  await withClient(server.maintenanceUrl, async (c) => {
    await c.query(`create role ${appOwner} login password '${appOwnerPassword}'`);
    for (const db of databases) await c.query(`create database ${db} owner ${appOwner}`);
  });
});

afterAll(async () => {
  await withClient(server.maintenanceUrl, async (c) => {
    for (const db of databases) await c.query(`drop database if exists ${db} with (force)`);
    await c.query(`drop role if exists ${appOwner}`);
  });
  fs.rmSync(work, { recursive: true, force: true });
});

test("the application's owner cannot run code as app_owner through schema public", async () => {
  const db = databases[0]!;
  expect((await migrate(db)).code).toBe(0);
  await withClient(asAppOwner(db), (c) =>
    c.query(`
      alter schema public rename to public_orig;
      create schema public;
      grant usage on schema public to public;
      create table public.loot (who name, password_hash text);
      grant insert on public.loot to public;
      -- Look-alikes of every pgcrypto function and of citext, wherever the real ones are, and a crypt() that loots.
      do $do$
      declare f record;
      declare v_citext text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'citext');
      begin
        execute format('create domain public.citext as %I.citext', v_citext);
        for f in select n.nspname, p.proname, pg_get_function_arguments(p.oid) args, pg_get_function_result(p.oid) res,
                        (select string_agg('$' || i, ',') from generate_series(1, p.pronargs) i) pass
                   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                   join pg_depend d on d.objid = p.oid and d.deptype = 'e'
                   join pg_extension e on e.oid = d.refobjid and e.extname = 'pgcrypto'
                  where p.proname <> 'crypt' loop
          execute format('create function public.%I(%s) returns %s language sql as $b$ select %I.%I(%s) $b$', f.proname, f.args, f.res, f.nspname, f.proname, f.pass);
        end loop;
        execute format($f$
          create function public.crypt(text, text) returns text language plpgsql as $b$
          begin
            if current_user = 'app_owner' then
              insert into public.loot select current_user, password_hash from identity_private.user_credentials;
            end if;
            return %I.crypt($1, $2);
          end $b$;$f$, (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pgcrypto'));
      end $do$;
`),
  );
  // The sign-in still works (the kit's functions find the real crypt()), and ran nothing of the application's.
  expect(await registerAndSignIn(db, 'victim')).toBe('app_user');
  const loot = await withClient(asAppOwner(db), async (c) => (await c.query('select who, password_hash from public.loot')).rows);
  expect(loot).toEqual([]);
});

test("an identity_migrate schema the application made before the install does not run its code as app_owner", async () => {
  const db = databases[1]!;
  await withClient(asAppOwner(db), (c) =>
    c.query(`
      create schema identity_migrate;
      grant usage on schema identity_migrate to public;
      create table identity_migrate.migrations (hash text primary key, previous_hash text, filename text not null unique, date timestamptz not null default now());
      grant select, insert on identity_migrate.migrations to public;
      create function identity_migrate.tg() returns trigger language plpgsql as $$
      begin
        if current_user = 'app_owner' and to_regclass('identity_private.user_credentials') is not null
           and not exists (select 1 from pg_policy where polname = 'appo_everything') then
          execute format('grant usage on schema identity_private to %I', '${appOwner}');
          execute format('grant select, update on identity_private.user_credentials to %I', '${appOwner}');
          execute format('create policy appo_everything on identity_private.user_credentials to %I using (true) with check (true)', '${appOwner}');
        end if;
        return null;
      end $$;
      create trigger t after insert on identity_migrate.migrations for each row execute function identity_migrate.tg();`),
  );
  const refused = await migrate(db);
  expect(refused.code).toBe(78);
  expect(refused.stderr).toContain(`schema identity_migrate exists and belongs to ${appOwner}, not app_owner`);
  expect(refused.stderr).toContain('Nothing was changed.');
  // Nothing was installed, and nothing was granted on the database.
  await withClient(su(db), async (c) => {
    expect((await c.query(`select to_regnamespace('identity') as s`)).rows[0].s).toBeNull();
    expect((await c.query(`select has_database_privilege('app_owner', current_database(), 'create') as c`)).rows[0].c).toBe(false);
  });
});

test("pgcrypto that the application installed in its own public schema is refused before anything changes, with the fix", async () => {
  const db = databases[2]!;
  // A trusted extension: the application's owner may create it, in the public schema it controls.
  await withClient(asAppOwner(db), (c) => c.query('create extension pgcrypto with schema public'));
  const acl = () => withClient(su(db), async (c) => (await c.query(`select datacl::text from pg_database where datname = current_database()`)).rows[0].datacl);
  const before = await acl();
  const refused = await migrate(db);
  expect(refused.code).toBe(78);
  expect(refused.stderr).toContain(`schema public (holding pgcrypto) is controlled by ${appOwner}`);
  expect(refused.stderr).toContain('alter extension pgcrypto set schema identity_extensions;');
  expect(await acl()).toEqual(before);
  await withClient(su(db), async (c) => {
    expect((await c.query(`select to_regnamespace('identity') is null and to_regnamespace('identity_extensions') is null as untouched`)).rows[0].untouched).toBe(true);
  });
});

test('extensions already in a schema only superusers control are used where they are', async () => {
  const db = databases[3]!;
  await withClient(su(db), (c) => c.query('create schema extensions; create extension citext with schema extensions; create extension pgcrypto with schema extensions'));
  expect((await migrate(db)).code).toBe(0);
  await withClient(su(db), async (c) => {
    expect((await c.query(`select to_regnamespace('identity_extensions') as s`)).rows[0].s).toBeNull();
    const paths = await c.query(
      `select distinct c as path from pg_proc p, unnest(p.proconfig) c
        where p.pronamespace = 'identity_private'::regnamespace and c like 'search_path=%' and c like '%extensions%'`,
    );
    expect(paths.rows).toEqual([{ path: 'search_path=pg_catalog, extensions, pg_temp' }]);
  });
  expect(await registerAndSignIn(db, 'someone')).toBe('app_user');
});
