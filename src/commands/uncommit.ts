// `idkit uncommit`: move the last committed migration back into migrations/current.sql (development,
// only for a migration that has not landed anywhere yet).
import * as gm from 'graphile-migrate';
import type { Config } from '../config.ts';
import { developKitMigrations, settleMigrationPools } from '../db/migrations.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { EXIT } from './exit-codes.ts';

export async function uncommitCommand(config: Config): Promise<number> {
  const target = await prepareDatabase(config, { migrate: false });
  try {
    await developKitMigrations(target, (settings) => gm.uncommit(settings));
    console.log('Moved the last committed migration back to migrations/current.sql.');
    return EXIT.ok;
  } finally {
    await settleMigrationPools();
    await target.stop();
  }
}
