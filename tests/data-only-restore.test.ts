// Issue 13: a `pg_dump --data-only` of a kit database with accounts restores into a freshly migrated one, with
// the real pg_dump and psql, the way the README's "Backups" tells a DBA to.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { startThrowawayServer, type ThrowawayServer } from '../src/db/throwaway.ts';
import { createTestDatabase } from './support/database.ts';

const run = promisify(execFile);
interface Database {
  superuserUrl: string;
  ownerUrl: string;
  drop(): Promise<unknown>;
}
let source: Database;
let folder: string;
let skipReason: string | undefined;
/** The suite's server, or (when the system's pg_dump is older than it) a throwaway cluster of the system's own PostgreSQL. */
let freshDatabase: () => Promise<Database> = createTestDatabase;
let ownServer: ThrowawayServer | undefined;

const majorOf = (text: string) => Number(/(\d+)\./.exec(text)?.[1] ?? 0);

/**
 * pg_dump cannot dump a newer server, and the embedded PostgreSQL ships no pg_dump. Then the test runs on a
 * throwaway cluster of the installation that pg_dump belongs to (Debian: /usr/lib/postgresql/15), so it runs on
 * both CI servers; without any pg_dump it skips, except in CI.
 */
async function chooseServer(): Promise<void> {
  const [row] = await sql<{ server: number }>(inject('testServer').maintenanceUrl, `select current_setting('server_version_num')::int / 10000 as server`);
  const dumpVersion = await run('pg_dump', ['--version']).then(({ stdout }) => majorOf(stdout), () => 0);
  if (dumpVersion >= row!.server) return;
  const bindir = await run('pg_config', ['--bindir']).then(({ stdout }) => stdout.trim(), () => '');
  const installation = bindir ? path.dirname(bindir) : '';
  const installed = installation && fs.existsSync(path.join(installation, 'bin', 'postgres')) && majorOf((await run(path.join(installation, 'bin', 'postgres'), ['--version'])).stdout) === dumpVersion;
  if (!dumpVersion || !installed) {
    skipReason = `pg_dump ${dumpVersion || 'missing'} cannot dump a PostgreSQL ${row!.server} server, and no PostgreSQL ${dumpVersion || ''} installation is there to run one`;
    if (process.env.CI === 'true') throw new Error(`${skipReason} (CI must run this test: install postgresql-${dumpVersion || 15})`);
    return;
  }
  const server = await startThrowawayServer({ installationDir: installation });
  ownServer = server;
  freshDatabase = async () => {
    const db = await server.createDatabase();
    return { superuserUrl: db.superuserUrl, ownerUrl: db.ownerUrl, drop: () => withClient(server.maintenanceUrl, (client) => client.query(`drop database "${db.name}" with (force)`)) };
  };
}

/** The flags the README gives: triggers off while loading, the target's own migration history kept. */
const DUMP_FLAGS = ['--data-only', '--disable-triggers', '--exclude-schema=graphile_migrate', '--exclude-schema=identity_migrate'];

function sql<T extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query(text, values)).rows as T[]);
}

async function psql(url: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-d', url, ...args]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** Everything a restore must bring back, as one comparable value. */
async function snapshot(url: string) {
  const [row] = await sql<{ snapshot: unknown }>(
    url,
    `select jsonb_build_object(
       'users', (select jsonb_agg(to_jsonb(u) order by u.uuid) from identity.users u),
       'profiles', (select jsonb_agg(to_jsonb(p) order by p.user_uuid) from identity.user_profiles p),
       'emails', (select jsonb_agg(to_jsonb(e) order by e.id) from identity.user_emails e),
       'status', (select jsonb_agg(to_jsonb(s) order by s.user_uuid) from identity.user_status s),
       'credentials', (select jsonb_agg(to_jsonb(c) order by c.user_uuid) from identity_private.user_credentials c),
       'roles', (select jsonb_agg(to_jsonb(r) order by r.role_id) from identity.roles r),
       'user_roles', (select jsonb_agg(to_jsonb(r) order by r.user_uuid, r.role_id) from identity.user_roles r),
       'settings', (select jsonb_agg(to_jsonb(s)) from identity_private.auth_settings s),
       'common_passwords', (select count(*) from identity_private.common_passwords),
       'audit', (select jsonb_agg(jsonb_build_object('id', a.id, 'type', a.event_type, 'at', a.event_at, 'partition', a.tableoid::regclass::text) order by a.id)
                   from identity.login_audit_logs a)
     ) as snapshot`,
  );
  return row!.snapshot as Record<string, unknown>;
}

beforeAll(async () => {
  await chooseServer();
  if (skipReason) return;
  source = await freshDatabase();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-restore-'));
  // A database that lived: tuned settings, an own role, accounts, and audit events of an older month.
  await sql(source.superuserUrl, 'update identity_private.auth_settings set bcrypt_cost = 4, lockout_max_attempts = 7, login_audit_retention_months = 24');
  await sql(source.superuserUrl, `insert into identity.roles (role_name, description) values ('support', 'Support staff.')`);
  for (const name of ['restore_ada', 'restore_bob']) {
    await sql(source.superuserUrl, `select identity.register_user($1, $1 || '@example.com', 'lantern copper fig 2')`, [name]);
  }
  await sql(source.superuserUrl, `select identity.authenticate('restore_ada', 'lantern copper fig 2')`);
  await sql(source.ownerUrl, `select identity_private.create_login_audit_partition((now() - interval '5 months')::date)`);
  await sql(source.superuserUrl, `insert into identity.login_audit_logs (event_type, event_at) values ('login_failure', now() - interval '5 months')`);
  await sql(source.superuserUrl, `update identity.users set created_at = '2020-02-02' where uuid = (select user_uuid from identity.user_profiles where username = 'restore_bob')`);
});

afterAll(async () => {
  await source?.drop();
  await ownServer?.dispose();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

test('pg_dump --data-only restores into a freshly migrated database after prepare_data_only_restore()', async (context) => {
  if (skipReason) context.skip(skipReason);
  const dump = path.join(folder, 'data.sql');
  await run('pg_dump', [...DUMP_FLAGS, '-f', dump, '-d', source.superuserUrl]);

  // What used to happen: the seeded rows (auth_settings first) collide with the dump's.
  const plain = await freshDatabase();
  try {
    const refused = await psql(plain.superuserUrl, '-f', dump);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/duplicate key value violates unique constraint "(auth_settings_pkey|roles_pkey|roles_role_name_key|common_passwords_pkey)"|relation .* does not exist/);
  } finally {
    await plain.drop();
  }

  const target = await freshDatabase();
  try {
    const restored = await psql(target.superuserUrl, '-c', 'select identity_private.prepare_data_only_restore()', '-f', dump);
    expect(restored.code, restored.output).toBe(0);
    expect(await snapshot(target.superuserUrl)).toEqual(await snapshot(source.superuserUrl));
    const [after] = await sql<{ in_default: number; signed_in: unknown }>(
      target.superuserUrl,
      `select (select count(*)::int from identity.login_audit_logs_default) as in_default,
              to_jsonb(identity.authenticate('restore_bob', 'lantern copper fig 2')) is not null as signed_in`,
    );
    expect(after).toEqual({ in_default: 0, signed_in: true });
    // Identity columns go on after the restored rows.
    await sql(target.superuserUrl, `insert into identity.roles (role_name) values ('after_restore')`);
  } finally {
    await target.drop();
  }
});

test('preparing a restore is refused in a database that holds accounts, and changes nothing there', async (context) => {
  if (skipReason) context.skip(skipReason);
  const refused = await psql(source.superuserUrl, '-c', 'select identity_private.prepare_data_only_restore()');
  expect(refused.code).not.toBe(0);
  expect(refused.output).toContain('holds accounts');
  expect((await sql<{ n: number }>(source.superuserUrl, 'select count(*)::int as n from identity_private.auth_settings'))[0]).toEqual({ n: 1 });
});
