// Applying and inspecting the committed migrations through graphile-migrate, connected as app_owner.
import * as gm from 'graphile-migrate';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withClient } from './connect.ts';
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

export async function applyMigrations(target: DatabaseTarget): Promise<void> {
  // graphile-migrate fails ("Failed to get exclusive lock") when another process migrates: wait for it instead.
  await withClient(target.ownerUrl, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', ['pg-identity-kit:migrate']);
    try {
      await gm.migrate(migrationSettings(target), false, false);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['pg-identity-kit:migrate']);
    }
  });
  // `idkit serve` connects as app_authenticator only, and refuses to serve a schema older than its code.
  await withClient(target.ownerUrl, (client) =>
    client.query('grant usage on schema graphile_migrate to app_authenticator; grant select (hash) on graphile_migrate.migrations to app_authenticator'),
  );
}

export interface MigrationStatus {
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

/** Applied and pending migrations, read with any role that may read graphile_migrate.migrations. */
export async function migrationStatusAt(url: string): Promise<MigrationStatus> {
  const appliedHashes = await withClient(url, async (client) => {
    const { rows } = await client
      .query<{ hash: string }>('select hash from graphile_migrate.migrations')
      .catch((error: { code?: string }) => {
        // No tracking table yet: nothing is applied.
        if (error.code === '42P01' || error.code === '3F000') return { rows: [] as { hash: string }[] };
        throw error;
      });
    return new Set(rows.map((r) => r.hash));
  });
  const committed = committedMigrations();
  const current = readCurrentMigration();
  return {
    applied: committed.filter((m) => appliedHashes.has(m.hash)).map((m) => m.filename),
    pending: committed.filter((m) => !appliedHashes.has(m.hash)).map((m) => m.filename),
    uncommittedWork: current.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--')),
  };
}
