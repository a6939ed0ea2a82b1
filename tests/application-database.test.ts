// The kit installed into an application's existing database: its owner, its grants and its graphile-migrate
// chain stay the application's; the application's migrations and the kit's upgrades run in either order.
import * as gm from 'graphile-migrate';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { applyKitMigrations } from '../src/db/kit-migrations.ts';
import { PROJECT_ROOT } from '../src/db/migrations.ts';
import { withConnection } from '../src/db/target.ts';
import { appendCommittedMigration, newerKitMigrations } from './support/committed-migrations.ts';
import { runIdkit } from './support/idkit-process.ts';

const server = inject('testServer');
const tag = randomBytes(3).toString('hex');
const appDb = `${server.prefix}_application_${tag}`;
// The application's own roles: its owner (its migrations run as it) and a reporting role it grants to.
const appOwner = `idkit_test_app_owner_${tag}`;
const reporting = `idkit_test_reporting_${tag}`;
const appOwnerPassword = randomBytes(12).toString('hex');
const superuserUrl = withConnection(server.maintenanceUrl, { database: appDb });
const appOwnerUrl = withConnection(superuserUrl, { user: appOwner, password: appOwnerPassword });
const kitOwnerUrl = withConnection(superuserUrl, { user: 'app_owner', password: server.secrets.ownerPassword });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-application-'));
const appMigrations = path.join(work, 'app-migrations');
const appCommitted = path.join(appMigrations, 'committed');

/** The application's graphile-migrate, as its own .gmrc would configure it (no shadow database needed to migrate). */
const appMigrate = () =>
  gm.migrate({ connectionString: appOwnerUrl, migrationsFolder: appMigrations, logger: new gm.Logger(() => () => {}) } as gm.Settings, false, false);

function idkit(...args: string[]) {
  return runIdkit(args, {
    ...process.env,
    DATABASE_URL: superuserUrl,
    IDKIT_DATA_DIR: work,
    IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
    IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
  });
}

/** What belongs to the application: the database's owner and ACL, its schema's and tables' ACLs, its chain. */
const applicationState = () =>
  withClient(superuserUrl, async (c) => ({
    database: (await c.query(`select pg_get_userbyid(datdba) as owner, datacl::text[] as acl from pg_database where datname = current_database()`)).rows[0],
    objects: (
      await c.query(
        `select n.nspname || coalesce('.' || c.relname, '') as name, coalesce(c.relacl, n.nspacl)::text[] as acl,
                pg_get_userbyid(coalesce(c.relowner, n.nspowner)) as owner
           from pg_namespace n left join pg_class c on c.relnamespace = n.oid and c.relkind = 'r'
          where n.nspname in ('app_public', 'public') order by 1`,
      )
    ).rows,
    chain: (await c.query(`select filename, hash, previous_hash, date from graphile_migrate.migrations order by filename`)).rows,
  }));

beforeAll(async () => {
  await withClient(server.maintenanceUrl, async (c) => {
    await c.query(`create role ${appOwner} login password '${appOwnerPassword}'`);
    await c.query(`create role ${reporting} nologin`);
    await c.query(`create database ${appDb} owner ${appOwner}`);
    await c.query(`grant temporary on database ${appDb} to ${reporting}`);
  });
  // The application's first migration, applied before the kit exists in the database.
  appendCommittedMigration(
    appCommitted,
    'settings',
    `create schema app_public;
     grant usage on schema app_public to ${reporting};
     create table app_public.settings (key text primary key, value text not null);
     grant select on app_public.settings to ${reporting};`,
  );
  await appMigrate();
});

afterAll(async () => {
  await withClient(server.maintenanceUrl, async (c) => {
    await c.query(`drop database if exists ${appDb} with (force)`);
    await c.query(`drop role if exists ${reporting}`);
    await c.query(`drop role if exists ${appOwner}`);
  });
  fs.rmSync(work, { recursive: true, force: true });
});

test("installing the kit keeps the database's owner, every grant the application made, and its migration history", async () => {
  const before = await applicationState();
  expect(before.chain).toHaveLength(1);
  const result = await idkit('migrate');
  expect(result.code, result.stderr).toBe(0);
  const after = await applicationState();
  expect(after.objects).toEqual(before.objects);
  expect(after.chain).toEqual(before.chain);
  expect(after.database!.owner).toBe(appOwner);
  // Nothing the application granted on its database was revoked; the kit added only what it needs.
  for (const entry of before.database!.acl as string[]) expect(after.database!.acl).toContain(entry);
  const added = (after.database!.acl as string[]).filter((e) => !(before.database!.acl as string[]).includes(e));
  // A superuser's GRANT is recorded as the owner's.
  expect(added.sort()).toEqual([`app_authenticator=c/${appOwner}`, `app_owner=Cc/${appOwner}`]);
  const kit = await withClient(superuserUrl, async (c) => (await c.query(`select count(*)::int as n from identity_migrate.migrations`)).rows[0].n);
  expect(kit).toBe(fs.readdirSync(path.join(PROJECT_ROOT, 'migrations', 'committed')).length);
});

test("the application's migrations reference identity.users and call the kit's functions in their policies", async () => {
  appendCommittedMigration(
    appCommitted,
    'notes',
    `create table app_public.notes (
       id bigint generated always as identity primary key,
       owner_uuid uuid not null default identity.current_user_uuid() references identity.users (uuid) on delete cascade,
       body text not null
     );
     alter table app_public.notes enable row level security;
     create policy own_notes on app_public.notes for all to app_user
       using (owner_uuid = (select identity.current_user_uuid()) or (select identity.current_user_is_admin()));
     grant usage on schema app_public to app_user;
     grant select, insert (body), delete on app_public.notes to app_user;`,
  );
  await appMigrate();
  const chain = await withClient(superuserUrl, async (c) => (await c.query(`select filename from graphile_migrate.migrations order by filename`)).rows);
  expect(chain.map((r) => r.filename)).toEqual(['000001.sql', '000002.sql']);
});

test('a newer kit migration applies on top of the application tables, and the application migrates after it', async () => {
  const newer = newerKitMigrations(path.join(PROJECT_ROOT, 'migrations'), path.join(work, 'newer-kit'));
  const applied = await withClient(kitOwnerUrl, (c) => applyKitMigrations(c, newer));
  expect(applied).toEqual([fs.readdirSync(path.join(newer, 'committed')).sort().at(-1)]);
  appendCommittedMigration(appCommitted, 'note-titles', `alter table app_public.notes add column title text;`);
  await appMigrate();
  await withClient(superuserUrl, async (c) => {
    expect((await c.query(`select identity.fixture_kit_release() as r`)).rows[0].r).toBe('newer');
    expect((await c.query(`select count(*)::int as n from graphile_migrate.migrations`)).rows[0].n).toBe(3);
  });
  // Applying the same newer release again is a no-op; the package's own (older) chain is a prefix of it.
  expect(await withClient(kitOwnerUrl, (c) => applyKitMigrations(c, newer))).toEqual([]);
});

test('the older package refuses a database a newer kit release migrated, before running anything', async () => {
  const result = await idkit('migrate');
  expect(result.code).not.toBe(0);
  expect(result.stderr).toMatch(/holds kit migration \d{6}\.sql .* does not have \(was it installed by a newer version\?\)/);
});

test("status and doctor report the kit's schema version apart from the application's chain", async () => {
  const status = await idkit('status');
  expect(status.stdout).toMatch(/pg-identity-kit \S+: schema \d{6} \(identity_migrate\.migrations\)/);
  expect(status.stdout).toContain("application migrations: 3 (graphile_migrate.migrations, last 000003.sql), not the kit's");
  const doctor = await idkit('doctor');
  expect(doctor.stdout).toMatch(/pg-identity-kit \S+: schema \d{6}/);
  expect(doctor.stdout).toContain('application migrations (graphile_migrate): 3, not checked by the kit');
  // Only the fixture's newer migration is unknown to this package; every other check passes here.
  expect(doctor.stdout.split('\n').filter((l) => /^[a-z-]+ {2}/.test(l)).map((l) => l.split('  ')[0])).toEqual(['migrations-match']);
});

test("idkit reset and the development commands refuse an application's database and change nothing", async () => {
  const before = await applicationState();
  for (const command of [['reset', '--yes'], ['watch', '--once'], ['commit', '-m', 'nothing'], ['uncommit']]) {
    const result = await idkit(...command);
    expect(result.code, command.join(' ')).toBe(78);
    expect(result.stderr).toMatch(/owned by|belongs to an application/);
  }
  expect(await applicationState()).toEqual(before);
});
