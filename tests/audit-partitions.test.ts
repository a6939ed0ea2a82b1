// Issue 13: the audit log's monthly partitions are created ahead and dropped past retention by `idkit maintain`
// without ever making a sign-in wait behind it, even while a long reader holds the audit log.
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { maintain } from '../src/commands/maintain.ts';
import { withClient } from '../src/db/connect.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

let database: TestDatabase;
const PASSWORD = 'lantern copper fig 2';

/** The first day (UTC) of the month `offset` months from now, as YYYY-MM-DD, and its partition's name. */
async function month(offset: number): Promise<{ day: string; name: string }> {
  return withClient(database.superuserUrl, async (client) => {
    const { rows } = await client.query<{ day: string; name: string }>(
      `select to_char(d, 'YYYY-MM-DD') as day, (identity_private.login_audit_month(d::date)).partition_name as name
         from (select date_trunc('month', now() at time zone 'UTC') + make_interval(months => $1::int) as d) m`,
      [offset],
    );
    return rows[0]!;
  });
}

function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(text, values)).rows);
}

/** A sign-in as the API server makes it: app_anonymous, the server's 5-second statement timeout. */
async function signIn(login: string): Promise<unknown> {
  return withClient(database.authenticatorUrl, async (client) => {
    await client.query('begin');
    await client.query(`set local role app_anonymous; set local statement_timeout = '5s'`);
    const { rows } = await client.query(`select identity.authenticate($1, $2, '198.51.100.7') as grant`, [login, PASSWORD]);
    await client.query('commit');
    return rows[0]!.grant;
  });
}

async function waitUntilWaitingForLock(user: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const rows = await sql<{ n: number }>(
      database.superuserUrl,
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and usename = $1 and wait_event_type = 'Lock'`,
      [user],
    );
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${user} never waited for a lock`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await sql(database.superuserUrl, `update identity_private.auth_settings set bcrypt_cost = 4`);
  await sql(database.superuserUrl, `select identity.register_user('partition_reader', 'partition-reader@example.com', $1)`, [PASSWORD]);
});

afterAll(async () => {
  await database?.drop();
});

test('partition upkeep never makes a sign-in wait behind a long reader of the audit log', async () => {
  // Three more months are due; a report reads the whole audit log in one long transaction.
  await sql(database.superuserUrl, `update identity_private.auth_settings set login_audit_months_ahead = 6`);
  const due = await Promise.all([4, 5, 6].map(month));
  const reader = new pg.Client({ connectionString: database.superuserUrl });
  await reader.connect();
  try {
    await reader.query('begin');
    await reader.query('select count(*) from identity.login_audit_logs');
    const readerPid = (await reader.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;

    const upkeep = maintain(database.ownerUrl, { partitionAttempts: 3, partitionRetryPauseMs: 100 });
    await waitUntilWaitingForLock('app_owner');
    const started = Date.now();
    expect(await signIn('partition_reader')).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(2000); // the old CREATE TABLE ... PARTITION OF made it wait until 57014
    const [reading] = await sql<{ state: string }>(database.superuserUrl, 'select state from pg_stat_activity where pid = $1', [readerPid]);
    expect(reading?.state, 'the reader is still open when the sign-in has finished').toBe('idle in transaction');

    const report = await upkeep;
    expect(report.finished).toBe(false);
    expect(report.partitions.created).toEqual([]);
    expect(report.partitions.pending).toEqual(due.map(({ name }) => ({ partition: name, reason: expect.stringContaining('lock') })));

    // From pg_cron: the same, warning instead of failing.
    expect(await sql(database.ownerUrl, 'select * from identity_private.create_login_audit_partitions()')).toEqual([]);
  } finally {
    await reader.query('rollback').catch(() => {});
    await reader.end();
  }

  const next = await maintain(database.ownerUrl, { partitionAttempts: 3, partitionRetryPauseMs: 100 });
  expect(next.partitions).toEqual({ created: due.map(({ name }) => name), dropped: [], pending: [] });
  expect(next.finished).toBe(true);
  const [counts] = await sql<{ in_default: number; sign_ins: number }>(
    database.superuserUrl,
    `select (select count(*)::int from identity.login_audit_logs_default) as in_default,
            (select count(*)::int from identity.login_audit_logs where event_type = 'login_success') as sign_ins`,
  );
  expect(counts).toEqual({ in_default: 0, sign_ins: 1 });
});

test('a partition made by upkeep has everything one made by CREATE TABLE ... PARTITION OF has', async () => {
  const made = (await month(6)).name; // by upkeep in the test above
  const migrated = (await month(0)).name; // by the first migration
  const shape = (name: string) =>
    sql<{ shape: string }>(
      database.superuserUrl,
      `select jsonb_build_object(
          'owner', c.relowner::regrole::text, 'rls', c.relrowsecurity, 'comment', obj_description(c.oid, 'pg_class'),
          'constraints', (select jsonb_agg(jsonb_build_array(n.contype, n.conparentid <> 0, n.conislocal, pg_get_constraintdef(n.oid)) order by n.contype, pg_get_constraintdef(n.oid))
                            from pg_constraint n where n.conrelid = c.oid and n.contype <> 'n'),
          'indexes', (select jsonb_agg(replace(pg_get_indexdef(i.indexrelid), $1, 'P') order by 1) from pg_index i where i.indrelid = c.oid),
          'triggers', (select jsonb_agg(t.tgname::text order by 1) from pg_trigger t where t.tgrelid = c.oid and not t.tgisinternal),
          'grants', c.relacl::text)::text as shape
         from pg_class c where c.oid = ('identity.' || $1)::regclass`,
      [name],
    ).then((rows) => JSON.parse(rows[0]!.shape.replaceAll(name, 'P')));
  const [a, b] = await Promise.all([shape(made), shape(migrated)]);
  expect(a).toEqual(b);
  expect(a).toMatchObject({ owner: 'app_owner', rls: true, triggers: ['_100_append_only'] });
});

test('retention drops the partitions past login_audit_retention_months and keeps the recent ones', async () => {
  const months = await Promise.all([-16, -15, -14, -13, -12].map(month));
  for (const { day } of months) {
    await sql(database.ownerUrl, 'select identity_private.create_login_audit_partition($1::date)', [day]);
    await sql(database.superuserUrl, `insert into identity.login_audit_logs (event_type, event_at) values ('login_failure', $1::date + interval '3 days')`, [day]);
  }
  const report = await maintain(database.ownerUrl, { partitionRetryPauseMs: 50 });
  expect(report.partitions).toEqual({ created: [], dropped: months.slice(0, 3).map(({ name }) => name), pending: [] });
  const left = await sql<{ name: string; events: number }>(
    database.superuserUrl,
    `select c.relname::text as name, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from identity.%I', c.relname), false, true, '')))[1]::text::int as events
       from unnest($1::text[]) n join pg_class c on c.relname = n and c.relnamespace = 'identity'::regnamespace order by 1`,
    [months.map(({ name }) => name)],
  );
  expect(left).toEqual(months.slice(3).map(({ name }) => ({ name, events: 1 })));

  // A shorter retention from pg_cron: the month 13 months ago goes too.
  await sql(database.superuserUrl, 'update identity_private.auth_settings set login_audit_retention_months = 12');
  expect(await sql(database.ownerUrl, 'select p from identity_private.drop_expired_login_audit_partitions() p')).toEqual([{ p: months[3]!.name }]);
  expect(await sql(database.superuserUrl, `select count(*)::int as n from identity.login_audit_logs where event_at < date_trunc('month', now()) - interval '12 months'`)).toEqual([{ n: 0 }]);
});

test('a month whose events already sit in the default partition is reported, and the others are created', async () => {
  const own = await createTestDatabase();
  try {
    const [four, five, six] = await Promise.all([4, 5, 6].map(month));
    await sql(own.superuserUrl, `insert into identity.login_audit_logs (event_type, event_at) values ('login_failure', $1::date + interval '1 day')`, [five!.day]);
    await sql(own.superuserUrl, 'update identity_private.auth_settings set login_audit_months_ahead = 6');
    const report = await maintain(own.ownerUrl, { partitionRetryPauseMs: 50 });
    expect(report.partitions).toEqual({
      created: [four!.name, six!.name],
      dropped: [],
      pending: [{ partition: five!.name, reason: expect.stringContaining('default partition holds events') }],
    });
    expect(report.finished).toBe(false);
  } finally {
    await own.drop();
  }
});
