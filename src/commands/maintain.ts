// `idkit maintain`: upkeep for cron. Keeps the audit log's monthly partitions ready ahead and drops those past
// the retention period, one partition per short transaction that gives up on a lock after 500 ms and retries;
// then calls identity_private.maintain(batch_size) round after round, each round its own short transaction that
// skips rows live requests hold, until nothing is left or --max-rounds.
import type pg from 'pg';
import type { Config } from '../config.ts';
import { withClient } from '../db/connect.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { EXIT } from './exit-codes.ts';

export interface MaintenanceOptions {
  /** Rows of each kind one round deletes at most (1 to 100000). */
  batchSize?: number;
  /** Rounds before giving up for this run; what is left waits for the next one. */
  maxRounds?: number;
  /** Pause between rounds, leaving the server to live traffic. */
  pauseMs?: number;
  /** Tries per partition to create or drop when a lock is not granted within 500 ms. */
  partitionAttempts?: number;
  /** Pause before the next try, doubled after each. */
  partitionRetryPauseMs?: number;
}

export interface PartitionReport {
  /** Partitions of identity.login_audit_logs created ahead. */
  created: string[];
  /** Partitions dropped because every event in them was past auth_settings.login_audit_retention_months. */
  dropped: string[];
  /** What is left for the next run, and why. */
  pending: { partition: string; reason: string }[];
}

export interface MaintenanceReport {
  /** Rows deleted per table (the task names identity_private.maintain returns). */
  deleted: Record<string, number>;
  rounds: number;
  /** False when the run stopped at maxRounds with rows still to delete, or left partition work pending. */
  finished: boolean;
  partitions: PartitionReport;
}

export const MAINTENANCE_DEFAULTS = {
  batchSize: 1000,
  maxRounds: 100,
  pauseMs: 20,
  partitionAttempts: 5,
  partitionRetryPauseMs: 200,
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `sql` (one call, so one transaction) until it is not refused for a lock (55P03); the function itself
 * waits at most 500 ms per lock, so sign-ins queue behind it no longer than that, and never behind a pause.
 */
async function withLockRetries<T>(attempts: number, pauseMs: number, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string }).code !== '55P03' || attempt >= attempts) throw error;
      await sleep(pauseMs * 2 ** (attempt - 1));
    }
  }
}

function pendingReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === '55P03') return 'a lock was not granted within 500 ms, however often it was tried';
  if (code === '23514') return 'the default partition holds events of that month (move them out, then run again)';
  throw error;
}

/** Creates the months due ahead, then drops those past retention: each partition in its own transaction. */
export async function upkeepAuditPartitions(client: pg.ClientBase, options: MaintenanceOptions = {}): Promise<PartitionReport> {
  const { partitionAttempts, partitionRetryPauseMs } = { ...MAINTENANCE_DEFAULTS, ...options };
  const report: PartitionReport = { created: [], dropped: [], pending: [] };
  const due = await client.query<{ month: string; name: string }>(
    `select to_char(m, 'YYYY-MM-DD') as month, (identity_private.login_audit_month(m)).partition_name as name
       from identity_private.login_audit_months_to_create() m`,
  );
  for (const { month, name } of due.rows) {
    try {
      const { rows } = await withLockRetries(partitionAttempts, partitionRetryPauseMs, () =>
        client.query<{ name: string | null }>('select identity_private.create_login_audit_partition($1::date) as name', [month]),
      );
      if (rows[0]?.name) report.created.push(rows[0].name);
    } catch (error) {
      report.pending.push({ partition: name, reason: pendingReason(error) });
    }
  }
  // DETACH ... CONCURRENTLY would be gentler, but PostgreSQL refuses it while the table has a default
  // partition; drop_login_audit_partition detaches under its 500 ms lock_timeout instead.
  const expired = await client.query<{ name: string }>('select p as name from identity_private.login_audit_partitions_to_drop() p');
  for (const { name } of expired.rows) {
    try {
      const { rows } = await withLockRetries(partitionAttempts, partitionRetryPauseMs, () =>
        client.query<{ dropped: boolean }>('select identity_private.drop_login_audit_partition($1) as dropped', [name]),
      );
      if (rows[0]?.dropped) report.dropped.push(name);
    } catch (error) {
      report.pending.push({ partition: name, reason: pendingReason(error) });
    }
  }
  return report;
}

/** Runs partition upkeep and the cleanup as app_owner (ownerUrl); safe beside live traffic and beside another run. */
export async function maintain(ownerUrl: string, options: MaintenanceOptions = {}): Promise<MaintenanceReport> {
  const { batchSize, maxRounds, pauseMs } = { ...MAINTENANCE_DEFAULTS, ...options };
  return withClient(ownerUrl, async (client) => {
    // A round never waits long for a lock, and never runs away.
    await client.query(`set lock_timeout = '2s'; set statement_timeout = '60s'`);
    const partitions = await upkeepAuditPartitions(client, options);
    const partitionsDone = partitions.pending.length === 0;
    const deleted: Record<string, number> = {};
    for (let round = 1; ; round++) {
      const { rows } = await client.query<{ task: string; deleted: string }>(
        'select task, deleted from identity_private.maintain($1)',
        [batchSize],
      );
      for (const row of rows) deleted[row.task] = (deleted[row.task] ?? 0) + Number(row.deleted);
      const more = rows.some((row) => Number(row.deleted) >= batchSize);
      if (!more) return { deleted, rounds: round, finished: partitionsDone, partitions };
      if (round >= maxRounds) return { deleted, rounds: round, finished: false, partitions };
      if (pauseMs > 0) await sleep(pauseMs);
    }
  });
}

/** `--batch-size N --max-rounds N`; undefined for anything else. */
export function parseMaintenanceArgs(args: string[]): MaintenanceOptions | undefined {
  const options: MaintenanceOptions = {};
  for (let i = 0; i < args.length; i += 2) {
    const value = Number(args[i + 1]);
    if (!Number.isInteger(value) || value < 1) return undefined;
    if (args[i] === '--batch-size' && value <= 100_000) options.batchSize = value;
    else if (args[i] === '--max-rounds') options.maxRounds = value;
    else return undefined;
  }
  return options;
}

export async function maintainCommand(config: Config, args: string[]): Promise<number> {
  const options = parseMaintenanceArgs(args);
  if (!options) {
    console.error('Usage: idkit maintain [--batch-size 1..100000] [--max-rounds N]');
    return EXIT.usage;
  }
  const target = await prepareDatabase(config, { migrate: false });
  try {
    const report = await maintain(target.ownerUrl, options);
    const { created, dropped, pending } = report.partitions;
    const list = (names: string[]) => (names.length > 0 ? names.join(', ') : 'none');
    console.log(`Audit log partitions: created ${list(created)}; dropped ${list(dropped)}.`);
    for (const { partition, reason } of pending) console.log(`Partition ${partition} left for the next run: ${reason}.`);
    const counts = Object.entries(report.deleted).map(([task, n]) => `${task} ${n}`).join(', ');
    console.log(`Deleted in ${report.rounds} round(s): ${counts}.`);
    if (report.finished) return EXIT.ok;
    console.log('Work is left; the next run goes on.');
    return EXIT.unfinished;
  } finally {
    await target.stop();
  }
}
