#!/usr/bin/env node
// idkit: the command-line entry. Each command is a library function in src/commands/.
import './graphile-env.ts';
// Only what every command needs is imported up front, so Ctrl-C is handled from the first moment;
// each command's module (and PostGraphile, PostgreSQL...) loads when that command runs, after a check that the
// optional packages it needs are installed (an application using only the typed client has none of them).
import { CommandError, EXIT } from './commands/exit-codes.ts';
import { API_PACKAGES, requirePackages, SCHEMA_PACKAGES } from './commands/optional-packages.ts';
import { loadConfig } from './config.ts';
import { installInterruptHandlers, isInterrupted } from './lifecycle.ts';

installInterruptHandlers();

const USAGE = `Usage: idkit <command>

  start          database, migrations and the GraphQL API; stays in the foreground (npm start)
  serve          production API: only IDKIT_AUTHENTICATOR_URL, IDKIT_SIGNING_KEYS, IDKIT_TOKEN_KEYS; never migrates,
                 refuses a schema older than the code (exit 78)
  db [--show-secrets]  start the database and print its connection strings (passwords only with
                 --show-secrets, refused in production)
  migrate [--create]  apply committed migrations (--create: create a missing DATABASE_URL database)
  status         list applied and pending migrations (exit code: 1 pending, 2 uncommitted work, 3 both)
  doctor         check the live database: RLS, search_path, PUBLIC execute, secret columns, migrations,
                 audit partitions, roles and grants (exit code: 1 findings, each printed with its check)
  watch [--once] graphile-migrate watch mode: re-run migrations/current.sql on every save (development)
  admin grant|revoke <email-or-username>
                 make or unmake an administrator (audited; the last active one stays)
  gen [--check]  regenerate generated/ (typed queries, Zapatos types, GraphQL SDL); --check exits 4 on drift
  maintain       delete expired tokens, MFA challenges and old failure counters in batches; for cron
                 [--batch-size N] [--max-rounds N] (exit code: 75 rows left after --max-rounds)
  import supabase|graphile-starter --from URL, import jsonl|csv FILE   [--dry-run] [--batch-size N]
                 bring accounts with their passwords (exit code: 65 rows skipped as invalid, 75 interrupted)
  reset --yes    drop and recreate the database, then migrate (development only)
  keygen         print a new access-token signing key (JSON for IDKIT_SIGNING_KEYS)
  commit -m MSG  commit migrations/current.sql (development)
  uncommit       move the last, unreleased migration back to current.sql (development)
  check-pgtap    exit 69 with install instructions when pgTAP is missing
  add-document FILE...  add GraphQL documents to the trusted-documents allow-list (exit 65 if invalid)
  check-documents       check every trusted document against the schema and limits (exit 65 if not)

Without DATABASE_URL an embedded PostgreSQL runs from .data/ on port IDKIT_PG_PORT (54320).
With DATABASE_URL (a superuser on an existing database) the commands work on that server.`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  start: async () => {
    requirePackages('start', API_PACKAGES);
    return (await import('./commands/start.ts')).startCommand(loadConfig());
  },
  serve: async () => {
    requirePackages('serve', API_PACKAGES);
    return (await import('./commands/serve.ts')).serveCommand(loadConfig());
  },
  admin: async (args) => (await import('./commands/admin.ts')).adminCommand(loadConfig(), args),
  db: async (args) => (await import('./commands/db.ts')).dbCommand(loadConfig(), args),
  migrate: async (args) => (await import('./commands/migrate.ts')).migrateCommand(loadConfig(), args),
  status: async () => (await import('./commands/status.ts')).statusCommand(loadConfig()),
  doctor: async () => (await import('./commands/doctor.ts')).doctorCommand(loadConfig()),
  watch: async (args) => (await import('./commands/watch.ts')).watchCommand(loadConfig(), args),
  gen: async (args) => {
    requirePackages('gen', [...SCHEMA_PACKAGES, 'zapatos']);
    return (await import('./commands/gen.ts')).genCommand(loadConfig(), args);
  },
  maintain: async (args) => (await import('./commands/maintain.ts')).maintainCommand(loadConfig(), args),
  import: async (args) => (await import('./commands/import.ts')).importCommand(loadConfig(), args),
  reset: async (args) => (await import('./commands/reset.ts')).resetCommand(loadConfig(), args),
  keygen: async () => (await import('./commands/keygen.ts')).keygenCommand(),
  commit: async (args) => (await import('./commands/commit.ts')).commitCommand(loadConfig(), args),
  uncommit: async () => (await import('./commands/uncommit.ts')).uncommitCommand(loadConfig()),
  'check-pgtap': async () => (await import('./commands/check-pgtap.ts')).checkPgtapCommand(loadConfig()),
  'add-document': async (args) => {
    requirePackages('add-document', SCHEMA_PACKAGES);
    return (await import('./commands/add-document.ts')).addDocumentCommand(loadConfig(), args);
  },
  'check-documents': async () => {
    requirePackages('check-documents', SCHEMA_PACKAGES);
    return (await import('./commands/check-documents.ts')).checkDocumentsCommand(loadConfig());
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    console.error(USAGE);
    return name === undefined || name === 'help' || name === '--help' ? EXIT.ok : EXIT.usage;
  }
  try {
    return await command(args);
  } catch (error) {
    return await failed(error);
  }
}

/** One short message: the cause for errors the user can fix, the message (exit 70) for anything else. */
async function failed(error: unknown): Promise<number> {
  // After Ctrl-C, errors are the consequence of the cleanup (a stopped database); src/lifecycle.ts exits.
  if (isInterrupted()) await new Promise<never>(() => {});
  if (error instanceof CommandError) {
    console.error(error.message);
    return error.exitCode;
  }
  console.error(error instanceof Error ? error.message : String(error));
  return EXIT.failure;
}

for (const event of ['unhandledRejection', 'uncaughtException'] as const) {
  process.on(event, (error: unknown) => {
    if (isInterrupted()) return;
    void failed(error).then((code) => process.exit(code));
  });
}
process.exit(await main(process.argv.slice(2)));
