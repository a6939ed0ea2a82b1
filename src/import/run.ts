// Runs an import: reads a source in order, sends batches to identity_private.import_accounts, each batch its own
// transaction (an account is imported whole or not at all), and keeps the counts for the final report.
import pg from 'pg';
import { isUnreadable, type ImportAccount, type ImportSource } from './account.ts';

export interface SkippedRow {
  source_id: string;
  reason: string;
}

export interface ImportReport {
  source: string;
  dryRun: boolean;
  /** Rows read from the source. */
  read: number;
  imported: number;
  /** Imported accounts without a usable password: they must reset it before they can sign in. */
  mustResetPassword: number;
  /** Skipped rows per reason (`already_imported` included). */
  skipped: Record<string, number>;
  /** The skipped rows themselves, except `already_imported`, up to `maxListed`. */
  skippedRows: SkippedRow[];
  batches: number;
  /**
   * Batches run again because a concurrent change (a registration or verification taking a username or
   * address mid-batch) made them fail; each rerun sees the change and resolves it (next derived username,
   * or the account skipped as duplicate_email).
   */
  retries: number;
  seconds: number;
  /** False when the run was interrupted (the signal): run it again to go on. */
  finished: boolean;
}

export interface ImportProgress {
  read: number;
  imported: number;
  skipped: number;
  total?: number;
}

export interface ImportOptions {
  batchSize?: number;
  dryRun?: boolean;
  /** Called after every batch. */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops between batches; what was committed stays, a rerun goes on. */
  signal?: AbortSignal;
  maxListed?: number;
}

export const IMPORT_DEFAULTS = { batchSize: 5000, maxListed: 10_000 } as const;

/**
 * What a concurrent registration, verification or provider link can make a batch fail with: a unique
 * violation (it took a username, a verified address or a provider account after the batch checked them),
 * a deadlock or a serialisation failure. The batch is rolled back and run again, up to MAX_ATTEMPTS times.
 */
const RETRYABLE = new Set(['23505', '40P01', '40001']);
export const MAX_ATTEMPTS = 5;

/** Imports into the identity database at ownerUrl (app_owner). */
export async function runImport(ownerUrl: string, source: ImportSource, options: ImportOptions = {}): Promise<ImportReport> {
  const { batchSize, maxListed } = { ...IMPORT_DEFAULTS, ...options };
  const started = performance.now();
  const report: ImportReport = {
    source: source.name, dryRun: options.dryRun ?? false, read: 0, imported: 0, mustResetPassword: 0,
    skipped: {}, skippedRows: [], batches: 0, retries: 0, seconds: 0, finished: true,
  };
  const skip = (row: SkippedRow) => {
    report.skipped[row.reason] = (report.skipped[row.reason] ?? 0) + 1;
    if (row.reason !== 'already_imported' && report.skippedRows.length < maxListed) report.skippedRows.push(row);
  };
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const total = await source.total();
    // A dry run is one transaction rolled back at the end, so that later batches see the earlier ones.
    if (report.dryRun) await client.query('begin');
    let batch: ImportAccount[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      type Row = { source_id: string; outcome: string; reason: string | null; must_reset_password: boolean | null };
      let rows: Row[];
      for (let attempt = 1; ; attempt++) {
        // A dry run keeps its one transaction: each batch is a savepoint within it.
        await client.query(report.dryRun ? 'savepoint import_batch' : 'begin');
        try {
          rows = (await client.query<Row>(
            'select source_id, outcome, reason, must_reset_password from identity_private.import_accounts($1, $2::jsonb)',
            [source.name, JSON.stringify(batch)],
          )).rows;
          await client.query(report.dryRun ? 'release savepoint import_batch' : 'commit');
          break;
        } catch (error) {
          await client.query(report.dryRun ? 'rollback to savepoint import_batch' : 'rollback').catch(() => {});
          const code = (error as { code?: string }).code;
          if (code === undefined || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
          report.retries++;
        }
      }
      for (const row of rows) {
        if (row.outcome === 'imported') {
          report.imported++;
          if (row.must_reset_password) report.mustResetPassword++;
        } else skip({ source_id: row.source_id, reason: row.reason! });
      }
      report.batches++;
      batch = [];
      options.onProgress?.({ read: report.read, imported: report.imported, skipped: sum(report.skipped), total });
    };
    for await (const item of source.rows()) {
      report.read++;
      if (isUnreadable(item)) skip(item);
      else batch.push(item);
      if (batch.length >= batchSize) {
        await flush();
        if (options.signal?.aborted) {
          report.finished = false;
          break;
        }
      }
    }
    if (report.finished) await flush();
    if (report.dryRun) await client.query('rollback');
  } finally {
    await client.end();
    await source.close();
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** True when the run found nothing it had not imported before. */
export function nothingNew(report: ImportReport): boolean {
  return report.imported === 0 && report.read > 0 && report.skipped.already_imported === report.read;
}
