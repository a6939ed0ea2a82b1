// Each test file works on its own copy of the migrated template database.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { withClient } from '../../src/db/connect.ts';
import type { LocalSecrets } from '../../src/db/secrets.ts';
import { describeTarget, withConnection, type DatabaseTarget } from '../../src/db/target.ts';

export interface TestServer {
  maintenanceUrl: string;
  templateName: string;
  /** Every database of this run starts with it, so teardown finds them all. */
  prefix: string;
  secrets: LocalSecrets;
}

export interface TestDatabase extends DatabaseTarget {
  drop(): Promise<void>;
}

/** Copies the migrated template into a fresh database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = inject('testServer');
  const name = `${server.prefix}_${randomBytes(4).toString('hex')}`;
  await withClient(server.maintenanceUrl, async (admin) => {
    const db = admin.escapeIdentifier(name);
    await admin.query(`create database ${db} template ${admin.escapeIdentifier(server.templateName)} owner app_owner`);
    await admin.query(`revoke all on database ${db} from public`);
    await admin.query(`grant connect on database ${db} to app_authenticator`);
  });
  const target = describeTarget(withConnection(server.maintenanceUrl, { database: name }), server.secrets, false, async () => {});
  return {
    ...target,
    drop: () => withClient(server.maintenanceUrl, async (client) => {
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
    }),
  };
}

/** Makes the users administrators the way a DBA would: a row of identity.user_roles for the `admin` role. */
export function grantAdminRole(superuserUrl: string, ...userUuids: string[]): Promise<unknown> {
  return withClient(superuserUrl, (client) =>
    client.query(
      `insert into identity.user_roles (user_uuid, role_id)
       select u, r.role_id from identity.roles r, unnest($1::uuid[]) u where r.role_name = 'admin'`,
      [userUuids],
    ),
  );
}

/** A live session of the user, written as superuser: what a sign-in would create, without the password step. */
export async function openSession(superuserUrl: string, userUuid: string): Promise<string> {
  return withClient(superuserUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into identity.user_sessions (user_uuid, expires_at, aal, authenticated_at)
       values ($1, now() + interval '1 day', 1, now()) returning id`,
      [userUuid],
    );
    return rows[0]!.id;
  });
}

/** pgTAP and the test support schema (test-support.sql), as every test database has them. */
export function installTestSupport(superuserUrl: string): Promise<unknown> {
  return withClient(superuserUrl, async (client) => {
    await client.query('create extension if not exists pgtap with schema public');
    await client.query(fs.readFileSync(path.join(import.meta.dirname, 'test-support.sql'), 'utf8'));
  });
}
