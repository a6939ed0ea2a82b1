// authenticate() against raw crypt() at the default bcrypt cost, and the time of each failure path
// against a successful sign-in, all on one throwaway embedded database.
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import type { ThrowawayServer } from '../src/db/throwaway.ts';
import { mean, report } from './report.ts';

const PASSWORD = 'correct horse battery staple';

async function anonymousClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A failed run drops the database under open connections; the failure itself is reported instead.
  client.on('error', () => {});
  await client.connect();
  await client.query('set role app_anonymous');
  return client;
}

/** Calls per second of `statement` over `clients` connections for `seconds`; client i sends values[i]. */
async function throughput(clients: pg.Client[], seconds: number, statement: string, values: unknown[][]): Promise<number> {
  const until = performance.now() + seconds * 1000;
  const counts = await Promise.all(
    clients.map(async (client, i) => {
      let n = 0;
      while (performance.now() < until) {
        await client.query(statement, values[i]);
        n++;
      }
      return n;
    }),
  );
  return counts.reduce((a, b) => a + b, 0) / seconds;
}

export async function benchLogin(server: ThrowawayServer, options: { samples: number; seconds: number }): Promise<void> {
  const db = await server.createDatabase();
  const su = new pg.Client({ connectionString: db.superuserUrl });
  su.on('error', () => {});
  await su.connect();
  const { rows: [settings] } = await su.query('select bcrypt_cost from identity_private.auth_settings');
  // Lockout stays out of the way of the throughput loops; the locked path gets its own identifier.
  // Throttling too: the throughput loops stand for many legitimate users, each within the limits, and the
  // database sees no client address here. The flood below measures the default limits.
  await su.query(`update identity_private.auth_settings set lockout_max_attempts = 1000000000,
                  throttle_sign_ins_per_identifier = 1000000000, throttle_sign_ins_per_client = 1000000000`);
  const anon = await anonymousClient(db.authenticatorUrl);
  // One account per throughput client: attempts on one account are serialised by design (lockout).
  for (const name of ['bench_ok', 'bench_ok_2', 'bench_suspended', 'bench_wrong', 'bench_cheap']) {
    await anon.query('select identity.register_user($1, $2, $3)', [name, `${name}@example.com`, PASSWORD]);
  }
  await su.query(`update identity.user_status s set status = 'suspended' from identity.user_profiles p
                  where p.user_uuid = s.user_uuid and p.username = 'bench_suspended'`);
  await su.query(`insert into identity_private.login_attempts values ('login:locked_login', 2000000000, now() + interval '1 hour')`);
  // A hash stored at a lower cost than the configured one (as imported from graphile/starter, cost 6): until
  // the next successful sign-in upgrades it, a failure must take as long as a sign-in at the configured cost.
  await su.query(`update identity_private.user_credentials c set password_hash = crypt($1, gen_salt('bf', 6))
                  from identity.user_profiles p where p.user_uuid = c.user_uuid and p.username = 'bench_cheap'`, [PASSWORD]);
  const { rows: [{ password_hash: hash }] } = await su.query(
    `select c.password_hash from identity_private.user_credentials c join identity.user_profiles p using (user_uuid) where p.username = 'bench_ok'`,
  );

  // Throughput with two clients (one per core), alternating baseline and subject to cancel drift.
  const pair = [anon, await anonymousClient(db.authenticatorUrl)];
  const auth = 'select identity.authenticate($1, $2)';
  const crypt = 'select crypt($1, $2) = $2';
  let cryptRate = 0;
  let authRate = 0;
  for (let round = 0; round < 2; round++) {
    cryptRate += await throughput(pair, options.seconds / 2, crypt, [[PASSWORD, hash], [PASSWORD, hash]]);
    authRate += await throughput(pair, options.seconds / 2, auth, [['bench_ok', PASSWORD], ['bench_ok_2', PASSWORD]]);
  }
  cryptRate /= 2;
  authRate /= 2;

  // Failure paths, interleaved with successes so that machine noise hits every path alike.
  const paths: Record<string, [string, string]> = {
    success: ['bench_ok', PASSWORD],
    unknown_login: ['nobody_at_all', PASSWORD],
    wrong_password: ['bench_wrong', 'not the right one'],
    suspended_account: ['bench_suspended', PASSWORD],
    locked_login: ['locked_login', PASSWORD],
    lower_cost_hash_wrong_password: ['bench_cheap', 'not the right one'],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(paths).map((k) => [k, []]));
  for (let i = 0; i < options.samples; i++) {
    for (const [name, params] of Object.entries(paths)) {
      const start = performance.now();
      const { rows } = await anon.query('select (identity.authenticate($1, $2)).user_uuid is not null as ok', params);
      times[name]!.push(performance.now() - start);
      if (rows[0].ok !== (name === 'success')) throw new Error(`path ${name} returned ${rows[0].ok}`);
    }
  }
  // One anonymous client at the default limits: a minute's flood from one address (the server sets it),
  // sign-ins spraying new logins and second steps with made-up challenges. Each login_failure row is one
  // bcrypt computation; refused calls do none.
  await su.query(`update identity_private.auth_settings set throttle_sign_ins_per_identifier = default,
                  throttle_sign_ins_per_client = default, lockout_max_attempts = default`);
  const { rows: [limits] } = await su.query('select throttle_sign_ins_per_client, extract(epoch from throttle_window) as window_s from identity_private.auth_settings');
  const flooder = await anonymousClient(db.authenticatorUrl);
  await flooder.query(`select set_config('idkit.request_meta', 'server', false), set_config('idkit.client_ip', '203.0.113.77', false)`);
  const floodCalls = 300;
  for (let i = 0; i < floodCalls; i++) {
    await flooder.query('select identity.authenticate($1, $2)', [`spray${i}@example.com`, 'Summer2024!']);
    await flooder.query('select identity.complete_mfa_login($1, $2)', [`${i + 1}.${'A'.repeat(24)}`, '123456']);
  }
  const { rows: [flood] } = await su.query(
    `select count(*) filter (where event_type = 'login_failure')::int as bcrypt, count(*)::int as audit
     from identity.login_audit_logs where ip_address = '203.0.113.77'`,
  );
  const perMinute = 60 / Number(limits.window_s);
  await flooder.end();

  const success = mean(times.success!);
  const ratio = authRate / cryptRate;
  report(
    'login',
    [
      { metric: `bcrypt cost`, value: settings.bcrypt_cost, unit: '' },
      { metric: 'raw crypt() calls/s (2 clients)', value: cryptRate, unit: '/s' },
      { metric: 'authenticate() calls/s (2 clients)', value: authRate, unit: '/s' },
      { metric: 'legitimate sign-ins/min (2 clients)', value: authRate * 60, unit: '/min' },
      {
        metric: `one anonymous client: bcrypt computations/min (${floodCalls * 2} calls)`,
        value: flood.bcrypt * perMinute,
        unit: '/min',
        target: `<= ${limits.throttle_sign_ins_per_client}`,
        pass: flood.bcrypt * perMinute <= limits.throttle_sign_ins_per_client,
      },
      {
        metric: 'one anonymous client: audit rows/min',
        value: flood.audit * perMinute,
        unit: '/min',
        target: `<= ${limits.throttle_sign_ins_per_client + 1}`,
        pass: flood.audit * perMinute <= limits.throttle_sign_ins_per_client + 1,
      },
      { metric: 'authenticate / crypt throughput', value: ratio, unit: 'x', target: '>= 0.95', pass: ratio >= 0.95 },
      { metric: 'successful sign-in, mean', value: success, unit: 'ms' },
      ...Object.keys(paths)
        .filter((k) => k !== 'success')
        .map((k) => {
          const r = mean(times[k]!) / success;
          return { metric: `${k} / success time`, value: r, unit: 'x', target: '0.9 to 1.1', pass: r >= 0.9 && r <= 1.1 };
        }),
    ],
    { samplesPerPath: options.samples, meansMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, mean(v)])) },
  );
  for (const client of [...pair, su]) await client.end();
}
