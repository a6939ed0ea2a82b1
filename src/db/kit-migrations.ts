// The kit's own migration record, `identity_migrate.migrations`, and the migrator that applies the kit's
// committed migrations in a database the kit does not own (an application's, with its own graphile-migrate
// chain in `graphile_migrate`, which the kit never reads or writes there).
//
// graphile-migrate keeps one chain per database in a fixed schema (graphile/migrate#236 declined a
// configurable one), so the kit tracks itself beside it, as graphile-worker and Supabase Auth do. The files
// and their hash chain are graphile-migrate's own: its reader parses them and checks the `--! Previous:`
// links, and every body is hashed with its calculateHash before it runs, so a migration applied here is
// byte for byte the one graphile-migrate would apply.
import { getAllMigrations } from 'graphile-migrate/dist/migration.js';
import { calculateHash } from 'graphile-migrate/dist/hash.js';
import { isNoTransactionDefined } from 'graphile-migrate/dist/header.js';
import type { ParsedSettings } from 'graphile-migrate/dist/settings.js';
import path from 'node:path';
import type pg from 'pg';
import { CommandError } from '../commands/exit-codes.ts';
import { extensionSchemas } from './trusted-schemas.ts';

export const KIT_TRACKING_SCHEMA = 'identity_migrate';

/** A committed migration of the kit, as graphile-migrate reads it. */
export interface KitMigration {
  /** `000002.sql`: what graphile-migrate records as the filename. */
  filename: string;
  /** `000002-reauthenticate-counts….sql`: the file in migrations/committed/. */
  realFilename: string;
  hash: string;
  previousHash: string | null;
  body: string;
}

/** The committed migrations of a migrations folder, their chain and every hash checked. */
export async function readKitMigrations(migrationsFolder: string): Promise<KitMigration[]> {
  const migrations = await getAllMigrations({ migrationsFolder } as ParsedSettings);
  for (const m of migrations) {
    const actual = calculateHash(m.body, m.previousHash);
    if (actual !== m.hash) {
      throw new CommandError(`${path.join(migrationsFolder, 'committed', m.realFilename)} was edited: its body hashes to ${actual}, its header says ${m.hash}. Nothing was applied.`);
    }
  }
  return migrations;
}

/**
 * Creates the record if missing. Shaped like graphile-migrate's table (hash chain included) so the two read
 * alike; app_authenticator may read the hashes (`idkit serve` refuses a schema older than its code).
 */
export async function ensureKitTracking(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ schema_owner: string | null; table_owner: string | null }>(
    `select (select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'identity_migrate') as schema_owner,
            (select pg_get_userbyid(relowner) from pg_class where oid = to_regclass('identity_migrate.migrations')) as table_owner`,
  );
  const { schema_owner: schemaOwner, table_owner: tableOwner } = rows[0]!;
  // Adopting a record someone else made would run whatever it holds (a trigger, say) as app_owner.
  for (const [what, owner] of [['schema identity_migrate', schemaOwner], ['table identity_migrate.migrations', tableOwner]] as const) {
    if (owner !== null && owner !== 'app_owner') {
      throw new CommandError(`${what} belongs to ${owner}, not app_owner: the kit makes its migration record itself. Nothing was applied.`);
    }
  }
  if (tableOwner !== null) return;
  await client.query(`
    begin;
    ${schemaOwner === null ? 'create schema identity_migrate;' : ''}
    comment on schema identity_migrate is E'pg-identity-kit''s own migration record, kept apart from the application''s graphile_migrate chain.';
    create table identity_migrate.migrations (
      hash          text primary key,
      previous_hash text references identity_migrate.migrations on delete restrict,
      filename      text not null unique,
      date          timestamptz not null default now()
    );
    alter table identity_migrate.migrations enable row level security;
    create policy read_versions on identity_migrate.migrations for select to app_authenticator using (true);
    revoke all on schema identity_migrate from public;
    grant usage on schema identity_migrate to app_authenticator;
    grant select (hash, filename) on identity_migrate.migrations to app_authenticator;
    comment on table identity_migrate.migrations is E'The kit''s migrations applied to this database, one row each, in a hash chain as graphile-migrate keeps it.';
    comment on column identity_migrate.migrations.hash is E'graphile-migrate''s hash of the migration (sha1 of the previous hash and the body).';
    comment on column identity_migrate.migrations.previous_hash is E'The hash of the migration applied before this one; NULL for the baseline.';
    comment on column identity_migrate.migrations.filename is E'The migration''s number, as graphile-migrate records it (000001.sql).';
    comment on column identity_migrate.migrations.date is E'When it was applied.';
    commit;`);
}

async function appliedKitMigrations(client: pg.ClientBase): Promise<{ filename: string; hash: string }[]> {
  const { rows } = await client.query<{ filename: string; hash: string }>('select filename, hash from identity_migrate.migrations order by filename');
  return rows;
}

/**
 * In a database the kit owns, graphile-migrate applies the kit's migrations (its chain is the kit's, and the
 * development commands need it); the kit's record then copies that chain, so that status, doctor and serve
 * read one table wherever the kit is installed.
 */
export async function recordGraphileMigrateChain(client: pg.ClientBase): Promise<void> {
  await ensureKitTracking(client);
  await client.query(`
    begin;
    delete from identity_migrate.migrations m where not exists (select 1 from graphile_migrate.migrations g where g.hash = m.hash);
    insert into identity_migrate.migrations (hash, previous_hash, filename, date)
      select hash, previous_hash, filename, date from graphile_migrate.migrations order by filename
      on conflict (hash) do nothing;
    commit;`);
}

/**
 * Applies, in order and each in its own transaction (unless it starts with `--! no-transaction`), the kit's
 * committed migrations that the record does not hold. Refuses a database whose record is not a prefix of the
 * package's chain (a newer kit, or edited files) before running anything. Returns the files it applied.
 */
export async function applyKitMigrations(client: pg.ClientBase, migrationsFolder: string): Promise<string[]> {
  const committed = await readKitMigrations(migrationsFolder);
  await ensureKitTracking(client);
  const applied = await appliedKitMigrations(client);
  applied.forEach((row, i) => {
    const file = committed[i];
    if (!file || file.filename !== row.filename || file.hash !== row.hash) {
      throw new CommandError(
        `This database holds kit migration ${row.filename} (${row.hash}), which this version of pg-identity-kit ` +
          (file ? `has as ${file.realFilename} (${file.hash})` : 'does not have (was it installed by a newer version?)') +
          '. Nothing was applied.',
      );
    }
  });
  const done: string[] = [];
  // Names resolve in pg_catalog and where citext and pgcrypto are, never in the application's public (its owner
  // controls it): in the kit's own database, graphile-migrate runs the same files with search_path = public.
  const schemas = [...new Set((await extensionSchemas(client)).map((e) => e.schema))];
  await client.query(`select set_config('search_path', $1, false)`, [schemas.map((n) => client.escapeIdentifier(n)).join(', ') || 'pg_catalog']);
  // A function created with `set search_path = pg_catalog, public, pg_temp` (what the kit's migrations write; a
  // later pin_function_search_paths() points it at the extensions' schema) would otherwise have its body
  // checked against public, which holds no citext here. Bodies are checked where the kit owns the database.
  await client.query(`select set_config('check_function_bodies', 'off', false)`);
  for (const m of committed.slice(applied.length)) {
    const transaction = !isNoTransactionDefined(m.body);
    if (transaction) await client.query('begin');
    try {
      await client.query(m.body);
      await client.query('insert into identity_migrate.migrations (hash, previous_hash, filename) values ($1, $2, $3)', [m.hash, m.previousHash, m.filename]);
      if (transaction) await client.query('commit');
    } catch (error) {
      if (transaction) await client.query('rollback').catch(() => {});
      throw new CommandError(`Kit migration ${m.realFilename} failed and was rolled back: ${(error as Error).message}`);
    }
    done.push(m.realFilename);
  }
  return done;
}
