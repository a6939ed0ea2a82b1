// register_user under concurrency: registrations racing for one email or one username, each in its own
// connection and transaction, leave exactly one account and refuse the others with EMTKN / UNTKN.
import pg from 'pg';
import { expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const RACERS = 8;

interface Registration {
  username: string;
  email: string;
}

/** Rows of every table a registration writes. */
async function rowCounts(db: TestDatabase): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: db.superuserUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(`
      select (select count(*) from app_public.users)::integer as users,
             (select count(*) from app_public.user_emails)::integer as emails,
             (select count(*) from app_public.user_profiles)::integer as profiles,
             (select count(*) from app_private.user_credentials)::integer as credentials,
             (select count(*) from app_public.user_status)::integer as statuses`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** Waits until `count` authenticator sessions of the database are waiting for a lock. */
async function waitForBlockedSessions(gate: pg.Client, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await gate.query<{ blocked: number }>(
      `select count(*)::integer as blocked from pg_stat_activity
       where datname = current_database() and usename = 'app_authenticator' and wait_event_type = 'Lock'`,
    );
    if (rows[0]!.blocked >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0]!.blocked} of ${count} registrations reached the gate`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs the registrations at once, each `begin; set local role app_anonymous; select register_user(...)` on its
 * own authenticator connection, committing on success and rolling back on error. Settles to one result each.
 *
 * A superuser transaction holds a lock on `gateTable` (the table whose unique key the registrations fight
 * over) until every registration is waiting to insert into it, so all of them are in flight when the first
 * one inserts and commits: the others then meet its committed row, not merely an earlier one.
 */
async function registerConcurrently(
  db: TestDatabase,
  gateTable: string,
  registrations: Registration[],
): Promise<PromiseSettledResult<string>[]> {
  const gate = new pg.Client({ connectionString: db.superuserUrl });
  const clients = registrations.map(() => new pg.Client({ connectionString: db.authenticatorUrl }));
  try {
    await Promise.all([gate, ...clients].map((client) => client.connect()));
    await gate.query('begin');
    await gate.query(`lock table ${gateTable} in share row exclusive mode`);
    await Promise.all(clients.map((client) => client.query('begin').then(() => client.query('set local role app_anonymous'))));
    const settled = Promise.allSettled(
      registrations.map(async ({ username, email }, i) => {
        const client = clients[i]!;
        try {
          const { rows } = await client.query<{ uuid: string }>(
            'select (app_public.register_user($1, $2, $3, $4)).uuid',
            [username, email, 'racing password 1', `Racer ${i}`],
          );
          await client.query('commit');
          return rows[0]!.uuid;
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
      }),
    );
    try {
      await waitForBlockedSessions(gate, registrations.length);
    } finally {
      await gate.query('commit');
    }
    return await settled;
  } finally {
    await Promise.all([gate, ...clients].map((client) => client.end()));
  }
}

/** The SQLSTATE of every rejected registration. */
function errorCodes(results: PromiseSettledResult<string>[]): (string | undefined)[] {
  return results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => (r.reason as { code?: string }).code);
}

async function withDatabase(work: (db: TestDatabase) => Promise<void>): Promise<void> {
  const db = await createTestDatabase();
  try {
    const admin = new pg.Client({ connectionString: db.superuserUrl });
    await admin.connect();
    try {
      await admin.query('update app_private.auth_settings set bcrypt_cost = 4');
    } finally {
      await admin.end();
    }
    await work(db);
  } finally {
    await db.drop();
  }
}

test.concurrent(
  `of ${RACERS} concurrent registrations with the same email, exactly one succeeds and the others fail with EMTKN`,
  () =>
    withDatabase(async (db) => {
      const results = await registerConcurrently(
        db,
        'app_public.user_emails',
        Array.from({ length: RACERS }, (_, i) => ({ username: `racer_${i}`, email: 'race@example.com' })),
      );

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(errorCodes(results)).toEqual(Array(RACERS - 1).fill('EMTKN'));
      expect(await rowCounts(db)).toEqual({ users: 1, emails: 1, profiles: 1, credentials: 1, statuses: 1 });
    }),
);

test.concurrent(
  `of ${RACERS} concurrent registrations with the same username, exactly one succeeds and the others fail with UNTKN`,
  () =>
    withDatabase(async (db) => {
      const results = await registerConcurrently(
        db,
        'app_public.user_profiles',
        Array.from({ length: RACERS }, (_, i) => ({ username: 'racer', email: `racer${i}@example.com` })),
      );

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(errorCodes(results)).toEqual(Array(RACERS - 1).fill('UNTKN'));
      expect(await rowCounts(db)).toEqual({ users: 1, emails: 1, profiles: 1, credentials: 1, statuses: 1 });
    }),
);
