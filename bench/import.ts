// `npm run bench -- import [--accounts N]`: accounts per second of `idkit import jsonl` (importUsers, the
// library function behind it) against a plain COPY of the same rows into the same tables, each into its own
// fresh database on one throwaway server, side by side in one run.
//
// Both sides write the same rows: a user, a profile, a verified primary address, the `user` role, bcrypt
// credentials, the imported_accounts key and the `imported` audit event per account (user_status comes from
// the users trigger on both sides). The COPY side gets them ready-made (uuids and usernames decided
// beforehand) and checks nothing: it is the floor the importer's checks, username derivation and JSON
// parsing are measured against.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import bcrypt from 'bcryptjs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { importUsers } from '../src/commands/import.ts';
import type { ThrowawayServer } from '../src/db/throwaway.ts';
import { report } from './report.ts';

/** The rows of the COPY side, one table at a time, as COPY's text format. */
function* copyRows(n: number, hash: string, roleId: number): Generator<[table: string, columns: string, lines: () => Generator<string>]> {
  const uuids = Array.from({ length: n }, () => randomUUID());
  const at = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString();
  yield ['identity.users', 'uuid, created_at', function* () {
    for (let i = 0; i < n; i++) yield `${uuids[i]}\t${at(i)}\n`;
  }];
  yield ['identity.user_profiles', 'user_uuid, username, display_name', function* () {
    for (let i = 0; i < n; i++) yield `${uuids[i]}\tbench_${i}\tBench User ${i}\n`;
  }];
  yield ['identity.user_emails', 'user_uuid, email, is_verified, is_primary, created_at', function* () {
    for (let i = 0; i < n; i++) yield `${uuids[i]}\tbench${i}@example.com\tt\tt\t${at(i)}\n`;
  }];
  yield ['identity.user_roles', 'user_uuid, role_id', function* () {
    for (let i = 0; i < n; i++) yield `${uuids[i]}\t${roleId}\n`;
  }];
  yield ['identity_private.user_credentials', 'user_uuid, password_hash, password_changed_at', function* () {
    for (let i = 0; i < n; i++) yield `${uuids[i]}\t${hash}\t${at(i)}\n`;
  }];
  yield ['identity_private.imported_accounts', 'source, source_id, user_uuid, must_reset_password', function* () {
    for (let i = 0; i < n; i++) yield `file\tbench${i}@example.com\t${uuids[i]}\tf\n`;
  }];
  yield ['identity.login_audit_logs', 'event_type, user_uuid, reason', function* () {
    for (let i = 0; i < n; i++) yield `imported\t${uuids[i]}\tfrom file\n`;
  }];
}

/** Lines joined into chunks of about 64 KiB, so that the stream is not one write per row. */
function* chunked(lines: Generator<string>): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= 65536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

export async function benchImport(server: ThrowawayServer, options: { accounts: number }): Promise<void> {
  const n = options.accounts;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-bench-import-'));
  try {
    // One real hash for every account: the import does no bcrypt work, so one is as good as many.
    const hash = bcrypt.hashSync('bench import password', 10);
    const file = path.join(dir, 'accounts.jsonl');
    const out = fs.createWriteStream(file);
    await pipeline(Readable.from(chunked((function* () {
      for (let i = 0; i < n; i++) {
        yield JSON.stringify({
          email: `bench${i}@example.com`, username: `bench_${i}`, display_name: `Bench User ${i}`, password_hash: hash,
          email_verified: true, created_at: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(), roles: [],
        }) + '\n';
      }
    })())), out);

    // The COPY floor first, so that the two sides see the server alike (both start from a fresh database).
    const copyDb = await server.createDatabase();
    const su = new pg.Client({ connectionString: copyDb.superuserUrl });
    await su.connect();
    let copySeconds: number;
    try {
      const { rows: [role] } = await su.query<{ role_id: number }>(`select role_id from identity.roles where role_name = 'user'`);
      const tables = [...copyRows(n, '$2a$' + hash.slice(4), role!.role_id)];
      const started = performance.now();
      await su.query('begin');
      for (const [table, columns, lines] of tables) {
        await pipeline(Readable.from(chunked(lines())), su.query(copyFrom(`copy ${table} (${columns}) from stdin`)));
      }
      await su.query('commit');
      copySeconds = (performance.now() - started) / 1000;
      const { rows: [check] } = await su.query<{ n: number }>('select count(*)::int as n from identity_private.user_credentials');
      if (check!.n !== n) throw new Error(`COPY wrote ${check!.n} credentials, not ${n}`);
    } finally {
      await su.end();
    }

    const importDb = await server.createDatabase();
    const result = await importUsers(importDb.ownerUrl, { kind: 'jsonl', from: file });
    if (result.imported !== n) throw new Error(`the import imported ${result.imported} of ${n}: ${JSON.stringify(result.skipped)}`);
    const importSeconds = result.seconds;

    const importRate = n / importSeconds;
    const copyRate = n / copySeconds;
    report(
      'import',
      [
        { metric: `accounts`, value: n, unit: '' },
        { metric: 'plain COPY of the same rows, accounts/s', value: copyRate, unit: '/s' },
        { metric: 'idkit import jsonl, accounts/s', value: importRate, unit: '/s' },
        { metric: 'idkit import jsonl, seconds', value: importSeconds, unit: 's' },
        { metric: 'import / COPY throughput', value: importRate / copyRate, unit: 'x' },
        {
          metric: 'projected minutes for 1M accounts',
          value: 1_000_000 / importRate / 60,
          unit: 'min',
          target: '< 30',
          pass: 1_000_000 / importRate / 60 < 30,
        },
      ],
      { accounts: n, batchSize: 5000, copySeconds, importSeconds, batches: result.batches },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
