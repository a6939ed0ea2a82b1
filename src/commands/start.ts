// `idkit start` (npm start): database, migrations, then stay in the foreground until Ctrl-C.
import type { Config } from '../config.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { connectionSummary } from './db.ts';
import { EXIT } from './exit-codes.ts';
import { waitForShutdownSignal } from './wait-for-signal.ts';

export async function startCommand(config: Config): Promise<number> {
  const target = await prepareDatabase(config, { migrate: true });
  console.log(`Database "${target.databaseName}" is migrated.\n${connectionSummary(target)}`);
  console.log('\nPress Ctrl-C to stop.');
  const signal = await waitForShutdownSignal();
  console.log(`\nReceived ${signal}; stopping.`);
  await target.stop();
  return EXIT.ok;
}
