// `idkit maintain`: cleanup for cron. Calls app_private.maintain(batch_size) round after round, each round
// its own short transaction that skips rows live requests hold, until nothing is left or --max-rounds.
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
}

export interface MaintenanceReport {
  /** Rows deleted per table (the task names app_private.maintain returns). */
  deleted: Record<string, number>;
  rounds: number;
  /** False when the run stopped at maxRounds with rows still to delete. */
  finished: boolean;
}

export const MAINTENANCE_DEFAULTS = { batchSize: 1000, maxRounds: 100, pauseMs: 20 } as const;

/** Runs the cleanup as app_owner (ownerUrl); safe beside live traffic and beside another run. */
export async function maintain(ownerUrl: string, options: MaintenanceOptions = {}): Promise<MaintenanceReport> {
  const { batchSize, maxRounds, pauseMs } = { ...MAINTENANCE_DEFAULTS, ...options };
  return withClient(ownerUrl, async (client) => {
    // A round never waits long for a lock, and never runs away.
    await client.query(`set lock_timeout = '2s'; set statement_timeout = '60s'`);
    const deleted: Record<string, number> = {};
    for (let round = 1; ; round++) {
      const { rows } = await client.query<{ task: string; deleted: string }>(
        'select task, deleted from app_private.maintain($1)',
        [batchSize],
      );
      for (const row of rows) deleted[row.task] = (deleted[row.task] ?? 0) + Number(row.deleted);
      const more = rows.some((row) => Number(row.deleted) >= batchSize);
      if (!more) return { deleted, rounds: round, finished: true };
      if (round >= maxRounds) return { deleted, rounds: round, finished: false };
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
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
    const counts = Object.entries(report.deleted).map(([task, n]) => `${task} ${n}`).join(', ');
    console.log(`Deleted in ${report.rounds} round(s): ${counts}.`);
    if (report.finished) return EXIT.ok;
    console.log('Rows are left; the next run goes on.');
    return EXIT.unfinished;
  } finally {
    await target.stop();
  }
}
