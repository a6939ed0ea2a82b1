// One PostgreSQL for the whole run: a throwaway embedded cluster, or the server in TEST_DATABASE_URL.
// It holds a migrated template database that each test file copies (tests/support/database.ts).
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
  const server = await startThrowawayServer(
    serverUrl ? { serverUrl, passwords: { owner: config.ownerPassword, authenticator: config.authenticatorPassword } } : {},
  );
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
  return () => server.dispose();
}
