// The sequence every entry point needs: a server, the roles, the database, the migrations.
import type { Config } from '../config.ts';
import { applyMigrations } from './migrations.ts';
import { provisionDatabase, provisionRoles } from './provision.ts';
import { openDatabaseTarget, type DatabaseTarget } from './target.ts';

/** Opens the target and makes sure roles and database exist; `migrate` also applies pending migrations. */
export async function prepareDatabase(config: Config, options: { migrate: boolean }): Promise<DatabaseTarget> {
  const target = await openDatabaseTarget(config);
  try {
    await provisionRoles(target.maintenanceUrl, target.secrets, target.passwordPolicy);
    await provisionDatabase(target.maintenanceUrl, target.databaseName);
    if (options.migrate) await applyMigrations(target);
    return target;
  } catch (error) {
    await target.stop();
    throw error;
  }
}
