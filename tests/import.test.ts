// Issue 15: accounts come in from Supabase Auth, graphile/starter and files with their passwords, and sign in
// with them, whichever bcrypt variant made the hash. Source databases are throwaway databases on the test
// server, built from DDL that follows the anchors' own migrations (only the columns the importers read).
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importUsers, parseImportArgs } from '../src/commands/import.ts';
import { withClient } from '../src/db/connect.ts';
import { withConnection } from '../src/db/target.ts';
import { BCRYPT_2Y_VECTORS } from './fixtures/import/bcrypt-2y-vectors.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const run = promisify(execFile);
const server = inject('testServer');
let database: TestDatabase;
let superuser: pg.Client;
const sources: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-import-'));

/** A throwaway database on the test server holding `ddl`; returns its URL. */
async function sourceDatabase(ddl: string): Promise<string> {
  const name = `${server.prefix}_src_${randomBytes(4).toString('hex')}`;
  await withClient(server.maintenanceUrl, (c) => c.query(`create database ${c.escapeIdentifier(name)}`));
  sources.push(name);
  const url = withConnection(server.maintenanceUrl, { database: name });
  await withClient(url, (c) => c.query(ddl));
  return url;
}

/** Signs in through authenticate() as the API does (app_anonymous); the role of the grant, or null. */
async function signIn(login: string, password: string): Promise<string | null> {
  await superuser.query('begin; set local role app_anonymous');
  try {
    const { rows } = await superuser.query<{ role: string | null }>(
      'select (g).role from (select identity.authenticate($1, $2) as g) s', [login, password]);
    return rows[0]!.role;
  } finally {
    await superuser.query('commit');
  }
}

async function one<T>(sql: string, values: unknown[] = []): Promise<T> {
  return (await superuser.query(sql, values)).rows[0] as T;
}

beforeAll(async () => {
  database = await createTestDatabase();
  superuser = new pg.Client({ connectionString: database.superuserUrl });
  await superuser.connect();
  await superuser.query('update identity_private.auth_settings set bcrypt_cost = 8');
});

afterAll(async () => {
  await superuser?.end();
  await database?.drop();
  await withClient(server.maintenanceUrl, async (c) => {
    for (const name of sources) await c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`);
  });
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('every bcrypt variant', () => {
  test('the attack: pgcrypto reads a $2b$ or $2y$ hash as DES crypt, so its owner could never sign in', async () => {
    const hash = bcrypt.hashSync('the right password', bcrypt.genSaltSync(4));
    expect(hash.startsWith('$2b$')).toBe(true);
    const { matches, normalised } = await one<{ matches: boolean; normalised: boolean }>(
      `select crypt($1, $2) = $2 as matches, crypt($1, '$2a$' || substr($2, 5)) = '$2a$' || substr($2, 5) as normalised`,
      ['the right password', hash]);
    expect(matches).toBe(false);
    expect(normalised).toBe(true);
  });

  test('$2b$ and $2y$ hashes are stored as $2a$ on the way into user_credentials; others are refused with BADHS', async () => {
    const { uuid } = await one<{ uuid: string }>('insert into identity.users default values returning uuid');
    const y = BCRYPT_2Y_VECTORS[0].hash;
    await superuser.query('insert into identity_private.user_credentials (user_uuid, password_hash) values ($1, $2)', [uuid, y]);
    expect((await one<{ h: string }>('select password_hash as h from identity_private.user_credentials where user_uuid = $1', [uuid])).h)
      .toBe('$2a$' + y.slice(4));
    for (const bad of ['$1$abc$def', '$2a$03$' + 'a'.repeat(53), '$2z$10$' + 'a'.repeat(53), 'plain text']) {
      await expect(superuser.query('update identity_private.user_credentials set password_hash = $2 where user_uuid = $1', [uuid, bad]))
        .rejects.toMatchObject({ code: 'BADHS' });
    }
  });
});

describe('idkit import supabase', () => {
  let url: string;
  const pw = { alice: 'alice password one', bob: 'bob password two', carol: 'carol password three', sam: 'sam password four' };
  beforeAll(async () => {
    // Supabase Auth's auth schema as its own migrations leave it (supabase/auth, migrations/): users from
    // 00_init_auth_schema (id, email, encrypted_password, raw_user_meta_data, ...), confirmed_at renamed to
    // email_confirmed_at and the phone columns (20210710035447_alter_users), confirmed_at generated
    // (20210722035447_adds_confirmed_at), banned_until (20220114185340), deleted_at (20221130112646),
    // is_sso_user with the email unique only among non-SSO users (20221215195500), is_anonymous (20240214120130);
    // identities from 20210909172000_create_identities_table, its id renamed provider_id with a new uuid id
    // (20231117164230_add_id_pkey_identities), and the generated email (20221215195800). All of both tables'
    // columns that bear on an account; token and change-tracking columns left out.
    url = await sourceDatabase(`
      create schema auth;
      create table auth.users (
        instance_id uuid null, id uuid not null unique, aud varchar(255) null, "role" varchar(255) null,
        email varchar(255) null, encrypted_password varchar(255) null, email_confirmed_at timestamptz null,
        invited_at timestamptz null, last_sign_in_at timestamptz null,
        raw_app_meta_data jsonb null, raw_user_meta_data jsonb null, is_super_admin bool null,
        created_at timestamptz null, updated_at timestamptz null,
        phone text null unique default null, phone_confirmed_at timestamptz null default null,
        confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
        banned_until timestamptz null, is_sso_user boolean not null default false, deleted_at timestamptz null,
        is_anonymous boolean not null default false,
        constraint users_pkey primary key (id)
      );
      create unique index users_email_partial_key on auth.users (email) where (is_sso_user = false);
      create table auth.identities (
        provider_id text not null, user_id uuid not null, identity_data jsonb not null, provider text not null,
        last_sign_in_at timestamptz null, created_at timestamptz null, updated_at timestamptz null,
        email text generated always as (lower(identity_data ->> 'email')) stored,
        id uuid not null default gen_random_uuid() primary key,
        constraint identities_provider_id_provider_unique unique (provider_id, provider),
        constraint identities_user_id_fkey foreign key (user_id) references auth.users (id) on delete cascade
      );
      create index identities_user_id_idx on auth.identities (user_id);`);
    const a = bcrypt.hashSync(pw.alice, '$2a$06$' + bcrypt.genSaltSync(6).slice(7)); // $2a$ from bcryptjs
    const b = bcrypt.hashSync(pw.bob, bcrypt.genSaltSync(6)); // $2b$
    await withClient(url, (c) => c.query(`
      insert into auth.users (id, email, encrypted_password, email_confirmed_at, raw_user_meta_data, created_at, last_sign_in_at, banned_until, deleted_at) values
        ('00000000-0000-0000-0000-00000000000a', 'Alice@Example.COM', $1, now(), '{"full_name": "Alice A.", "user_name": "alice"}', '2021-03-04 05:06:07.123456+00', now(), null, null),
        ('00000000-0000-0000-0000-00000000000b', 'bob@example.com', $2, null, '{}', '2021-03-05 00:00:00+00', null, null, null),
        ('00000000-0000-0000-0000-00000000000c', 'carol@example.com', $3, now(), '{}', '2021-03-06 00:00:00+00', null, now() + interval '10 years', null),
        ('00000000-0000-0000-0000-00000000000d', 'dave@example.com', $1, now(), '{}', '2021-03-07 00:00:00+00', null, null, now()),
        ('00000000-0000-0000-0000-00000000000e', 'erin@example.com', '', now(), '{"name": "Erin"}', '2021-03-08 00:00:00+00', null, null, null),
        ('00000000-0000-0000-0000-00000000000f', 'not an address', $1, now(), '{}', '2021-03-09 00:00:00+00', null, null, null),
        ('00000000-0000-0000-0000-000000000010', 'sam@one.example', $4, now(), '{}', '2021-03-10 00:00:00+00', null, null, null),
        ('00000000-0000-0000-0000-000000000011', 'sam@two.example', $4, now(), '{}', '2021-03-11 00:00:00+00', null, null, null),
        ('00000000-0000-0000-0000-000000000013', 'md5@example.com', 'md5abcdef', now(), '{}', '2021-03-13 00:00:00+00', null, null, null)`,
      [a, b, bcrypt.hashSync(pw.carol, bcrypt.genSaltSync(6)), BCRYPT_2Y_VECTORS[1].hash]));
    // SSO accounts (no password; Supabase lets one share its address with a password account), an anonymous
    // user and a phone-only user.
    await withClient(url, (c) => c.query(`
      insert into auth.users (id, email, encrypted_password, email_confirmed_at, raw_user_meta_data, created_at, is_sso_user, is_anonymous, phone, phone_confirmed_at) values
        ('00000000-0000-0000-0000-000000000012', 'alice@example.com', '', now(), '{}', '2021-03-12 00:00:00+00', true, false, null, null),
        ('00000000-0000-0000-0000-000000000014', 'sso-user@corp.example', '', now(), '{"full_name": "Sso User"}', '2021-03-14 00:00:00+00', true, false, null, null),
        ('00000000-0000-0000-0000-000000000015', null, '', null, '{}', '2021-03-15 00:00:00+00', false, true, null, null),
        ('00000000-0000-0000-0000-000000000016', null, '', null, '{}', '2021-03-16 00:00:00+00', false, false, '15550100', now())`));
    await withClient(url, (c) => c.query(`
      insert into auth.identities (provider_id, user_id, identity_data, provider, created_at) values
        ('00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-00000000000a', '{"sub": "00000000-0000-0000-0000-00000000000a", "email": "Alice@Example.COM"}', 'email', now()),
        ('4242', '00000000-0000-0000-0000-00000000000a', '{"sub": "4242", "email": "alice@github.example"}', 'github', now()),
        ('erin-google', '00000000-0000-0000-0000-00000000000e', '{"sub": "erin-google", "email": "erin@example.com"}', 'google', now()),
        ('alice-corp', '00000000-0000-0000-0000-000000000012', '{"sub": "alice-corp", "email": "alice@example.com"}', 'sso:8b7c5e0a-61a3-4f44-9a43-3f0c1b7d2e10', now()),
        ('sso-user-corp', '00000000-0000-0000-0000-000000000014', '{"sub": "sso-user-corp", "email": "sso-user@corp.example"}', 'sso:8b7c5e0a-61a3-4f44-9a43-3f0c1b7d2e10', now()),
        ('15550100', '00000000-0000-0000-0000-000000000016', '{"sub": "00000000-0000-0000-0000-000000000016", "phone": "15550100"}', 'phone', now())`));
  });

  test('each user signs in with the original password; status, providers, usernames and the report follow the source', async () => {
    // sam's hash is the $2y$ vector; give sam that password.
    pw.sam = BCRYPT_2Y_VECTORS[1].password;
    const report = await importUsers(database.ownerUrl, { kind: 'supabase', from: url }, { batchSize: 3 });
    expect(report.imported).toBe(7);
    expect(report.skipped).toEqual({ deleted: 1, invalid_email: 1, duplicate_email: 1, unsupported_hash: 1, anonymous: 1, no_email: 1 });
    expect(report.skippedRows).toEqual(expect.arrayContaining([
      { source_id: '00000000-0000-0000-0000-00000000000f', reason: 'invalid_email' },
      { source_id: '00000000-0000-0000-0000-000000000012', reason: 'duplicate_email' },
      { source_id: '00000000-0000-0000-0000-000000000013', reason: 'unsupported_hash' },
      { source_id: '00000000-0000-0000-0000-00000000000d', reason: 'deleted' },
      { source_id: '00000000-0000-0000-0000-000000000015', reason: 'anonymous' },
      { source_id: '00000000-0000-0000-0000-000000000016', reason: 'no_email' },
    ]));
    expect(report.mustResetPassword).toBe(2);

    expect(await signIn('alice@example.com', pw.alice)).toBe('app_user'); // verified address, $2a$
    expect(await signIn('alice', pw.alice)).toBe('app_user');
    expect(await signIn('bob', pw.bob)).toBe('app_user'); // $2b$ from bcryptjs
    expect(await signIn('bob@example.com', pw.bob)).toBeNull(); // unverified address: username only
    expect(await signIn('sam', pw.sam)).toBe('app_user'); // $2y$
    expect(await signIn('sam_2', pw.sam)).toBe('app_user'); // the second sam, named deterministically
    expect(await signIn('carol', pw.carol)).toBeNull(); // banned → suspended
    expect(await signIn('erin', '')).toBeNull();
    const carol = await one<{ status: string }>(`select s.status from identity.user_status s join identity.user_emails e using (user_uuid) where e.email = 'carol@example.com'`);
    expect(carol.status).toBe('suspended');
    const alice = await one<{ created_at: string; display_name: string; providers: string[] }>(`
      select to_json(u.created_at) #>> '{}' as created_at, p.display_name,
             array(select a.provider_name || ':' || a.external_user_id from identity.user_auth_providers a where a.user_uuid = u.uuid) as providers
      from identity.users u join identity.user_profiles p on p.user_uuid = u.uuid where p.username = 'alice'`);
    expect(alice).toEqual({ created_at: '2021-03-04T05:06:07.123456+00:00', display_name: 'Alice A.', providers: ['github:4242'] });
    const erin = await one<{ must: boolean; creds: number; providers: string[] }>(`
      select i.must_reset_password as must, (select count(*)::int from identity_private.user_credentials c where c.user_uuid = i.user_uuid) as creds,
             array(select a.provider_name from identity.user_auth_providers a where a.user_uuid = i.user_uuid) as providers
      from identity_private.imported_accounts i where i.source_id = '00000000-0000-0000-0000-00000000000e'`);
    expect(erin).toEqual({ must: true, creds: 0, providers: ['google'] });
    const audit = await one<{ n: number }>(`select count(*)::int as n from identity.login_audit_logs where event_type = 'imported'`);
    expect(audit.n).toBe(7);
    // The SAML SSO identity `sso:<provider uuid>` becomes the provider `sso.<provider uuid>`.
    const sso = await one<{ providers: string[]; must: boolean }>(`
      select array(select a.provider_name || ':' || a.external_user_id from identity.user_auth_providers a where a.user_uuid = i.user_uuid) as providers,
             i.must_reset_password as must
      from identity_private.imported_accounts i where i.source_id = '00000000-0000-0000-0000-000000000014'`);
    expect(sso).toEqual({ providers: ['sso.8b7c5e0a-61a3-4f44-9a43-3f0c1b7d2e10:sso-user-corp'], must: true });
  });

  test('a rerun imports nothing and says so', async () => {
    const again = await importUsers(database.ownerUrl, { kind: 'supabase', from: url });
    expect(again.imported).toBe(0);
    expect(again.skipped.already_imported).toBe(7);
  });
});

describe('idkit import graphile-starter', () => {
  test('pgcrypto cost-6 hashes sign in and are upgraded at the first sign-in; is_admin becomes the admin role; providers', async () => {
    // graphile/starter's @app/db/migrations/committed/000001.sql: its users, user_emails, user_secrets and
    // user_authentications tables with their columns, checks, unique indexes and the trigger that gives every
    // user its user_secrets row (so a password is set by update, as starter does). Left out: RLS, grants,
    // the graphile_worker jobs and the session tables, which the importer does not read.
    const url = await sourceDatabase(`
      create extension if not exists pgcrypto; create extension if not exists citext;
      create schema app_public; create schema app_private;
      create table app_public.users (
        id uuid primary key default gen_random_uuid(),
        username citext not null unique check (length(username) >= 2 and length(username) <= 24 and username ~ '^[a-zA-Z]([a-zA-Z0-9][_]?)+$'),
        name text, avatar_url text check (avatar_url ~ '^https?://[^/]+'),
        is_admin boolean not null default false, is_verified boolean not null default false,
        created_at timestamptz not null default now(), updated_at timestamptz not null default now());
      create table app_private.user_secrets (
        user_id uuid not null primary key references app_public.users on delete cascade,
        password_hash text, last_login_at timestamptz not null default now(),
        failed_password_attempts int not null default 0, first_failed_password_attempt timestamptz,
        reset_password_token text, reset_password_token_generated timestamptz,
        failed_reset_password_attempts int not null default 0, first_failed_reset_password_attempt timestamptz,
        delete_account_token text, delete_account_token_generated timestamptz);
      create function app_private.tg_user_secrets__insert_with_user() returns trigger language plpgsql as $$
        begin insert into app_private.user_secrets (user_id) values (new.id); return new; end $$;
      create trigger _500_insert_secrets after insert on app_public.users
        for each row execute procedure app_private.tg_user_secrets__insert_with_user();
      create table app_public.user_emails (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_public.users on delete cascade,
        email citext not null check (email ~ '[^@]+@[^@]+\\.[^@]+'),
        is_verified boolean not null default false, is_primary boolean not null default false,
        created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
        constraint user_emails_user_id_email_key unique (user_id, email),
        constraint user_emails_must_be_verified_to_be_primary check (is_primary is false or is_verified is true));
      create unique index uniq_user_emails_verified_email on app_public.user_emails (email) where (is_verified is true);
      create unique index uniq_user_emails_primary_email on app_public.user_emails (user_id) where (is_primary is true);
      create table app_public.user_authentications (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_public.users on delete cascade,
        service text not null, identifier text not null, details jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
        constraint uniq_user_authentications unique (service, identifier));
      create index on app_public.user_authentications (user_id);
      with u as (insert into app_public.users (username, name, is_admin, is_verified, created_at) values
        ('Benjie', 'Benjie G.', true, true, '2020-01-01'), ('gs_user', null, false, false, '2020-01-02'), ('Bo', 'Bo', false, true, '2020-01-03')
        returning id, username)
      , e as (insert into app_public.user_emails (user_id, email, is_verified, is_primary, created_at)
        select id, lower(username) || '@starter.example', username <> 'gs_user', username <> 'gs_user', '2020-02-01'::timestamptz from u
        union all select id, 'second-' || lower(username) || '@starter.example', false, false, '2020-02-02'::timestamptz from u returning 1)
      insert into app_public.user_authentications (user_id, service, identifier) select id, 'github', '777' from u where username = 'Benjie';
      update app_private.user_secrets s set password_hash = crypt('starter password ' || u.username, gen_salt('bf'))
        from app_public.users u where s.user_id = u.id;`);
    const report = await importUsers(database.ownerUrl, { kind: 'graphile-starter', from: url });
    expect(report).toMatchObject({ imported: 3, skipped: {} });
    const hashOf = async () => (await one<{ h: string }>(`select c.password_hash as h from identity_private.user_credentials c join identity.user_profiles p using (user_uuid) where p.username = 'Benjie'`)).h;
    expect((await hashOf()).slice(0, 7)).toBe('$2a$06$');
    expect(await signIn('benjie@starter.example', 'starter password Benjie')).toBe('app_admin');
    expect((await hashOf()).slice(0, 7)).toBe('$2a$08$'); // upgraded to the configured cost
    expect(await signIn('benjie', 'starter password Benjie')).toBe('app_admin');
    expect(await signIn('gs_user', 'starter password gs_user')).toBe('app_user');
    expect(await signIn('user_Bo', 'starter password Bo')).toBe('app_user'); // starter allows 2 characters; here the prefix
    // No primary address in starter (it must be verified first): the first added becomes primary, unverified.
    const gsEmails = await one<{ list: string[] }>(`select array(select e.email || ':' || e.is_verified || ':' || e.is_primary from identity.user_emails e join identity.user_profiles p using (user_uuid) where p.username = 'gs_user' order by e.email) as list`);
    expect(gsEmails.list).toEqual(['gs_user@starter.example:false:true', 'second-gs_user@starter.example:false:false']);
    const emails = await one<{ list: string[] }>(`select array(select e.email || ':' || e.is_verified || ':' || e.is_primary from identity.user_emails e join identity.user_profiles p using (user_uuid) where p.username = 'Benjie' order by e.email) as list`);
    expect(emails.list).toEqual(['benjie@starter.example:true:true', 'second-benjie@starter.example:false:false']);
    const provider = await one<{ n: number }>(`select count(*)::int as n from identity.user_auth_providers where provider_name = 'github' and external_user_id = '777'`);
    expect(provider.n).toBe(1);
  });
});

describe('a live registration racing the import', () => {
  /** Waits until a backend of app_owner (the import) waits for a lock, i.e. for the racing transaction. */
  async function importBlocked(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await superuser.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and usename = 'app_owner' and wait_event_type = 'Lock'`);
      if (rows[0]!.n > 0) return;
      if (Date.now() > deadline) throw new Error('the import never waited for the racing transaction');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  test('a username registered mid-batch: the batch runs again and the account gets the next derived username', async () => {
    const file = path.join(tmp, 'race-username.jsonl');
    const hash = bcrypt.hashSync('race import password', 4);
    fs.writeFileSync(file, ['race_first', 'racer', 'race_last'].map((u) => JSON.stringify({ email: `${u}@race.example`, username: u, password_hash: hash, email_verified: true })).join('\n') + '\n');
    // The registration is open (its profile row written, not committed) while the import checks the names.
    const racer = new pg.Client({ connectionString: database.superuserUrl });
    await racer.connect();
    try {
      await racer.query('begin; set local role app_anonymous');
      await racer.query('select identity.register_user($1, $2, $3)', ['racer', 'racer@live.example', 'a fresh sign-up secret 1']);
      const imported = importUsers(database.ownerUrl, { kind: 'jsonl', from: file });
      await importBlocked(); // the import's insert of `racer` waits for the registration
      await racer.query('commit');
      const report = await imported;
      expect(report).toMatchObject({ imported: 3, retries: 1, skipped: {} });
    } finally {
      await racer.end();
    }
    expect(await signIn('racer', 'a fresh sign-up secret 1')).toBe('app_user'); // the registration keeps its name
    expect(await signIn('racer_2', 'race import password')).toBe('app_user'); // the imported account: the next one
    expect(await signIn('race_first', 'race import password')).toBe('app_user');
    expect(await signIn('race_last', 'race import password')).toBe('app_user');
  });

  test('an address verified mid-batch: the batch runs again and the account is skipped as duplicate_email', async () => {
    const file = path.join(tmp, 'race-email.jsonl');
    const hash = bcrypt.hashSync('race import password', 4);
    fs.writeFileSync(file, ['raceb_first', 'raceb_taken', 'raceb_last'].map((u) => JSON.stringify({ email: `${u}@race.example`, username: u, password_hash: hash, email_verified: true })).join('\n') + '\n');
    const racer = new pg.Client({ connectionString: database.superuserUrl });
    await racer.connect();
    try {
      // Another account proves the address (as verify_email does) while the import runs.
      await racer.query('begin');
      await racer.query('select identity.register_user($1, $2, $3)', ['raceb_owner', 'raceb_taken@race.example', 'another sign-up secret 2']);
      await racer.query(`update identity.user_emails set is_verified = true where email = 'raceb_taken@race.example'`);
      const imported = importUsers(database.ownerUrl, { kind: 'jsonl', from: file });
      await importBlocked();
      await racer.query('commit');
      const report = await imported;
      expect(report).toMatchObject({ imported: 2, retries: 1, skipped: { duplicate_email: 1 } });
      expect(report.skippedRows).toEqual([{ source_id: 'raceb_taken@race.example', reason: 'duplicate_email' }]);
    } finally {
      await racer.end();
    }
    expect(await signIn('raceb_taken@race.example', 'another sign-up secret 2')).toBe('app_user');
    expect(await signIn('raceb_first', 'race import password')).toBe('app_user');
    expect(await signIn('raceb_last', 'race import password')).toBe('app_user');
  });
});

describe('idkit import jsonl and csv', () => {
  test('bad rows appear in the report with their reasons; --dry-run writes nothing', async () => {
    const file = path.join(tmp, 'bad.jsonl');
    const good = bcrypt.hashSync('jsonl good password', 4);
    fs.writeFileSync(file, [
      JSON.stringify({ email: 'jl-good@example.com', username: 'jl_good', password_hash: good, email_verified: true, created_at: '2020-01-02T03:04:05Z', roles: [] }),
      '{not json',
      JSON.stringify({ email: 'jl-bad@', password_hash: good }),
      JSON.stringify({ email: 'jl-md5@example.com', password_hash: '5f4dcc3b5aa765d61d8327deb882cf99' }),
      JSON.stringify({ email: 'jl-role@example.com', roles: ['wizard'] }),
      JSON.stringify({ email: 'jl-date@example.com', created_at: 'yesterday' }),
      JSON.stringify({ email: 'jl-verified@example.com', email_verified: 'yes' }),
      '',
    ].join('\n'));
    const count = () => one<{ n: number }>(`select count(*)::int as n from identity_private.imported_accounts where source = 'file'`);
    const before = (await count()).n;
    const dry = await importUsers(database.ownerUrl, { kind: 'jsonl', from: file }, { dryRun: true });
    expect(dry.imported).toBe(1);
    expect((await count()).n).toBe(before);
    const report = await importUsers(database.ownerUrl, { kind: 'jsonl', from: file });
    expect(report.imported).toBe(1);
    expect(report.skippedRows).toEqual([
      { source_id: 'line 2', reason: 'invalid_json' },
      { source_id: 'jl-date@example.com', reason: 'invalid_field:created_at' },
      { source_id: 'jl-verified@example.com', reason: 'invalid_field:email_verified' },
      { source_id: 'jl-bad@', reason: 'invalid_email' },
      { source_id: 'jl-md5@example.com', reason: 'unsupported_hash' },
      { source_id: 'jl-role@example.com', reason: 'unknown_role' },
    ]);
    expect(await signIn('jl-good@example.com', 'jsonl good password')).toBe('app_user');
  });

  test('an interrupted import resumes where it stopped, and the second run only adds the rest', async () => {
    const file = path.join(tmp, 'many.jsonl');
    const hash = bcrypt.hashSync('many password', 4);
    fs.writeFileSync(file, Array.from({ length: 25 }, (_, i) => JSON.stringify({ email: `many${i}@example.com`, password_hash: hash, email_verified: true })).join('\n') + '\n');
    const controller = new AbortController();
    const first = await importUsers(database.ownerUrl, { kind: 'jsonl', from: file }, { batchSize: 10, signal: controller.signal, onProgress: () => controller.abort() });
    expect(first).toMatchObject({ imported: 10, finished: false });
    const second = await importUsers(database.ownerUrl, { kind: 'jsonl', from: file }, { batchSize: 10 });
    expect(second).toMatchObject({ imported: 15, finished: true, skipped: { already_imported: 10 } });
    expect(await signIn('many24@example.com', 'many password')).toBe('app_user');
    expect(await signIn('many0', 'many password')).toBe('app_user'); // username from the local part
  });

  test('collisions: a shared base gets the first free of _2, _3, ... in source order; a free given name is kept', async () => {
    const file = path.join(tmp, 'collisions.jsonl');
    const hash = bcrypt.hashSync('collision password', 4);
    await superuser.query(`insert into identity.users (uuid) values ('00000000-0000-0000-0000-0000000c0111')`);
    await superuser.query(`insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-0000-0000-0000000c0111', 'Info')`);
    fs.writeFileSync(file, [
      ...['b', 'c', 'd', 'e'].map((d) => ({ email: `info@${d}.collide.example`, password_hash: hash, email_verified: true })),
      { email: 'info_3@collide.example', username: 'info_3', password_hash: hash }, // asks for a name the rule would give
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const report = await importUsers(database.ownerUrl, { kind: 'jsonl', from: file }, { batchSize: 100 });
    expect(report).toMatchObject({ imported: 5, skipped: {} });
    const names = await one<{ list: string[] }>(`select array(select e.email || '=' || p.username from identity.user_emails e
      join identity.user_profiles p using (user_uuid) where e.email like '%collide.example' order by e.email) as list`);
    // info_3 is taken by the row that asked for it (given names are kept when free), so the fourth info gets info_5.
    expect(names.list).toEqual([
      'info@b.collide.example=info_2', 'info@c.collide.example=info_4', 'info@d.collide.example=info_5',
      'info@e.collide.example=info_6', 'info_3@collide.example=info_3',
    ]);
    expect(await signIn('info_6', 'collision password')).toBe('app_user');
  });

  test('on a terminal the progress is a bar with counts and rate; elsewhere one plain line per batch', async () => {
    const { progressView } = await import('../src/import/progress.ts');
    const { PassThrough } = await import('node:stream');
    const capture = (tty: boolean) => {
      const stream = Object.assign(new PassThrough(), { isTTY: tty, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
      let text = '';
      stream.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
    };
    const tty = capture(true);
    const bar = progressView(tty.stream);
    bar.update({ read: 5000, imported: 4990, skipped: 10, total: 20000 });
    bar.update({ read: 10000, imported: 9990, skipped: 10, total: 20000 });
    bar.stop();
    expect(tty.text()).toMatch(/import .*10000\/20000 read \| 9990 imported, 10 skipped \| \d+ accounts\/s/);
    expect(tty.text()).toContain('\u2588'); // the bar itself
    expect(tty.text()).not.toContain('\nread ');
    const plain = capture(false);
    const lines = progressView(plain.stream);
    lines.update({ read: 5000, imported: 4990, skipped: 10, total: 20000 });
    lines.update({ read: 7000, imported: 6990, skipped: 10 });
    lines.stop();
    expect(plain.text().split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^read 5000 of 20000: 4990 imported, 10 skipped \(\d+ accounts\/s\)$/),
      expect.stringMatching(/^read 7000: 6990 imported, 10 skipped \(\d+ accounts\/s\)$/),
    ]);
    expect(plain.text()).not.toContain('\u001b['); // no terminal control sequences
  });

  test('CSV: header names, quoted fields, roles separated by ;, an empty hash means a reset is due', async () => {
    const file = path.join(tmp, 'users.csv');
    const [vector] = BCRYPT_2Y_VECTORS;
    fs.writeFileSync(file, [
      'email,username,display_name,password_hash,email_verified,created_at,roles',
      `csv-admin@example.com,csv_admin,"Admin, The",${vector.hash},true,2019-05-06T07:08:09+02:00,admin;user`,
      'csv-reset@example.com,,"Reset ""Me""",,false,,',
    ].join('\r\n'));
    const report = await importUsers(database.ownerUrl, { kind: 'csv', from: file });
    expect(report).toMatchObject({ imported: 2, mustResetPassword: 1, skipped: {} });
    expect(await signIn('csv-admin@example.com', vector.password)).toBe('app_admin');
    const reset = await one<{ username: string; display_name: string }>(`select username, display_name from identity.user_profiles p join identity.user_emails e using (user_uuid) where e.email = 'csv-reset@example.com'`);
    expect(reset).toEqual({ username: 'csv_reset', display_name: 'Reset "Me"' });
  });

  test('idkit import exits 65 when rows were skipped as invalid, 0 and "nothing new" on a rerun, 64 on bad arguments', async () => {
    const file = path.join(tmp, 'cli.jsonl');
    fs.writeFileSync(file, JSON.stringify({ email: 'cli@example.com' }) + '\n' + JSON.stringify({ email: 'nope' }) + '\n');
    const idkit = async (...args: string[]) => {
      const env = { ...process.env, DATABASE_URL: database.superuserUrl, IDKIT_DATA_DIR: tmp,
        IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword, IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword };
      try {
        const { stdout, stderr } = await run(process.execPath, [path.join(import.meta.dirname, '..', 'src', 'cli.ts'), 'import', ...args], { env });
        return { code: 0, out: stdout + stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, out: e.stdout + e.stderr };
      }
    };
    const first = await idkit('jsonl', file);
    expect(first.code, first.out).toBe(65);
    expect(first.out).toContain('skipped 1: invalid_email');
    expect(first.out).toContain('must reset');
    // Not a terminal here: plain progress lines, no bar.
    expect(first.out).toMatch(/read 2 of 2: 1 imported, 1 skipped/);
    const second = await idkit('jsonl', file);
    expect(second.out).toContain('skipped 1: invalid_email'); // the bad row is still bad
    expect(second.out).toContain('skipped 1: already_imported');
    expect((await idkit('jsonl')).code).toBe(64);
    expect((await idkit('jsonl', path.join(tmp, 'missing.jsonl'))).code).toBe(66);
    expect(parseImportArgs(['supabase', '--from', 'postgres://x/y', '--dry-run'])).toEqual({ request: { kind: 'supabase', from: 'postgres://x/y' }, options: { dryRun: true } });
    expect(parseImportArgs(['supabase'])).toBeUndefined();
    expect(parseImportArgs(['ldap', 'x'])).toBeUndefined();
  });
});
