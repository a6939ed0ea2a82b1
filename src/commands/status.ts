// `idkit status`: applied and pending migrations; the exit code is a bitmap (1 pending, 2 uncommitted work).
import type { Config } from '../config.ts';
import { migrationStatusAt, type MigrationStatus } from '../db/migrations.ts';
import { databaseExists, missingDatabase } from '../db/provision.ts';
import { openDatabaseTarget } from '../db/target.ts';
import { EXIT } from './exit-codes.ts';

export function statusExitCode(status: Pick<MigrationStatus, 'applied' | 'pending' | 'uncommittedWork'>): number {
  return (status.pending.length > 0 ? EXIT.pendingMigrations : 0) | (status.uncommittedWork ? EXIT.uncommittedWork : 0);
}

export async function statusCommand(config: Config): Promise<number> {
  // Only reads: no roles, no database, no grants are created or changed (a typo in the URL is an error).
  const target = await openDatabaseTarget(config);
  try {
    if (!(await databaseExists(target.maintenanceUrl, target.databaseName))) throw missingDatabase(target.databaseName);
    const status = await migrationStatusAt(target.superuserUrl);
    console.log(`Database "${target.databaseName}"`);
    console.log(`pg-identity-kit ${status.packageVersion}: schema ${status.schemaVersion ?? 'not installed'} (identity_migrate.migrations)`);
    if (status.application) {
      console.log(`application migrations: ${status.application.migrations} (graphile_migrate.migrations, last ${status.application.last ?? 'none'}), not the kit's`);
    }
    console.log(`applied (${status.applied.length}):${status.applied.map((f) => `\n  ${f}`).join('')}`);
    console.log(`pending (${status.pending.length}):${status.pending.map((f) => `\n  ${f}`).join('')}`);
    if (status.uncommittedWork) console.log('migrations/current.sql holds uncommitted work.');
    return statusExitCode(status);
  } finally {
    await target.stop();
  }
}
