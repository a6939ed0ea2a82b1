// `idkit reset --yes`: drop the database, create it again and migrate. Development only.
import type { Config } from '../config.ts';
import { applyMigrations, settleMigrationPools } from '../db/migrations.ts';
import { checkProvisioningPreconditions, provisionRoles, recreateDatabase, refuseApplicationDatabase } from '../db/provision.ts';
import { openDatabaseTarget } from '../db/target.ts';
import { EXIT } from './exit-codes.ts';

export async function resetCommand(config: Config, args: string[]): Promise<number> {
  if (config.production) {
    console.error('idkit reset refuses to run with NODE_ENV=production.');
    return EXIT.usage;
  }
  if (!args.includes('--yes')) {
    console.error('idkit reset drops the database and every row in it. Run `idkit reset --yes` to confirm.');
    return EXIT.usage;
  }
  const target = await openDatabaseTarget(config);
  try {
    await refuseApplicationDatabase(target.maintenanceUrl, target.databaseName);
    await checkProvisioningPreconditions(target.maintenanceUrl, target);
    await provisionRoles(target.maintenanceUrl, target.secrets);
    await recreateDatabase(target.maintenanceUrl, target.databaseName);
    await applyMigrations(target);
    console.log(`Database "${target.databaseName}" was recreated and migrated.`);
    return EXIT.ok;
  } finally {
    await settleMigrationPools();
    await target.stop();
  }
}
