// Issue 10, point 2: the identifier rules hold whatever locale the database was created with. Each locale
// gets a fresh database (template0 carries no locale of its own), migrated, running tests/db/identifier_locales.sql.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { applyMigrations, settleMigrationPools } from '../src/db/migrations.ts';
import { provisionDatabase } from '../src/db/provision.ts';
import { describeTarget, withConnection } from '../src/db/target.ts';
import { installTestSupport } from './support/database.ts';
import { runPgtapFile } from './support/pgtap.ts';

const pgtapFile = fs.readFileSync(path.join(import.meta.dirname, 'db', 'identifier_locales.sql'), 'utf8');

/** Locales most servers run with; each needs the operating system to have it (`locale -a`). */
const LOCALES = ['C', 'C.UTF-8', 'en_US.UTF-8'];

describe('identifiers compare the same on every database locale', () => {
  for (const locale of LOCALES) {
    test.concurrent(`on a database created with LOCALE '${locale}'`, async ({ skip }) => {
      const server = inject('testServer');
      const name = `${server.prefix}_locale_${randomBytes(3).toString('hex')}`;
      const created = await withClient(server.maintenanceUrl, async (admin) => {
        try {
          await admin.query(
            `create database ${admin.escapeIdentifier(name)} owner app_owner template template0 encoding 'UTF8' locale ${admin.escapeLiteral(locale)}`,
          );
          return true;
        } catch (error) {
          // "invalid locale name" (42809, 22023 on some versions): the server's operating system has no such locale.
          const missing = ['42809', '22023'].includes((error as { code?: string }).code ?? '');
          if (missing && process.env.CI !== 'true') return false;
          throw error;
        }
      });
      if (!created) {
        skip(`the server has no ${locale} locale (e.g. localedef -i en_US -f UTF-8 en_US.UTF-8); CI=true fails instead`);
        return;
      }
      try {
        await provisionDatabase(server.maintenanceUrl, name);
        const target = describeTarget(withConnection(server.maintenanceUrl, { database: name }), server.secrets, false, async () => {});
        await applyMigrations(target);
        await settleMigrationPools();
        await installTestSupport(target.superuserUrl);
        const ctype = await withClient(target.superuserUrl, async (client) =>
          (await client.query<{ datctype: string }>('select datctype from pg_database where datname = current_database()')).rows[0]!.datctype,
        );
        expect(ctype).toBe(locale);
        const result = await runPgtapFile(target.superuserUrl, pgtapFile);
        expect(result.failures, result.failures.join('\n\n')).toEqual([]);
        expect(result.ran).toBe(result.planned);
      } finally {
        await withClient(server.maintenanceUrl, (admin) => admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`));
      }
    }, 180_000);
  }
});
