// `idkit import supabase|graphile-starter --from <url>`, `idkit import jsonl|csv <file>`: accounts from
// other systems with their passwords (src/import/). importUsers() is the library function; importCommand
// the CLI around it.
import fs from 'node:fs';
import type { Config } from '../config.ts';
import { prepareDatabase } from '../db/prepare.ts';
import type { ImportSource } from '../import/account.ts';
import { csvSource } from '../import/csv.ts';
import { graphileStarterSource } from '../import/graphile-starter.ts';
import { jsonlSource } from '../import/jsonl.ts';
import { progressView } from '../import/progress.ts';
import { nothingNew, runImport, type ImportOptions, type ImportReport } from '../import/run.ts';
import { supabaseSource } from '../import/supabase.ts';
import { EXIT } from './exit-codes.ts';

export type ImportKind = 'supabase' | 'graphile-starter' | 'jsonl' | 'csv';

export interface ImportRequest {
  kind: ImportKind;
  /** The source database URL (supabase, graphile-starter) or the file (jsonl, csv). */
  from: string;
}

export function openSource(request: ImportRequest): ImportSource {
  switch (request.kind) {
    case 'supabase': return supabaseSource(request.from);
    case 'graphile-starter': return graphileStarterSource(request.from);
    case 'jsonl': return jsonlSource(request.from);
    case 'csv': return csvSource(request.from);
  }
}

/** Imports the accounts of a source into the identity database at ownerUrl (app_owner). */
export function importUsers(ownerUrl: string, request: ImportRequest, options: ImportOptions = {}): Promise<ImportReport> {
  return runImport(ownerUrl, openSource(request), options);
}

export const IMPORT_USAGE = `Usage: idkit import supabase --from <postgres URL> [--dry-run] [--batch-size N]
       idkit import graphile-starter --from <postgres URL> [--dry-run] [--batch-size N]
       idkit import jsonl <file> [--dry-run] [--batch-size N]
       idkit import csv <file> [--dry-run] [--batch-size N]`;

export function parseImportArgs(args: string[]): { request: ImportRequest; options: ImportOptions } | undefined {
  const [kind, ...rest] = args;
  const options: ImportOptions = {};
  let from: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--from') from = rest[++i];
    else if (arg === '--batch-size') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 100_000) return undefined;
      options.batchSize = n;
    } else if (arg.startsWith('--')) return undefined;
    else positional.push(arg);
  }
  if (kind === 'supabase' || kind === 'graphile-starter') {
    if (!from || positional.length > 0) return undefined;
    return { request: { kind, from }, options };
  }
  if (kind === 'jsonl' || kind === 'csv') {
    if (from !== undefined || positional.length !== 1) return undefined;
    return { request: { kind, from: positional[0]! }, options };
  }
  return undefined;
}

export function formatReport(report: ImportReport, listed = 20): string {
  const lines: string[] = [];
  const what = report.dryRun ? 'Dry run (nothing written)' : 'Import';
  if (nothingNew(report)) {
    lines.push(`${what} from ${report.source}: nothing new to import; all ${report.read} accounts were imported before.`);
    return lines.join('\n');
  }
  const rate = Math.round(report.read / Math.max(report.seconds, 0.001));
  lines.push(`${what} from ${report.source}: ${report.read} read, ${report.imported} imported, ${report.read - report.imported} skipped, in ${report.seconds.toFixed(1)} s (${rate} accounts/s).`);
  if (report.mustResetPassword > 0) {
    lines.push(`${report.mustResetPassword} imported account(s) had no usable password: they must reset it before they can sign in.`);
  }
  if (report.retries > 0) {
    lines.push(`${report.retries} batch(es) ran again: a concurrent registration took a username or address while they ran.`);
  }
  for (const [reason, n] of Object.entries(report.skipped).sort()) lines.push(`  skipped ${n}: ${reason}`);
  for (const row of report.skippedRows.slice(0, listed)) lines.push(`    ${row.source_id}: ${row.reason}`);
  if (report.skippedRows.length > listed) lines.push(`    ... and ${report.skippedRows.length - listed} more`);
  if (!report.finished) lines.push('Interrupted: run the same command again to go on.');
  return lines.join('\n');
}

/** True when some rows were skipped for a reason other than being there already. */
export function hasBadRows(report: ImportReport): boolean {
  return Object.entries(report.skipped).some(([reason, n]) => reason !== 'already_imported' && n > 0);
}

export async function importCommand(config: Config, args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if (!parsed) {
    console.error(IMPORT_USAGE);
    return EXIT.usage;
  }
  const { request, options } = parsed;
  if ((request.kind === 'jsonl' || request.kind === 'csv') && !fs.existsSync(request.from)) {
    console.error(`No such file: ${request.from}`);
    return EXIT.noInput;
  }
  const target = await prepareDatabase(config, { migrate: false });
  const view = progressView();
  // Ctrl-C stops after the batch in flight; what was committed stays and a rerun goes on.
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const report = await importUsers(target.ownerUrl, request, { ...options, signal: controller.signal, onProgress: (p) => view.update(p) });
    view.stop();
    console.log(formatReport(report));
    if (!report.finished) return EXIT.unfinished;
    return hasBadRows(report) ? EXIT.badData : EXIT.ok;
  } finally {
    view.stop();
    process.off('SIGINT', onSigint);
    await target.stop();
  }
}
