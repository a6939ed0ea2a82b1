// `generated/`: PgTyped query modules from sql/, Zapatos schema types, the GraphQL SDL and schema.sql.
// Everything is generated in a scratch folder first, so a drift check never touches generated/.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as zapatos from 'zapatos/generate';
import { withClient } from '../db/connect.ts';
import { PROJECT_ROOT } from '../db/migrations.ts';
import type { DatabaseTarget } from '../db/target.ts';
import { printGraphQLSchema } from './graphql-schema.ts';
import { dumpMigratedSchema } from './schema-dump.ts';

const run = promisify(execFile);

function partitionsOf(url: string, schema: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relispartition order by 1`,
      [schema],
    );
    return rows.map((r) => r.relname);
  });
}

export interface GenerateOptions {
  target: Pick<DatabaseTarget, 'ownerUrl' | 'authenticatorUrl'>;
  /** Folder of PgTyped query files (default sql/). */
  sqlDir?: string;
  /** Folder of the migrations generated/schema.sql is built from (default migrations/). */
  migrationsFolder?: string;
}

function listFiles(root: string, dir = ''): string[] {
  const here = path.join(root, dir);
  if (!fs.existsSync(here)) return [];
  return fs
    .readdirSync(here, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(root, path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** Generates everything into a fresh scratch folder and returns its `generated/` path. */
export async function generateIntoScratch(options: GenerateOptions): Promise<string> {
  // The schema dump replays the migrations in PGlite for seconds: it runs while PgTyped and Zapatos work.
  const schemaDump = dumpMigratedSchema(options.migrationsFolder);
  schemaDump.catch(() => {});
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-gen-'));
  const out = path.join(work, 'generated');
  fs.mkdirSync(out);
  // PgTyped writes the source path into each file's header, so it runs from a folder laid out like the project.
  fs.cpSync(options.sqlDir ?? path.join(PROJECT_ROOT, 'sql'), path.join(work, 'sql'), { recursive: true });
  fs.copyFileSync(path.join(PROJECT_ROOT, 'pgtyped.json'), path.join(work, 'pgtyped.json'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^PG|^DATABASE_URL$/.test(key)));
  const pgtyped = await run(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/@pgtyped/cli/lib/index.js'), '-c', 'pgtyped.json', '--uri', options.target.ownerUrl],
    { cwd: work, env },
  );
  // PgTyped reports some parse errors only in its output and skips the file: treat them as failures.
  const missing = fs
    .readdirSync(path.join(work, 'sql'))
    .filter((f) => f.endsWith('.sql') && !fs.existsSync(path.join(out, f.replace(/\.sql$/, '.queries.ts'))));
  if (missing.length > 0 || /Errors:|Error:/.test(pgtyped.stdout + pgtyped.stderr)) {
    throw new Error(`PgTyped could not generate ${missing.join(', ') || 'every query'}:\n${pgtyped.stdout}${pgtyped.stderr}`);
  }
  await zapatos.generate({
    db: { connectionString: options.target.ownerUrl },
    outDir: out,
    // Partitions come and go with the calendar; applications use their parent table.
    schemas: { identity: { include: '*', exclude: await partitionsOf(options.target.ownerUrl, 'identity') } },
    unprefixedSchema: null,
    progressListener: false,
    warningListener: false,
  });
  fs.writeFileSync(path.join(out, 'schema.graphql'), await printGraphQLSchema(options.target.authenticatorUrl));
  // The committed migrations replayed and dumped in a pinned PostgreSQL, not the target's: see schema-dump.ts.
  fs.writeFileSync(path.join(out, 'schema.sql'), await schemaDump);
  return out;
}

export interface DriftReport {
  changed: string[];
  added: string[];
  removed: string[];
}

/** Compares a freshly generated folder with the committed one. */
export function compareGenerated(fresh: string, committed: string): DriftReport {
  const freshFiles = listFiles(fresh);
  const committedFiles = listFiles(committed);
  return {
    changed: freshFiles.filter(
      (f) => committedFiles.includes(f) && !fs.readFileSync(path.join(fresh, f)).equals(fs.readFileSync(path.join(committed, f))),
    ),
    added: freshFiles.filter((f) => !committedFiles.includes(f)),
    removed: committedFiles.filter((f) => !freshFiles.includes(f)),
  };
}

export function hasDrift(report: DriftReport): boolean {
  return report.changed.length + report.added.length + report.removed.length > 0;
}

export function describeDrift(report: DriftReport): string {
  const lines = [
    ...report.changed.map((f) => `  changed: generated/${f}`),
    ...report.added.map((f) => `  missing: generated/${f}`),
    ...report.removed.map((f) => `  stale:   generated/${f}`),
  ];
  return `generated/ is out of date with the schema or sql/:\n${lines.join('\n')}\nRun \`npm run gen\` and commit the result.`;
}

/** Regenerates generated/ in place. */
export async function generate(options: GenerateOptions & { outDir?: string }): Promise<DriftReport> {
  const fresh = await generateIntoScratch(options);
  const outDir = options.outDir ?? path.join(PROJECT_ROOT, 'generated');
  const report = compareGenerated(fresh, outDir);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync(fresh, outDir, { recursive: true });
  fs.rmSync(path.dirname(fresh), { recursive: true, force: true });
  return report;
}

/** Generates into a scratch folder and reports how generated/ differs, changing nothing. */
export async function checkGenerated(options: GenerateOptions & { committedDir?: string }): Promise<DriftReport> {
  const fresh = await generateIntoScratch(options);
  try {
    return compareGenerated(fresh, options.committedDir ?? path.join(PROJECT_ROOT, 'generated'));
  } finally {
    fs.rmSync(path.dirname(fresh), { recursive: true, force: true });
  }
}
