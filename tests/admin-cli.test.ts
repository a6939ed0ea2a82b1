// `idkit admin grant|revoke`: how the DBA makes the first administrator (and later ones), audited like
// grant_role/revoke_role, never leaving the system without an active administrator.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { runIdkit } from './support/idkit-process.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-admin-'));
let db: TestDatabase;
const uuids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await withClient(db.superuserUrl, async (c) => {
    for (const name of ['ada', 'grace']) {
      const { rows } = await c.query(`select (identity.register_user($1, $2, 'correct horse battery', $1)).uuid`, [name, `${name}@example.com`]);
      uuids[name] = rows[0].uuid;
    }
    // Ada proved her address; Grace did not.
    await c.query(`update identity.user_emails set is_verified = true where email = 'ada@example.com'`);
  });
});

afterAll(async () => {
  await db?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function idkit(...args: string[]) {
  return runIdkit(args, { ...process.env, DATABASE_URL: db.superuserUrl, IDKIT_DATA_DIR: dataDir });
}

const admins = () =>
  withClient(db.superuserUrl, async (c) =>
    (await c.query(`select p.username::text from identity.user_roles ur join identity.roles r using (role_id)
                    join identity.user_profiles p using (user_uuid) where r.role_name = 'admin' order by 1`)).rows.map((r) => r.username),
  );
const audit = (uuid: string) =>
  withClient(db.superuserUrl, async (c) =>
    (await c.query(`select event_type, reason from identity.login_audit_logs where user_uuid = $1 and event_type like 'role_%' order by id`, [uuid])).rows,
  );

test('admin grant by email address (any letter case) makes the first administrator and audits role_granted; a second grant changes nothing', async () => {
  // An address nobody proved names no account, as at sign-in.
  const unproven = await idkit('admin', 'grant', 'grace@example.com');
  expect(unproven.code).toBe(64);
  expect(unproven.stderr).toMatch(/No account has the username or verified email address "grace@example.com"/);
  const first = await idkit('admin', 'grant', 'ADA@Example.com');
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout.trim()).toBe('"ADA@Example.com" is now an administrator (audited as role_granted).');
  expect(await admins()).toEqual(['ada']);
  expect(await audit(uuids.ada!)).toEqual([{ event_type: 'role_granted', reason: expect.stringMatching(/^admin by the DBA \(idkit admin, database role \w+\)$/) }]);
  const again = await idkit('admin', 'grant', 'ada');
  expect(again.stdout.trim()).toBe('"ada" is already an administrator; nothing changed.');
  expect(await audit(uuids.ada!)).toHaveLength(1);
});

test('admin revoke refuses to remove the last active administrator (exit 64) and keeps it', async () => {
  const result = await idkit('admin', 'revoke', 'ada');
  expect(result.code).toBe(64);
  expect(result.stderr.trim()).toBe('"ada" is the last active administrator and keeps admin; make another administrator first.');
  expect(await admins()).toEqual(['ada']);
});

test('admin revoke by username works once another administrator is active, audited as role_revoked', async () => {
  expect((await idkit('admin', 'grant', 'grace')).code).toBe(0);
  const result = await idkit('admin', 'revoke', 'ada');
  expect(result.code, result.stderr).toBe(0);
  expect(await admins()).toEqual(['grace']);
  expect((await audit(uuids.ada!)).map((e) => e.event_type)).toEqual(['role_granted', 'role_revoked']);
});

test('admin with an unknown account or without one exits 64 with a clear line', async () => {
  const unknown = await idkit('admin', 'grant', 'nobody@example.com');
  expect(unknown.code).toBe(64);
  expect(unknown.stderr.trim()).toBe('No account has the username or verified email address "nobody@example.com".');
  const usage = await idkit('admin', 'grant');
  expect(usage.code).toBe(64);
  expect(usage.stderr).toContain('Usage: idkit admin grant <email-or-username>');
});
