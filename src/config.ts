// The one place environment variables are read. Everything else receives a Config.
import path from 'node:path';

export interface Config {
  /** Superuser URL of an existing database to use instead of the embedded cluster. */
  databaseUrl: string | undefined;
  /** `idkit serve`: app_authenticator's connection string, the only database credential the API server gets. */
  authenticatorUrl: string | undefined;
  /** Folder holding the embedded cluster and locally generated secrets. */
  dataDir: string;
  /** Port of the embedded cluster. */
  embeddedPort: number;
  /** Name of the database created in the embedded cluster. */
  embeddedDatabase: string;
  /** HTTP server (GraphQL) port and host. */
  httpPort: number;
  httpHost: string;
  production: boolean;
  /** Explicit secrets; when absent they are generated once and kept in dataDir. */
  ownerPassword: string | undefined;
  authenticatorPassword: string | undefined;
  jwtSecret: string | undefined;
  /** Keys for provider tokens and TOTP seeds, `kid=key[,kid=key...]`, current first. */
  tokenKeys: string | undefined;
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address. */
  trustProxy: boolean;
  /** Tests: a folder holding pgtap.control, when it is not in the usual system folders. */
  pgtapDir: string | undefined;
  /** Tests: a superuser URL of another server to run the suite on instead of a throwaway embedded one. */
  testDatabaseUrl: string | undefined;
}

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number between 0 and 65535, got "${raw}"`);
  }
  return port;
}

/** Validates `kid=key[,kid=key...]`: ids of letters, digits, `_` or `-`; keys of at least 16 characters. */
export function parseTokenKeys(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  for (const entry of raw.split(',')) {
    const [kid, ...rest] = entry.split('=');
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(kid ?? '') || rest.join('=').length < 16) {
      throw new Error('IDKIT_TOKEN_KEYS must look like "k2=<key of 16+ characters>,k1=<older key>"');
    }
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// connection string');
  }
  const authenticatorUrl = env.IDKIT_AUTHENTICATOR_URL || undefined;
  if (authenticatorUrl !== undefined && !/^postgres(ql)?:\/\//.test(authenticatorUrl)) {
    throw new Error('IDKIT_AUTHENTICATOR_URL must be a postgres:// connection string');
  }
  return {
    databaseUrl,
    authenticatorUrl,
    dataDir: path.resolve(cwd, env.IDKIT_DATA_DIR || '.data'),
    embeddedPort: parsePort('IDKIT_PG_PORT', env.IDKIT_PG_PORT, 54320),
    embeddedDatabase: env.IDKIT_PG_DATABASE || 'identity',
    httpPort: parsePort('PORT', env.PORT, 5678),
    httpHost: env.HOST || 'localhost',
    production: env.NODE_ENV === 'production',
    ownerPassword: env.IDKIT_OWNER_PASSWORD || undefined,
    authenticatorPassword: env.IDKIT_AUTHENTICATOR_PASSWORD || undefined,
    jwtSecret: env.JWT_SECRET || undefined,
    tokenKeys: parseTokenKeys(env.IDKIT_TOKEN_KEYS),
    trustProxy: env.IDKIT_TRUST_PROXY === 'true' || env.IDKIT_TRUST_PROXY === '1',
    pgtapDir: env.PGTAP_DIR || undefined,
    testDatabaseUrl: env.TEST_DATABASE_URL || undefined,
  };
}
