// register_user and verify_email under concurrency, each call in its own connection and transaction:
// registrations racing for one username leave one account (the others answer NULL, which the API layers turn
// into UNTKN after the commit, so their throttle counts stay); an address nobody verified blocks nobody, and
// accounts racing to verify one address leave exactly one verified claim (the others answer false).
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
      select (select count(*) from identity.users)::integer as users,
             (select count(*) from identity.user_emails)::integer as emails,
             (select count(*) from identity.user_profiles)::integer as profiles,
             (select count(*) from identity_private.user_credentials)::integer as credentials,
             (select count(*) from identity.user_status)::integer as statuses`);
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
          await client.query<{ uuid: string }>('select (identity.register_user($1, $2, $3, $4)).uuid', [
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
    await withClient(db.superuserUrl, (admin) => admin.query(
      // Eight registrations of one address within a second would be throttled (5 per address and minute).
      'update identity_private.auth_settings set bcrypt_cost = 4, throttle_account_calls_per_identifier = 100, throttle_account_calls_per_client = 100',
    ));
    await work(db);
  } finally {
    await db.drop();
  }
}

test.concurrent(`of ${RACERS} concurrent registrations with the same username, exactly one succeeds and the others answer NULL, each counted`, () =>
  withDatabase(async (db) => {
    const racers = Array.from({ length: RACERS }, (_, i) => ({ username: 'racer', email: `racer${i}@example.com` }));
    const results = await registerConcurrently(db, 'identity.user_profiles', racers);
    expect(errorCodes(results)).toEqual([]);
    const uuids = results.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected'));
    expect(uuids.filter((uuid) => uuid !== null)).toHaveLength(1);
    expect(await rowCounts(db)).toEqual({ users: 1, emails: 1, profiles: 1, credentials: 1, statuses: 1 });
    // The losers lost on the unique_violation path, after their throttle count: it committed with them.
    const counted = await withClient(db.superuserUrl, async (client) =>
      (await client.query(`select count(*)::integer as n from identity_private.throttle_counters where bucket = 'register_user' and value like 'racer%@example.com'`))
        .rows[0].n,
    );
    expect(counted).toBe(RACERS);
  }),
);

test.concurrent(`${RACERS} concurrent registrations with one unverified email all succeed: an unproven address blocks nobody`, () =>
  withDatabase(async (db) => {
    const racers = Array.from({ length: RACERS }, (_, i) => ({ username: `racer_${i}`, email: 'race@example.com' }));
    const results = await registerConcurrently(db, 'identity.user_emails', racers);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(RACERS);
    expect(await rowCounts(db)).toEqual({ users: RACERS, emails: RACERS, profiles: RACERS, credentials: RACERS, statuses: RACERS });
  }),
);

test.concurrent(`of ${RACERS} accounts verifying one address at once, exactly one keeps it and the others answer false`, () =>
  withDatabase(async (db) => {
    const racers = Array.from({ length: RACERS }, (_, i) => ({ username: `claimant_${i}`, email: 'Claimed@example.com' }));
    const registered = await registerConcurrently(db, 'identity.user_emails', racers);
    expect(registered.every((r) => r.status === 'fulfilled')).toBe(true);
    // One verification token per claim, as request_email_verification would store it.
    const tokens = await withClient(db.superuserUrl, async (client) =>
      (
        await client.query<{ token: string }>(
          `with t as (select e.id, e.user_uuid, identity_private.random_token(32) as token from identity.user_emails e order by e.id),
                i as (insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
                      select user_uuid, 'email_verification', id, identity_private.sha256(token), now() + interval '1 hour' from t)
           select token from t`,
        )
      ).rows.map((r) => r.token),
    );
    const results = await race(
      db,
      { table: 'identity_private.user_tokens' },
      tokens.map((token) => ({
        settings: { role: 'app_anonymous' },
        run: async (client) => (await client.query('select identity.verify_email($1) as ok', [token])).rows[0].ok as boolean,
      })),
    );
    // verify_email answers false for a token that can no longer succeed (the typed client and GraphQL raise
    // TOKEN for it after the commit).
    expect(errorCodes(results)).toEqual([]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected')).sort()).toEqual([...Array(RACERS - 1).fill(false), true]);
    const claims = await withClient(db.superuserUrl, async (client) =>
      (await client.query('select is_verified from identity.user_emails where email = $1', ['claimed@example.com'])).rows,
    );
    expect(claims).toEqual([{ is_verified: true }]);
  }),
);
