// Writing graphile-migrate committed migrations the way `graphile-migrate commit` does: the next number, the
// previous file's hash in `--! Previous:`, and graphile-migrate's own hash of the body.
import { calculateHash } from 'graphile-migrate/dist/hash.js';
import fs from 'node:fs';
import path from 'node:path';

/** Appends `body` to the chain in `committedFolder` as the next migration; returns its file name. */
export function appendCommittedMigration(committedFolder: string, slug: string, body: string): string {
  fs.mkdirSync(committedFolder, { recursive: true });
  const files = fs.readdirSync(committedFolder).filter((f) => /^\d{6}.*\.sql$/.test(f)).sort();
  const last = files.at(-1);
  const previous = last ? /^--! Hash: (\S+)$/m.exec(fs.readFileSync(path.join(committedFolder, last), 'utf8'))![1]! : null;
  const number = String((last ? Number.parseInt(last, 10) : 0) + 1).padStart(6, '0');
  const hash = calculateHash(body, previous);
  const file = `${number}-${slug}.sql`;
  fs.writeFileSync(path.join(committedFolder, file), `--! Previous: ${previous ?? '-'}\n--! Hash: ${hash}\n--! Message: ${slug}\n\n${body.trim()}\n`);
  return file;
}

/**
 * A newer release of the kit, as far as its migrations go: the package's committed migrations plus the
 * fixture tests/fixtures/kit-upgrade/next-kit-migration.sql chained on top, in a copy under `folder`.
 */
export function newerKitMigrations(kitMigrationsFolder: string, folder: string): string {
  fs.cpSync(path.join(kitMigrationsFolder, 'committed'), path.join(folder, 'committed'), { recursive: true });
  const body = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'kit-upgrade', 'next-kit-migration.sql'), 'utf8');
  appendCommittedMigration(path.join(folder, 'committed'), 'a-newer-kit-release', body);
  return folder;
}
