// Applying and inspecting the committed migrations through graphile-migrate, connected as app_owner.
import * as gm from 'graphile-migrate';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { CommandError } from '../commands/exit-codes.ts';
import { withClient } from './connect.ts';
import { applyKitMigrations, recordGraphileMigrateChain } from './kit-migrations.ts';
import { withConnection, type DatabaseTarget } from './target.ts';

/** The package's root folder (holding .gmrc and migrations/), whether run from src/ or from the built dist/. */
export const PROJECT_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, '.gmrc'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('pg-identity-kit: cannot find the folder holding .gmrc');
    dir = parent;
  }
  return dir;
})();

/** graphile-migrate settings: `.gmrc` plus the connection strings of the target. */
export function migrationSettings(target: Pick<DatabaseTarget, 'ownerUrl' | 'maintenanceUrl' | 'databaseName'>): gm.Settings {
  const gmrc = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, '.gmrc'), 'utf8')) as gm.Settings & Record<string, unknown>;
  const { '//': _comment, ...settings } = gmrc;
  return {
    ...settings,
    migrationsFolder: path.join(PROJECT_ROOT, 'migrations'),
    connectionString: target.ownerUrl,
    rootConnectionString: target.maintenanceUrl,
    shadowConnectionString: withConnection(target.ownerUrl, { database: `${target.databaseName}_shadow` }),
    logger: quietLogger,
  };
}

// graphile-migrate logs through @graphile/logger; idkit prints its own summary instead.
const quietLogger = new gm.Logger(() => () => {});

/** graphile-migrate closes its pools 200 ms after last use and exits the process if one errors later. */
export const settleMigrationPools = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * Whether the kit owns the database (it created it: the embedded cluster's, `--create`, `reset`). Its
 * graphile-migrate chain is then the kit's own; in any other database (an application's) the kit's own
 * migrator applies the same files and graphile_migrate is left to the application.
 */
export async function kitOwnsDatabase(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ kit: boolean }>(`select pg_get_userbyid(datdba) = 'app_owner' as kit from pg_database where datname = current_database()`);
  return rows[0]!.kit;
}

/** Applies the kit's pending migrations, through graphile-migrate in the kit's own database and the kit's migrator elsewhere. */
export async function applyMigrations(target: DatabaseTarget): Promise<void> {
  // Two processes migrating at once: the second waits, then finds nothing to do.
  await withClient(target.ownerUrl, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', ['pg-identity-kit:migrate']);
    try {
      if (await kitOwnsDatabase(client)) {
        await gm.migrate(migrationSettings(target), false, false);
        await recordGraphileMigrateChain(client);
      } else {
        await applyKitMigrations(client, path.join(PROJECT_ROOT, 'migrations'));
        await grantToApplicationOwner(client);
      }
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['pg-identity-kit:migrate']);
    }
  });
}

/**
 * The development commands (watch, commit, uncommit) run graphile-migrate on the kit's own chain: only in a
 * database the kit owns, never in an application's (its graphile_migrate chain is the application's). The kit's
 * record follows whatever they changed.
 */
export async function developKitMigrations<T>(target: DatabaseTarget, work: (settings: gm.Settings) => Promise<T>): Promise<T> {
  const owned = await withClient(target.ownerUrl, kitOwnsDatabase);
  if (!owned) {
    throw new CommandError(
      `Database "${target.databaseName}" belongs to an application (its owner is not app_owner): idkit's development commands ` +
        "work on the kit's own database only. Nothing was changed.",
    );
  }
  try {
    return await work(migrationSettings(target));
  } finally {
    await withClient(target.ownerUrl, recordGraphileMigrateChain);
  }
}

/**
 * An application's migrations run as its database owner: they may reference identity.users(uuid) and name
 * the kit's functions in policies. Nothing else of the kit is granted to it.
 */
async function grantToApplicationOwner(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = current_database()');
  const owner = client.escapeIdentifier(rows[0]!.owner);
  await client.query(`grant usage on schema identity to ${owner}; grant references (uuid) on identity.users to ${owner}`);
}

export interface MigrationStatus {
  /** The package's version (package.json). */
  packageVersion: string;
  /** The kit's schema version in this database: the number of its last applied migration (`000002`), or null. */
  schemaVersion: string | null;
  /** The application's own graphile-migrate chain, when the database is an application's (null otherwise). */
  application: { migrations: number; last: string | null } | null;
  applied: string[];
  pending: string[];
  /** True when migrations/current.sql (or migrations/current/) holds uncommitted work. */
  uncommittedWork: boolean;
}

/** The `--! Hash:` header graphile-migrate writes at the top of each committed file. */
function committedMigrations(): { filename: string; hash: string }[] {
  const folder = path.join(PROJECT_ROOT, 'migrations', 'committed');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((filename) => {
      const hash = /^--! Hash: (\S+)$/m.exec(fs.readFileSync(path.join(folder, filename), 'utf8'))?.[1];
      if (!hash) throw new Error(`migrations/committed/${filename} has no "--! Hash:" header`);
      return { filename, hash };
    });
}

/**
 * The uncommitted migration: `migrations/current.sql`, or the files of a `migrations/current/` folder (graphile-migrate
 * joins those in numeric order with `--! split:` lines when it commits; the 1.0 baseline was written that way).
 */
function readCurrentMigration(): string {
  const file = path.join(PROJECT_ROOT, 'migrations', 'current.sql');
  const folder = path.join(PROJECT_ROOT, 'migrations', 'current');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  if (!fs.existsSync(folder)) return '';
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.sql') && !f.startsWith('.'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'))
    .join('\n');
}

export async function migrationStatus(target: Pick<DatabaseTarget, 'ownerUrl'>): Promise<MigrationStatus> {
  return migrationStatusAt(target.ownerUrl);
}

/** Applied and pending kit migrations, read from the kit's record with any role that may read it. */
export async function migrationStatusAt(url: string): Promise<MigrationStatus> {
  const missingIsEmpty = <T>(error: { code?: string }): { rows: T[] } => {
    // No tracking table yet: nothing is applied.
    if (error.code === '42P01' || error.code === '3F000') return { rows: [] };
    throw error;
  };
  const { appliedHashes, application } = await withClient(url, async (client) => {
    const { rows } = await client.query<{ hash: string }>('select hash from identity_migrate.migrations').catch(missingIsEmpty<{ hash: string }>);
    // Read only where the kit does not own the database: there graphile_migrate is the application's.
    const chain = (await kitOwnsDatabase(client))
      ? []
      : (
          await client
            .query<{ migrations: number; last: string | null }>('select count(*)::int as migrations, max(filename) as last from graphile_migrate.migrations')
            // Another role than the superuser (app_owner in `idkit migrate`) may not read it: then it is not reported.
            .catch((error: { code?: string }) => (error.code === '42501' ? { rows: [] } : missingIsEmpty<{ migrations: number; last: string | null }>(error)))
        ).rows;
    return { appliedHashes: new Set(rows.map((r) => r.hash)), application: chain[0] ?? null };
  });
  const committed = committedMigrations();
  const current = readCurrentMigration();
  const applied = committed.filter((m) => appliedHashes.has(m.hash)).map((m) => m.filename);
  return {
    packageVersion: (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    schemaVersion: applied.length > 0 ? applied[applied.length - 1]!.slice(0, 6) : null,
    application,
    applied,
    pending: committed.filter((m) => !appliedHashes.has(m.hash)).map((m) => m.filename),
    uncommittedWork: current.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--')),
  };
}
