// Issue 13: `idkit doctor` passes on a freshly migrated database, and each rule broken on purpose (each in a
// throwaway database of its own) is reported by exactly its check.
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { doctor, DOCTOR_CHECKS, roleAttributeFindings, roleMembershipFindings, type KitRoles } from '../src/commands/doctor.ts';
import { withClient } from '../src/db/connect.ts';
import { withConnection } from '../src/db/target.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const run = promisify(execFile);
const server = inject('testServer');
const created: TestDatabase[] = [];
afterAll(async () => {
  for (const database of created) await database.drop();
});

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  created.push(database);
  return database;
}

/** A fresh database broken by `sql` (run as superuser): the checks doctor then fails. */
async function failedChecksAfter(sql: string): Promise<{ checks: string[]; messages: string[] }> {
  const database = await freshDatabase();
  await withClient(database.superuserUrl, (client) => client.query(sql));
  const report = await doctor({ superuserUrl: database.superuserUrl });
  return { checks: [...new Set(report.findings.map((f) => f.check))], messages: report.findings.map((f) => f.message) };
}

let clean: TestDatabase;
beforeAll(async () => {
  clean = await freshDatabase();
});

test('a freshly migrated database passes every check', async () => {
  const report = await doctor({ superuserUrl: clean.superuserUrl });
  expect(report.checks).toEqual([...DOCTOR_CHECKS]);
  expect(report.findings).toEqual([]);
});

test('idkit doctor prints "all checks pass" and exits 0 on a clean database, and prints the finding with exit 1 on a broken one', async () => {
  const idkit = (url: string) =>
    run(process.execPath, [path.join(import.meta.dirname, '..', 'bin', 'idkit.js'), 'doctor'], {
      env: { ...process.env, DATABASE_URL: url, IDKIT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-doctor-')) },
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
  const ok = await idkit(clean.superuserUrl);
  expect(ok.stdout).toContain(`all ${DOCTOR_CHECKS.length} checks pass`);
  expect(ok.code).toBe(0);
  const broken = await freshDatabase();
  await withClient(broken.superuserUrl, (client) => client.query('alter table identity.user_profiles disable row level security'));
  const bad = await idkit(broken.superuserUrl);
  expect(bad.stdout).toMatch(/^rls-enabled {2}table identity\.user_profiles does not have row-level security enabled$/m);
  expect(bad.code).toBe(1);
});

describe('each broken rule is reported by its check alone', () => {
  test('RLS disabled on one table: rls-enabled', async () => {
    const { checks, messages } = await failedChecksAfter('alter table identity_private.user_session_secrets disable row level security');
    expect(checks).toEqual(['rls-enabled']);
    expect(messages).toEqual(['table identity_private.user_session_secrets does not have row-level security enabled']);
  });

  test('a role other than superusers and app_owner may create in a schema of the pinned search paths: search-path-schemas', async () => {
    const { checks, messages } = await failedChecksAfter(
      `create schema doctor_squat authorization app_user;
       alter function identity.authenticate(text, text, inet, text, text, text) set search_path = pg_catalog, doctor_squat, public, pg_temp`,
    );
    expect(checks).toEqual(['search-path-schemas']);
    expect(messages).toEqual(['identity.authenticate(text,text,inet,text,text,text) looks names up in schema doctor_squat, which app_user may change (only superusers and app_owner may)']);
  });

  test('a SECURITY DEFINER function without search_path in the kit schema: security-definer-search-path', async () => {
    const { checks, messages } = await failedChecksAfter(
      `create function identity_private.leaky() returns int language sql security definer as 'select 1';
       revoke all on function identity_private.leaky() from public`,
    );
    expect(checks).toEqual(['security-definer-search-path']);
    expect(messages[0]).toContain('identity_private.leaky()');
  });

  test('EXECUTE granted to PUBLIC: no-public-execute', async () => {
    const { checks, messages } = await failedChecksAfter('grant execute on function identity_private.assert_admin() to public');
    expect(checks).toEqual(['no-public-execute']);
    expect(messages).toEqual(['function identity_private.assert_admin() is executable by PUBLIC']);
  });

  test('a function created without revoking PUBLIC (the built-in default ACL): no-public-execute', async () => {
    // As a superuser, not app_owner: the kit's default privileges do not apply, so PUBLIC gets EXECUTE.
    const { checks } = await failedChecksAfter(`create function identity.open_to_all() returns int language sql stable as 'select 1'`);
    expect(checks).toEqual(['no-public-execute']);
  });

  test('SELECT on a secret table granted to app_user: secret-columns', async () => {
    const { checks, messages } = await failedChecksAfter('grant select on identity_private.user_session_secrets to app_user');
    expect(checks).toEqual(['secret-columns']);
    // app_admin inherits app_user's privileges; the column list is the whole table.
    expect(messages).toContain('app_user can read the secret column identity_private.user_session_secrets.refresh_token_hash');
    expect(messages).toContain('app_admin can read the secret column identity_private.user_session_secrets.refresh_token_hash');
  });

  test('SELECT on a column the kit marks secret (an encrypted provider token) granted to app_user: secret-columns', async () => {
    const { checks, messages } = await failedChecksAfter('grant select (access_token) on identity.user_auth_providers to app_user');
    expect(checks).toEqual(['secret-columns']);
    expect(messages).toContain('app_user can read the secret column identity.user_auth_providers.access_token');
  });

  test('a tampered migration hash: migrations-match', async () => {
    // The newest one: an older one's hash is the next one's previous_hash (a foreign key).
    const { checks, messages } = await failedChecksAfter(
      `update identity_migrate.migrations set hash = 'sha1:0000000000000000000000000000000000000000'
        where filename = (select max(filename) from identity_migrate.migrations)`,
    );
    expect(checks).toEqual(['migrations-match']);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^applied migration (\d{6})\.sql has hash sha1:0{40}, the committed file \1-.*\.sql has sha1:[0-9a-f]{40}$/);
  });

  test('an edited committed file and a pending migration: migrations-match', async () => {
    const database = await freshDatabase();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-migrations-'));
    try {
      fs.cpSync(path.join(import.meta.dirname, '..', 'migrations'), folder, { recursive: true });
      const committed = path.join(folder, 'committed');
      const first = fs.readdirSync(committed).sort()[0]!;
      fs.appendFileSync(path.join(committed, first), '\n-- edited after commit\nselect 1;\n');
      await withClient(database.superuserUrl, (client) =>
        client.query(`delete from identity_migrate.migrations where filename = (select max(filename) from identity_migrate.migrations)`),
      );
      const report = await doctor({ superuserUrl: database.superuserUrl, migrationsFolder: folder });
      expect([...new Set(report.findings.map((f) => f.check))]).toEqual(['migrations-match']);
      const messages = report.findings.map((f) => f.message).join('\n');
      expect(messages).toContain(`migrations/committed/${first} was edited`);
      expect(messages).toMatch(/is not applied \(run `idkit migrate`\)/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the partition of next month dropped: audit-partitions-ahead', async () => {
    const { checks, messages } = await failedChecksAfter(
      `do $$ begin execute format('drop table identity.%I', 'login_audit_logs_' || to_char(now() at time zone 'UTC' + interval '1 month', 'YYYYMM')); end $$`,
    );
    expect(checks).toEqual(['audit-partitions-ahead']);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/login_audit_logs has no partition for \d{4}-\d{2}/);
  });

  test('an event in the default partition: audit-default-partition-empty', async () => {
    const { checks, messages } = await failedChecksAfter(
      `insert into identity.login_audit_logs (event_type, event_at) values ('login_failure', '2099-01-01')`,
    );
    expect(checks).toEqual(['audit-default-partition-empty']);
    expect(messages).toEqual(['identity.login_audit_logs_default holds 1 events: create the partitions of their months, then move the rows there']);
  });

  test('CREATE on the public kit schema for an API role: schema-grants', async () => {
    const { checks, messages } = await failedChecksAfter('grant create on schema identity to app_user');
    expect(checks).toEqual(['schema-grants']);
    expect(messages).toEqual(['app_user has CREATE on schema identity']);
  });

  test('USAGE on the private schema for an API role: schema-grants', async () => {
    const { checks, messages } = await failedChecksAfter('grant usage on schema identity_private to app_anonymous');
    expect(checks).toEqual(['schema-grants']);
    expect(messages).toEqual(['app_anonymous has USAGE on schema identity_private']);
  });

  test('CONNECT for PUBLIC on the database: database-grants', async () => {
    const database = await freshDatabase();
    const name = new URL(database.superuserUrl).pathname.slice(1);
    await withClient(database.superuserUrl, (client) => client.query(`grant connect on database ${client.escapeIdentifier(name)} to public`));
    const report = await doctor({ superuserUrl: database.superuserUrl });
    expect(report.findings.map((f) => [f.check, f.message])).toEqual([['database-grants', `PUBLIC has CONNECT on database ${name}`]]);
  });
});

// Roles are cluster-wide and, on a shared server (TEST_DATABASE_URL), the kit's roles serve other databases and
// other test files running now: they are never altered. The role checks take the role names as a seam, and run
// here on roles this test creates for itself (with a random prefix) and drops afterwards.
describe('role checks, on roles of this test', () => {
  const prefix = `idkit_doctor_${randomBytes(3).toString('hex')}`;
  const roles: KitRoles = {
    owner: `${prefix}_owner`,
    authenticator: `${prefix}_authenticator`,
    anonymous: `${prefix}_anonymous`,
    user: `${prefix}_user`,
    admin: `${prefix}_admin`,
  };
  const all = Object.values(roles);
  const sql = (statement: string) => withClient(server.maintenanceUrl, (client) => client.query(statement));

  beforeAll(async () => {
    // Exactly what provisionRoles sets for the kit's roles.
    const base = 'nosuperuser nocreatedb nocreaterole noreplication nobypassrls';
    await sql(`create role ${roles.owner} login ${base} inherit`);
    await sql(`create role ${roles.authenticator} login ${base} noinherit`);
    for (const role of [roles.anonymous, roles.user, roles.admin]) await sql(`create role ${role} nologin ${base} inherit`);
    await sql(`grant ${roles.user} to ${roles.admin}`);
    await sql(`grant ${roles.anonymous}, ${roles.user}, ${roles.admin} to ${roles.authenticator}`);
  });
  afterAll(async () => {
    await sql(`drop role if exists ${[...all].reverse().join(', ')}`);
  });

  const findings = (check: typeof roleAttributeFindings) => withClient(server.maintenanceUrl, (client) => check(client, roles));

  test('roles as provisioned pass; so do the kit roles of this server', async () => {
    expect(await findings(roleAttributeFindings)).toEqual([]);
    expect(await findings(roleMembershipFindings)).toEqual([]);
    const report = await doctor({ superuserUrl: clean.superuserUrl, checks: ['role-attributes', 'role-memberships'] });
    expect(report.findings).toEqual([]);
  });

  test('an API role with BYPASSRLS, and one that can log in: role-attributes', async () => {
    await sql(`alter role ${roles.user} bypassrls`);
    await sql(`alter role ${roles.anonymous} login`);
    try {
      expect((await findings(roleAttributeFindings)).map((f) => f.message)).toEqual([
        `role ${roles.anonymous} can log in (expected NOLOGIN)`,
        `role ${roles.user} has BYPASSRLS`,
      ]);
    } finally {
      await sql(`alter role ${roles.user} nobypassrls`);
      await sql(`alter role ${roles.anonymous} nologin`);
    }
  });

  test('an authenticator that inherits, and a superuser owner: role-attributes', async () => {
    await sql(`alter role ${roles.authenticator} inherit`);
    await sql(`alter role ${roles.owner} superuser createrole`);
    try {
      expect((await findings(roleAttributeFindings)).map((f) => f.message)).toEqual([
        `role ${roles.owner} has SUPERUSER`,
        `role ${roles.owner} has CREATEROLE`,
        `role ${roles.authenticator} inherits the privileges of its roles (expected NOINHERIT)`,
      ]);
    } finally {
      await sql(`alter role ${roles.authenticator} noinherit`);
      await sql(`alter role ${roles.owner} nosuperuser nocreaterole`);
    }
  });

  test('an API role made a member of the owner, and the authenticator missing one API role: role-memberships', async () => {
    await sql(`grant ${roles.owner} to ${roles.user}`);
    await sql(`revoke ${roles.anonymous} from ${roles.authenticator}`);
    try {
      expect((await findings(roleMembershipFindings)).map((f) => f.message)).toEqual([
        `${roles.user} is a member of ${roles.owner}, which the kit never grants`,
        `${roles.authenticator} is not a member of ${roles.anonymous}`,
      ]);
    } finally {
      await sql(`revoke ${roles.owner} from ${roles.user}`);
      await sql(`grant ${roles.anonymous} to ${roles.authenticator}`);
    }
  });

  test('a missing role is reported', async () => {
    const missing = { ...roles, admin: `${prefix}_nobody` };
    const found = await withClient(server.maintenanceUrl, (client) => roleAttributeFindings(client, missing));
    expect(found.map((f) => f.message)).toEqual([`role ${prefix}_nobody does not exist (run \`idkit migrate\`)`]);
  });

  test('the whole doctor takes the roles too: an API role with BYPASSRLS fails role-attributes only', async () => {
    await sql(`alter role ${roles.admin} bypassrls`);
    try {
      const report = await doctor({ superuserUrl: withConnection(clean.superuserUrl, {}), roles, checks: ['role-attributes'] });
      expect(report.findings.map((f) => [f.check, f.object])).toEqual([['role-attributes', roles.admin]]);
    } finally {
      await sql(`alter role ${roles.admin} nobypassrls`);
    }
  });
});
