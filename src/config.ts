// The one place environment variables are read. Everything else receives a Config.
import fs from 'node:fs';
import path from 'node:path';
import { parseSigningKeys } from './sessions/signing-keys.ts';
import { DEFAULT_LIMITS, type OperationLimits } from './server/operation-limit-settings.ts';

/** The allow-list shipped with the package (trusted-documents/), found from src/ or from dist/src/. */
const BUNDLED_TRUSTED_DOCUMENTS = [path.resolve(import.meta.dirname, '../trusted-documents'), path.resolve(import.meta.dirname, '../../trusted-documents')].find(
  (candidate) => fs.existsSync(candidate),
) ?? path.resolve(import.meta.dirname, '../trusted-documents');

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
  /** Private Ed25519 JWKs signing access tokens (JSON), newest first; the others still verify. */
  signingKeys: string | undefined;
  /** Browsers: the refresh token travels only in an HttpOnly cookie limited to the refresh route. */
  sessionCookie: boolean;
  /** Keys for provider tokens and TOTP seeds, `kid=key[,kid=key...]`, current first. */
  tokenKeys: string | undefined;
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address. */
  trustProxy: boolean;
  /** Origins that browsers may call the API from (IDKIT_CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Run only documents of the allow-list (IDKIT_TRUSTED_DOCUMENTS); on by default in production. */
  trustedDocuments: boolean;
  /** The allow-list: a folder of `<sha256>.graphql` files (IDKIT_TRUSTED_DOCUMENTS_DIR). */
  trustedDocumentsDir: string;
  /** `__schema` / `__type` queries (IDKIT_INTROSPECTION); off by default in production. */
  introspection: boolean;
  /** Milliseconds one request may take, database work included (IDKIT_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Per-operation limits (IDKIT_MAX_ALIASES, IDKIT_MAX_DEPTH, IDKIT_MAX_COST, IDKIT_MAX_PAGE_SIZE). */
  limits: OperationLimits;
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

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function parsePositive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

/** `https://app.example.com,http://localhost:3000`: exact origins (scheme, host, port), no wildcards. */
export function parseCorsOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || origin.includes('*') || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`IDKIT_CORS_ORIGINS must list origins like "https://app.example.com" (no path, no wildcard), got "${origin}"`);
    }
    return origin;
  });
}

/**
 * Validates `kid=key[,kid=key...]`: ids of letters, digits, `_` or `-`; keys of at least 16 characters.
 * In production a key must carry 32 random bytes: 43 or more base64url characters (64 hex digits pass too),
 * e.g. `openssl rand -base64 32 | tr '+/' '-_' | tr -d '='`. A short key is refused at start, not at the
 * first encryption, because the SQL side derives the cipher key from it and cannot tell it is weak.
 * (Signing keys are Ed25519: parseSigningKeys already requires their 32 bytes.)
 */
export function parseTokenKeys(raw: string | undefined, production = false): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  for (const entry of raw.split(',')) {
    const [kid, ...rest] = entry.split('=');
    const key = rest.join('=');
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(kid ?? '') || key.length < 16) {
      throw new Error('IDKIT_TOKEN_KEYS must look like "k2=<key of 16+ characters>,k1=<older key>"');
    }
    if (production && !/^[A-Za-z0-9_-]{43,}$/.test(key)) {
      throw new Error(
        `IDKIT_TOKEN_KEYS: key "${kid}" is too weak for production: use 32 random bytes written as 43+ base64url characters (or 64 hex digits)`,
      );
    }
  }
  return raw;
}

/** A request's whole budget; each statement keeps its own 5 s timeout within it. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// connection string');
  }
  const production = env.NODE_ENV === 'production';
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
    production,
    ownerPassword: env.IDKIT_OWNER_PASSWORD || undefined,
    authenticatorPassword: env.IDKIT_AUTHENTICATOR_PASSWORD || undefined,
    signingKeys: env.IDKIT_SIGNING_KEYS ? (parseSigningKeys(env.IDKIT_SIGNING_KEYS), env.IDKIT_SIGNING_KEYS) : undefined,
    sessionCookie: env.IDKIT_SESSION_COOKIE === 'true' || env.IDKIT_SESSION_COOKIE === '1',
    tokenKeys: parseTokenKeys(env.IDKIT_TOKEN_KEYS, production),
    trustProxy: env.IDKIT_TRUST_PROXY === 'true' || env.IDKIT_TRUST_PROXY === '1',
    corsOrigins: parseCorsOrigins(env.IDKIT_CORS_ORIGINS),
    trustedDocuments: parseBoolean('IDKIT_TRUSTED_DOCUMENTS', env.IDKIT_TRUSTED_DOCUMENTS, production),
    trustedDocumentsDir: env.IDKIT_TRUSTED_DOCUMENTS_DIR ? path.resolve(cwd, env.IDKIT_TRUSTED_DOCUMENTS_DIR) : BUNDLED_TRUSTED_DOCUMENTS,
    introspection: parseBoolean('IDKIT_INTROSPECTION', env.IDKIT_INTROSPECTION, !production),
    requestTimeoutMs: parsePositive('IDKIT_REQUEST_TIMEOUT_MS', env.IDKIT_REQUEST_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS),
    limits: {
      maxAliases: parsePositive('IDKIT_MAX_ALIASES', env.IDKIT_MAX_ALIASES, DEFAULT_LIMITS.maxAliases),
      maxDepth: parsePositive('IDKIT_MAX_DEPTH', env.IDKIT_MAX_DEPTH, DEFAULT_LIMITS.maxDepth),
      maxCost: parsePositive('IDKIT_MAX_COST', env.IDKIT_MAX_COST, DEFAULT_LIMITS.maxCost),
      maxSignIns: DEFAULT_LIMITS.maxSignIns,
      maxPageSize: parsePositive('IDKIT_MAX_PAGE_SIZE', env.IDKIT_MAX_PAGE_SIZE, DEFAULT_LIMITS.maxPageSize),
    },
    pgtapDir: env.PGTAP_DIR || undefined,
    testDatabaseUrl: env.TEST_DATABASE_URL || undefined,
  };
}
