// `idkit migrate`: apply every committed migration that is not applied yet.
import type { Config } from '../config.ts';
import { migrationStatus, settleMigrationPools } from '../db/migrations.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { EXIT } from './exit-codes.ts';

/** `--create`: create the database when it is missing (the embedded cluster's is always created). */
export async function migrateCommand(config: Config, args: string[] = []): Promise<number> {
  const target = await prepareDatabase(config, { migrate: true, create: args.includes('--create') });
  try {
    const status = await migrationStatus(target);
    console.log(`Database "${target.databaseName}" is up to date: ${status.applied.length} migration(s) applied.`);
    return EXIT.ok;
  } finally {
    await settleMigrationPools();
    await target.stop();
  }
}
