// `idkit commit -m "message"`: commit migrations/current.sql through graphile-migrate (development).
import * as gm from 'graphile-migrate';
import type { Config } from '../config.ts';
import { developKitMigrations, settleMigrationPools } from '../db/migrations.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { EXIT } from './exit-codes.ts';

export async function commitCommand(config: Config, args: string[]): Promise<number> {
  const at = args.indexOf('-m');
  const message = at >= 0 ? args[at + 1] : undefined;
  // graphile-migrate's commit migrates the database itself, once developKitMigrations has checked it is the kit's.
  const target = await prepareDatabase(config, { migrate: false });
  try {
    await developKitMigrations(target, (settings) => gm.commit(settings, message));
    console.log('Committed migrations/current.sql.');
    return EXIT.ok;
  } finally {
    await settleMigrationPools();
    await target.stop();
  }
}
