// Racing database calls for real: each call in its own authenticator connection and transaction, all held
// at a gate (a superuser lock on a table they need) until every one is waiting, then released together.
import pg from 'pg';

export interface Racer<T> {
  /** Session settings applied with set_config(..., true) after `begin` (e.g. role, jwt.claims.user_uuid). */
  settings: Record<string, string>;
  /** The racing statement; commits when it resolves, rolls back when it throws. */
  run(client: pg.Client): Promise<T>;
}

async function waitForBlockedSessions(gate: pg.Client, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await gate.query<{ blocked: number }>(
      `select count(*)::integer as blocked from pg_stat_activity
       where datname = current_database() and usename = 'app_authenticator' and wait_event_type = 'Lock'`,
    );
    if (rows[0]!.blocked >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0]!.blocked} of ${count} racers reached the gate`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs every racer at once behind a `lock table <gateTable> in <mode> mode` held by a superuser until all
 * of them are blocked on it. Settles to one result per racer, in order.
 */
export async function race<T>(
  urls: { superuserUrl: string; authenticatorUrl: string },
  gate: { table: string; mode?: string },
  racers: Racer<T>[],
): Promise<PromiseSettledResult<T>[]> {
  const gateClient = new pg.Client({ connectionString: urls.superuserUrl });
  const clients = racers.map(() => new pg.Client({ connectionString: urls.authenticatorUrl }));
  try {
    await Promise.all([gateClient, ...clients].map((client) => client.connect()));
    await gateClient.query('begin');
    await gateClient.query(`lock table ${gate.table} in ${gate.mode ?? 'share row exclusive'} mode`);
    await Promise.all(
      racers.map(async ({ settings }, i) => {
        await clients[i]!.query('begin');
        for (const [key, value] of Object.entries(settings)) {
          await clients[i]!.query('select set_config($1, $2, true)', [key, value]);
        }
      }),
    );
    const settled = Promise.allSettled(
      racers.map(async ({ run }, i) => {
        const client = clients[i]!;
        try {
          const result = await run(client);
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
      }),
    );
    try {
      await waitForBlockedSessions(gateClient, racers.length);
    } finally {
      await gateClient.query('commit');
    }
    return await settled;
  } finally {
    await Promise.all([gateClient, ...clients].map((client) => client.end()));
  }
}

/** The SQLSTATE of every rejected racer. */
export function errorCodes<T>(results: PromiseSettledResult<T>[]): (string | undefined)[] {
  return results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => (r.reason as { code?: string }).code);
}
