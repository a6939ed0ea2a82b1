// register_user under concurrency: registrations racing for one email or one username, each in its own
// connection and transaction, leave exactly one account and refuse the others with EMTKN / UNTKN.
import { expect, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { errorCodes, race } from './support/concurrency.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const RACERS = 8;

interface Registration {
  username: string;
  email: string;
}

/** Rows of every table a registration writes. */
function rowCounts(db: TestDatabase): Promise<Record<string, number>> {
  return withClient(db.superuserUrl, async (client) => {
    const { rows } = await client.query<Record<string, number>>(`
      select (select count(*) from app_public.users)::integer as users,
             (select count(*) from app_public.user_emails)::integer as emails,
             (select count(*) from app_public.user_profiles)::integer as profiles,
             (select count(*) from app_private.user_credentials)::integer as credentials,
             (select count(*) from app_public.user_status)::integer as statuses`);
    return rows[0]!;
  });
}

/** Registers every account at once, held at a gate on the table whose unique key they fight over. */
function registerConcurrently(db: TestDatabase, gateTable: string, registrations: Registration[]) {
  return race(
    db,
    { table: gateTable },
    registrations.map(({ username, email }, i) => ({
      settings: { role: 'app_anonymous' },
      run: async (client) =>
        (
          await client.query<{ uuid: string }>('select (app_public.register_user($1, $2, $3, $4)).uuid', [
            username,
            email,
            'racing password 1',
            `Racer ${i}`,
          ])
        ).rows[0]!.uuid,
    })),
  );
}

async function withDatabase(work: (db: TestDatabase) => Promise<void>): Promise<void> {
  const db = await createTestDatabase();
  try {
    await withClient(db.superuserUrl, (admin) => admin.query('update app_private.auth_settings set bcrypt_cost = 4'));
    await work(db);
  } finally {
    await db.drop();
  }
}

const contests = [
  { over: 'email', gateTable: 'app_public.user_emails', code: 'EMTKN', racer: (i: number) => ({ username: `racer_${i}`, email: 'race@example.com' }) },
  { over: 'username', gateTable: 'app_public.user_profiles', code: 'UNTKN', racer: (i: number) => ({ username: 'racer', email: `racer${i}@example.com` }) },
];

for (const { over, gateTable, code, racer } of contests) {
  test.concurrent(
    `of ${RACERS} concurrent registrations with the same ${over}, exactly one succeeds and the others fail with ${code}`,
    () =>
      withDatabase(async (db) => {
        const results = await registerConcurrently(db, gateTable, Array.from({ length: RACERS }, (_, i) => racer(i)));

        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(errorCodes(results)).toEqual(Array(RACERS - 1).fill(code));
        expect(await rowCounts(db)).toEqual({ users: 1, emails: 1, profiles: 1, credentials: 1, statuses: 1 });
      }),
  );
}
