// `idkit watch`: graphile-migrate's watch mode with idkit's connection settings: applies the committed
// migrations, then runs migrations/current.sql (as app_owner, in one transaction) again on every save.
import * as gm from 'graphile-migrate';
import type { Config } from '../config.ts';
import { developKitMigrations } from '../db/migrations.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { EXIT, CommandError } from './exit-codes.ts';
import { waitForShutdownSignal } from './wait-for-signal.ts';

/** `--once`: run current.sql one time and exit (what a script or test wants). */
export async function watchCommand(config: Config, args: string[] = []): Promise<number> {
  if (config.production) throw new CommandError('idkit watch is for development; it refuses to run with NODE_ENV=production.', EXIT.usage);
  const once = args.includes('--once');
  // graphile-migrate's watch applies the committed migrations itself, once developKitMigrations has checked
  // that the database is the kit's own.
  const target = await prepareDatabase(config, { migrate: false });
  try {
    // graphile-migrate's own log lines ("Running current.sql", errors with their position) are the point here.
    await developKitMigrations(target, (settings) => gm.watch({ ...settings, logger: gm.defaultLogger }, once, false));
    if (once) return EXIT.ok;
    console.log('Watching migrations/current.sql; press Ctrl-C to stop. Commit it with `idkit commit -m "..."`.');
    await waitForShutdownSignal();
    return EXIT.ok;
  } finally {
    await target.stop();
  }
}
