// generated/schema.sql: the schema the committed migrations build, as `pg_dump --schema-only` writes it, for
// reviewers to read whole. It never depends on the server under test (PostgreSQL 15 or 18 write different
// dumps): the migrations are replayed in PGlite (PostgreSQL 18.3 compiled to WebAssembly, pinned in
// package.json) and dumped by the pg_dump 18.3 that @electric-sql/pglite-tools ships, also WebAssembly. The
// embedded PostgreSQL bundle has no pg_dump, and a system pg_dump refuses servers newer than itself.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getAllMigrations } from 'graphile-migrate/dist/migration.js';
import { isNoTransactionDefined } from 'graphile-migrate/dist/header.js';
import type { ParsedSettings } from 'graphile-migrate/dist/settings.js';
import { PROJECT_ROOT } from '../db/migrations.ts';

/** The kit's schemas: only they are dumped (the kit lives in other people's databases). */
const DUMPED_SCHEMAS = ['identity', 'identity_private'];

/** Drops what varies between runs or versions: version banners and `\restrict` keys. */
export function normaliseDump(dump: string): string {
  return (
    dump
      .split('\n')
      .filter((line) => !/^-- Dumped (from database|by pg_dump) version /.test(line) && !/^\\(un)?restrict\b/.test(line))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

const cache = new Map<string, Promise<string>>();

/** The normalised dump of the migrations in `migrationsFolder` (default migrations/), replayed from nothing. */
export async function dumpMigratedSchema(migrationsFolder = path.join(PROJECT_ROOT, 'migrations')): Promise<string> {
  const migrations = await getAllMigrations({ migrationsFolder } as ParsedSettings);
  // Replaying takes seconds: one dump per set of migrations and process (the drift test generates twice).
  const key = createHash('sha256').update(migrations.map((m) => `${m.filename}:${m.body}`).join('\0')).digest('hex');
  let dump = cache.get(key);
  if (!dump) {
    dump = replayAndDump(migrations);
    cache.set(key, dump);
    dump.catch(() => cache.delete(key));
  }
  return dump;
}

async function replayAndDump(migrations: { realFilename: string; body: string }[]): Promise<string> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { citext } = await import('@electric-sql/pglite/contrib/citext');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
  const pg = await PGlite.create({ extensions: { citext, pgcrypto } });
  try {
    // The roles and ownership as src/db/provision.ts sets them, so owners and grants read as in production.
    await pg.exec(`
      create role app_owner login inherit;
      create role app_authenticator login noinherit;
      create role app_anonymous nologin;
      create role app_user nologin;
      create role app_admin nologin;
      grant app_user to app_admin;
      grant app_anonymous, app_user, app_admin to app_authenticator;
      alter database postgres owner to app_owner;
    `);
    for (const migration of migrations) {
      // As graphile-migrate runs them: as app_owner, search_path public (.gmrc), one transaction unless the
      // file says `--! no-transaction`.
      const transaction = !isNoTransactionDefined(migration.body);
      try {
        await pg.exec(`${transaction ? 'begin;' : ''} set role app_owner; set search_path = public;\n${migration.body}\n;${transaction ? 'commit;' : ''}`);
      } catch (error) {
        throw new Error(`generated/schema.sql: migrations/committed/${migration.realFilename} failed in PGlite: ${(error as Error).message}`);
      } finally {
        await pg.exec('reset role; reset search_path;').catch(() => pg.exec('rollback; reset role; reset search_path;'));
      }
    }
    const { rows: partitions } = await pg.query<{ name: string }>(
      // Monthly partitions come and go with the calendar (the default partition stays).
      `select format('%I.%I', n.nspname, c.relname) as name
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any($1) and c.relispartition and pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'
        order by 1`,
      [DUMPED_SCHEMAS],
    );
    const { rows: extensions } = await pg.query<{ extname: string }>(`select extname from pg_extension where extname <> 'plpgsql' order by 1`);
    const file = await pgDump({
      pg,
      args: [
        '--schema-only',
        ...DUMPED_SCHEMAS.flatMap((s) => ['--schema', s]),
        ...extensions.flatMap((e) => ['--extension', e.extname]),
        ...partitions.flatMap((p) => ['--exclude-table', p.name]),
      ],
    });
    return normaliseDump(await file.text());
  } finally {
    await pg.close();
  }
}
