// The sequence every entry point needs: a server, the roles, the database, the migrations.
import type { Config } from '../config.ts';
import { applyMigrations } from './migrations.ts';
import { checkApplicationDatabase, checkProvisioningPreconditions, provisionDatabase, provisionRoles } from './provision.ts';
import { openDatabaseTarget, type DatabaseTarget } from './target.ts';

/**
 * Opens the target and makes sure roles and database exist; `migrate` also applies pending migrations.
 * A missing database is created in the embedded cluster, and on a DATABASE_URL server only with `create`.
 */
export async function prepareDatabase(config: Config, options: { migrate: boolean; create?: boolean }): Promise<DatabaseTarget> {
  const target = await openDatabaseTarget(config);
  try {
    await checkProvisioningPreconditions(target.maintenanceUrl, target);
    await checkApplicationDatabase(target.maintenanceUrl, target.databaseName);
    await provisionRoles(target.maintenanceUrl, target.secrets);
    await provisionDatabase(target.maintenanceUrl, target.databaseName, { create: target.embedded || options.create === true });
    if (options.migrate) await applyMigrations(target);
    return target;
  } catch (error) {
    await target.stop();
    throw error;
  }
}
