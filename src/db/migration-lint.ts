// Migration safety: squawk (npm squawk-cli, its binary ships in the package) over every migration after the
// baseline and over current.sql, configured by .squawk.toml for graphile-migrate's one transaction per
// migration, plus idkit's own rule: each such migration sets lock_timeout and statement_timeout, so that it
// fails fast instead of queueing the application's queries behind its locks.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { isNoTransactionDefined } from 'graphile-migrate/dist/header.js';
import { PROJECT_ROOT } from './migrations.ts';

const run = promisify(execFile);

export interface LintViolation {
  /** As given (relative to the project root for the project's own migrations). */
  file: string;
  /** 1-based; 0 for a rule about the whole file. */
  line: number;
  rule: string;
  message: string;
}

/** The rule idkit adds to squawk's (whose require-lock-timeout only fires before statements it knows are slow). */
export const TIMEOUT_RULE = 'idkit-require-timeout-settings';

const CONFIG = path.join(PROJECT_ROOT, '.squawk.toml');

/** `excluded_paths` of .squawk.toml: the baseline (000001-*), which creates every object from nothing. */
export function excludedPaths(configFile = CONFIG): string[] {
  const toml = fs.readFileSync(configFile, 'utf8');
  const list = /^excluded_paths\s*=\s*\[([\s\S]*?)\]/m.exec(toml)?.[1] ?? '';
  return [...list.replace(/#.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/** migrations/committed/*.sql after the baseline, and migrations/current.sql, relative to the project root. */
export function migrationsToLint(root = PROJECT_ROOT, configFile = CONFIG): string[] {
  const excluded = excludedPaths(configFile);
  const committed = fs
    .readdirSync(path.join(root, 'migrations', 'committed'))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => `migrations/committed/${f}`);
  return [...committed, 'migrations/current.sql'].filter((file) => !excluded.some((pattern) => path.matchesGlob(file, pattern)));
}

/** SQL without comments, for idkit's own rule. */
function statementsOf(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--.*$/gm, ' ');
}

/** A migration with statements must set both timeouts (`set [local] lock_timeout = ...`, same for statement_timeout). */
export function timeoutViolations(file: string, sql: string): LintViolation[] {
  const body = statementsOf(sql);
  if (body.trim() === '') return [];
  return (['lock_timeout', 'statement_timeout'] as const)
    .filter((setting) => !new RegExp(`\\bset\\s+(local\\s+)?${setting}\\b`, 'i').test(body))
    .map((setting) => ({
      file,
      line: 0,
      rule: TIMEOUT_RULE,
      message: `${file} does not set ${setting}: start it with \`set local lock_timeout = '2s'; set local statement_timeout = '30s';\``,
    }));
}

function squawkBinary(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('squawk-cli/package.json')), 'js', 'bin', 'squawk');
}

interface SquawkJson {
  file: string;
  line: number;
  rule_name: string;
  message: string;
  help?: string;
}

/** squawk with .squawk.toml over one file; `--! no-transaction` files are linted as running outside a transaction. */
async function squawk(file: string, cwd: string, configFile: string): Promise<LintViolation[]> {
  const sql = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  const args = [squawkBinary(), '--config', configFile, '--reporter', 'json', ...(isNoTransactionDefined(sql) ? ['--no-assume-in-transaction'] : []), file];
  // squawk exits 1 when it reports something; the JSON on stdout is the answer either way.
  const { stdout } = await run(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
    if (error.code === 1 && error.stdout) return { stdout: error.stdout };
    throw new Error(`squawk failed on ${file}: ${error.stderr ?? String(error)}`);
  });
  const found = JSON.parse(stdout.trim() || '[]') as SquawkJson[];
  return found.map((v) => ({ file, line: v.line + 1, rule: v.rule_name, message: v.help ? `${v.message} ${v.help}` : v.message }));
}

/** Lints `files` (default: migrationsToLint()) with squawk and the timeout rule. */
export async function lintMigrations(options: { files?: string[]; cwd?: string; configFile?: string } = {}): Promise<LintViolation[]> {
  const cwd = options.cwd ?? PROJECT_ROOT;
  const configFile = options.configFile ?? CONFIG;
  const files = options.files ?? migrationsToLint(cwd, configFile);
  const violations: LintViolation[] = [];
  for (const file of files) {
    violations.push(...(await squawk(file, cwd, configFile)));
    violations.push(...timeoutViolations(file, fs.readFileSync(path.resolve(cwd, file), 'utf8')));
  }
  return violations;
}

export function describeViolations(violations: LintViolation[]): string {
  return violations.map((v) => `${v.file}${v.line ? `:${v.line}` : ''}: ${v.rule}: ${v.message}`).join('\n');
}
