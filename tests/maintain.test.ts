// Issue 10, point 7: `idkit maintain` deletes what no longer serves in bounded rounds, skips rows that live
// requests hold, and tells cron through its exit code whether rows are left.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { maintain, parseMaintenanceArgs } from '../src/commands/maintain.ts';
import { withClient } from '../src/db/connect.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const run = promisify(execFile);
const server = inject('testServer');
let database: TestDatabase;
/** Right after migrating, every partition is there and none is old enough to drop. */
const NOTHING_TO_DO = { created: [], dropped: [], pending: [] };

/** n expired and `live` live rows of each kind, for one account. */
async function seed(n: number, live = 1): Promise<void> {
  await withClient(database.superuserUrl, (client) =>
    client.query(
      `with u as (insert into identity.users default values returning uuid),
            e as (insert into identity.user_emails (user_uuid, email) select uuid, 'seed-' || uuid || '@example.com' from u returning id, user_uuid),
            t as (insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
                  select e.user_uuid, 'email_verification', e.id, gen_random_bytes(32),
                         now() + case when g <= $1::int then interval '-1 minute' else interval '1 hour' end
                  from e, generate_series(1, $1::int + $2::int) g returning 1),
            c as (insert into identity_private.mfa_challenges (user_uuid, secret_hash, expires_at)
                  select e.user_uuid, gen_random_bytes(32), now() + case when g <= $1::int then interval '-1 minute' else interval '5 minutes' end
                  from e, generate_series(1, $1::int + $2::int) g returning 1)
       insert into identity_private.login_attempts (identifier, failed_count, first_failed_at)
         select 'login:seed-' || gen_random_uuid(), 5, now() - case when g <= $1::int then interval '1 hour' else interval '1 minute' end
         from generate_series(1, $1::int + $2::int) g`,
      [n, live],
    ),
  );
}

async function counts(): Promise<Record<string, number>> {
  return withClient(database.superuserUrl, async (client) => {
    const { rows } = await client.query(
      `select (select count(*) from identity_private.user_tokens)::int as user_tokens,
              (select count(*) from identity_private.mfa_challenges)::int as mfa_challenges,
              (select count(*) from identity_private.login_attempts)::int as login_attempts`,
    );
    return rows[0];
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

test('maintain deletes in bounded rounds, says when rows are left, and keeps live rows', async () => {
  await seed(5);
  const partial = await maintain(database.ownerUrl, { batchSize: 2, maxRounds: 2, pauseMs: 0 });
  expect(partial).toEqual({ rounds: 2, finished: false, deleted: { user_tokens: 4, login_attempts: 4, mfa_challenges: 4, throttle_counters: 0 }, partitions: NOTHING_TO_DO });
  const rest = await maintain(database.ownerUrl, { batchSize: 2, pauseMs: 0 });
  expect(rest).toEqual({ rounds: 1, finished: true, deleted: { user_tokens: 1, login_attempts: 1, mfa_challenges: 1, throttle_counters: 0 }, partitions: NOTHING_TO_DO });
  expect(await counts()).toEqual({ user_tokens: 1, login_attempts: 1, mfa_challenges: 1 });
});

test('maintain skips rows a live request holds instead of waiting for it, and two runs at once share the work', async () => {
  await seed(50, 0);
  const live = new pg.Client({ connectionString: database.superuserUrl });
  await live.connect();
  try {
    await live.query('begin');
    // A request in the middle of redeeming one expired token, and of counting one failure.
    await live.query(`select 1 from identity_private.user_tokens where expires_at <= now() order by id limit 1 for update`);
    await live.query(`select 1 from identity_private.login_attempts where first_failed_at < now() - interval '30 minutes' limit 1 for update`);
    const started = Date.now();
    const [a, b] = await Promise.all([
      maintain(database.ownerUrl, { batchSize: 7, pauseMs: 0 }),
      maintain(database.ownerUrl, { batchSize: 7, pauseMs: 0 }),
    ]);
    expect(Date.now() - started).toBeLessThan(1500); // lock_timeout is 2 s: nobody waited for the live request
    expect(a.finished && b.finished).toBe(true);
    expect((a.deleted.user_tokens ?? 0) + (b.deleted.user_tokens ?? 0)).toBe(49);
    expect((a.deleted.login_attempts ?? 0) + (b.deleted.login_attempts ?? 0)).toBe(49);
    expect((a.deleted.mfa_challenges ?? 0) + (b.deleted.mfa_challenges ?? 0)).toBe(50);
    await live.query('rollback');
  } finally {
    await live.end();
  }
  expect(await maintain(database.ownerUrl)).toMatchObject({ finished: true, deleted: { user_tokens: 1, login_attempts: 1 } });
});

test('the arguments are checked', () => {
  expect(parseMaintenanceArgs([])).toEqual({});
  expect(parseMaintenanceArgs(['--batch-size', '500', '--max-rounds', '3'])).toEqual({ batchSize: 500, maxRounds: 3 });
  for (const bad of [['--batch-size', '0'], ['--batch-size', '100001'], ['--max-rounds', 'x'], ['--batch-size'], ['--now']]) {
    expect(parseMaintenanceArgs(bad), bad.join(' ')).toBeUndefined();
  }
});

test('idkit maintain exits 75 while rows are left after --max-rounds, 0 once done, 64 on bad arguments', async () => {
  await seed(3);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-maintain-'));
  const idkit = async (...args: string[]) => {
    const env = {
      ...process.env,
      DATABASE_URL: database.superuserUrl,
      IDKIT_DATA_DIR: dataDir,
      IDKIT_OWNER_PASSWORD: server.secrets.ownerPassword,
      IDKIT_AUTHENTICATOR_PASSWORD: server.secrets.authenticatorPassword,
    };
    try {
      const { stdout } = await run(process.execPath, [path.join(import.meta.dirname, '..', 'src', 'cli.ts'), 'maintain', ...args], { env });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout + e.stderr };
    }
  };
  try {
    const first = await idkit('--batch-size', '2', '--max-rounds', '1');
    expect(first.code, first.stdout).toBe(75);
    expect(first.stdout).toContain('user_tokens 2');
    const second = await idkit('--batch-size', '2');
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toContain('Audit log partitions: created none; dropped none.');
    expect(second.stdout).toMatch(/Deleted in 1 round\(s\): user_tokens 1, login_attempts 1, mfa_challenges 1, throttle_counters 0\./);
    expect((await idkit('--batch-size', '0')).code).toBe(64);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
