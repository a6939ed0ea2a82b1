// currentUser through PostGraphile against a hand-written node:http + pg endpoint doing the same work
// (access-token verification and the database's session check included in both), in their own processes
// on the same database, measured alternately.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import type { ThrowawayServer } from '../src/db/throwaway.ts';
import { issueSession } from '../src/sessions/access-tokens.ts';
import { signingKeysFrom } from '../src/sessions/signing-keys.ts';
import { load, type LoadResult } from './load.ts';
import { report } from './report.ts';

function startServer(kind: string, authenticatorUrl: string, signingKeys: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'servers/serve.ts'), kind, authenticatorUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production', IDKIT_SIGNING_KEYS: signingKeys },
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), child }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

/**
 * What the database's session check costs one statement: current_user_uuid() (a primary-key lookup of the
 * session joined to the account's status) against reading the user claim alone, each evaluated 20,000
 * times in one statement as the app_user role; the best of three runs, in microseconds per call.
 */
async function sessionCheckCost(su: pg.Client, userUuid: string, sessionId: string): Promise<{ session: number; claimOnly: number }> {
  const calls = 20_000;
  const best = async (expression: string) => {
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      await su.query('begin');
      await su.query(`select set_config('jwt.claims.user_uuid', $1, true), set_config('jwt.claims.session_id', $2, true)`, [userUuid, sessionId]);
      await su.query('set local role app_user');
      const started = process.hrtime.bigint();
      // volatile wrapper: one evaluation per row, as in separate statements
      await su.query(`select count(${expression}) from generate_series(1, ${calls}) g where g > random() * 0 - 1`);
      fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1000 / calls);
      await su.query('rollback');
    }
    return fastest;
  };
  return {
    session: await best('(select identity.current_user_uuid() where g > 0)'),
    claimOnly: await best(`(select nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid where g > 0)`),
  };
}

export async function benchGraphQL(server: ThrowawayServer, options: { seconds: number; connections: number }): Promise<void> {
  const db = await server.createDatabase();
  const su = new pg.Client({ connectionString: db.superuserUrl });
  su.on('error', () => {});
  await su.connect();
  await su.query('update identity_private.auth_settings set bcrypt_cost = 4');
  await su.query(`select identity.register_user('bench_reader', 'reader@example.com', 'correct horse battery')`);
  // A real session, so that both servers' requests pass the database's session check; the access token
  // lives as long as the session (the bench outlasts the default five minutes).
  await su.query(`update identity_private.auth_settings set access_token_lifetime = interval '1 hour'`);
  const { rows: [grant] } = await su.query(`select * from identity.authenticate('bench_reader', 'correct horse battery')`);
  const sessionCheck = await sessionCheckCost(su, grant.user_uuid, grant.session_id);
  await su.end();
  const secret = server.secrets.signingKeys;
  const session = await issueSession(await signingKeysFrom(secret), grant);
  if (!session) throw new Error('the bench user could not sign in');
  const headers = { authorization: `Bearer ${session.accessToken}` };
  const body = JSON.stringify({ query: '{ currentUser { uuid createdAt } }' });

  const servers = {
    postgraphile: await startServer('postgraphile', db.authenticatorUrl, secret),
    handwritten: await startServer('handwritten', db.authenticatorUrl, secret),
  };
  try {
    const results: Record<string, LoadResult[]> = { postgraphile: [], handwritten: [] };
    for (const s of Object.values(servers)) await load(s.url, body, headers, options.connections, 1); // warm-up
    for (let round = 0; round < 3; round++) {
      for (const [kind, s] of Object.entries(servers)) {
        results[kind]!.push(await load(s.url, body, headers, options.connections, options.seconds / 3));
      }
    }
    const summary = (rs: LoadResult[]) => ({
      rps: rs.reduce((a, r) => a + r.requests, 0) / options.seconds,
      p99: Math.max(...rs.map((r) => r.p99)),
      p50: rs.map((r) => r.p50).sort((a, b) => a - b)[1]!,
      errors: rs.reduce((a, r) => a + r.errors, 0),
    });
    const pgl = summary(results.postgraphile!);
    const hand = summary(results.handwritten!);
    if (pgl.errors + hand.errors > 0) throw new Error(`requests failed: postgraphile ${pgl.errors}, handwritten ${hand.errors}`);
    const ratio = pgl.rps / hand.rps;
    report(
      'graphql',
      [
        { metric: 'handwritten node:http + pg req/s', value: hand.rps, unit: '/s' },
        { metric: 'handwritten p50', value: hand.p50, unit: 'ms' },
        { metric: 'handwritten p99', value: hand.p99, unit: 'ms' },
        { metric: 'PostGraphile currentUser req/s', value: pgl.rps, unit: '/s' },
        { metric: 'PostGraphile p50', value: pgl.p50, unit: 'ms' },
        { metric: 'PostGraphile p99', value: pgl.p99, unit: 'ms' },
        { metric: 'PostGraphile / handwritten req/s', value: ratio, unit: 'x', target: '>= 0.6 (anchor 0.42-0.50)', pass: ratio >= 0.6 },
        { metric: 'session check per statement (current_user_uuid)', value: sessionCheck.session, unit: 'us' },
        { metric: 'claim only, no session check', value: sessionCheck.claimOnly, unit: 'us' },
      ],
      { connections: options.connections, seconds: options.seconds, rounds: results },
    );
  } finally {
    for (const s of Object.values(servers)) s.child.kill('SIGTERM');
  }
}
