// Each test file works on its own copy of the migrated template database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
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
  const admin = new pg.Client({ connectionString: server.maintenanceUrl });
  await admin.connect();
  try {
    await admin.query(
      `create database ${admin.escapeIdentifier(name)} template ${admin.escapeIdentifier(server.templateName)} owner app_owner`,
    );
    await admin.query(`revoke all on database ${admin.escapeIdentifier(name)} from public`);
    await admin.query(`grant connect on database ${admin.escapeIdentifier(name)} to app_authenticator`);
  } finally {
    await admin.end();
  }
  const target = describeTarget(withConnection(server.maintenanceUrl, { database: name }), server.secrets, false, async () => {});
  return {
    ...target,
    async drop() {
      const client = new pg.Client({ connectionString: server.maintenanceUrl });
      await client.connect();
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      await client.end();
    },
  };
}
