// A real GraphQL server over a fresh test database, and small helpers to talk to it over HTTP.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startGraphQLServer, type GraphQLServer } from '../../src/server/http.ts';
import { generateSigningKey, signingKeysFrom } from '../../src/sessions/signing-keys.ts';
import type { ServerOptions } from '../../src/server/preset.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLBody<T = any> {
  data?: T | null;
  errors?: GraphQLErrorJson[];
}

export interface GraphQLResponse<T = any> {
  status: number;
  contentType: string;
  body: GraphQLBody<T>;
}

export interface ApiUnderTest {
  db: TestDatabase;
  api: GraphQLServer;
  /** The server's IDKIT_SIGNING_KEYS value (private JWKs, JSON). */
  signingKeys: string;
  /** Runs SQL as the superuser on the test database (setup and checks behind the API's back). */
  sql<R extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * Copies the migrated database, lowers the bcrypt cost so sign-ins are fast, and starts the server
 * on a free port of 127.0.0.1 with a fresh signing key.
 */
export async function startApiUnderTest(
  options: {
    production?: boolean;
    maxRequestBytes?: number;
    statementTimeoutMs?: number;
    trustProxy?: boolean;
    sessionCookie?: boolean;
    /** IDKIT_SIGNING_KEYS to use instead of a fresh key. */
    signingKeys?: string;
  } & Pick<ServerOptions, 'limits' | 'introspection' | 'requestTimeoutMs' | 'trustedDocumentsDir' | 'corsOrigins'> = {},
): Promise<ApiUnderTest> {
  const db = await createTestDatabase();
  const superuser = new pg.Pool({ connectionString: db.superuserUrl, max: 2 });
  // pg's end() resolves while its connections are still closing: the forced drop below may cut one, which
  // an idle client reports as an error event (uncaught without a listener). Nothing is lost by then.
  superuser.on('error', () => {});
  let api: GraphQLServer | undefined;
  const close = async () => {
    try {
      if (api) await api.close();
    } finally {
      await superuser.end();
      await db.drop();
    }
  };
  try {
    await superuser.query('update identity_private.auth_settings set bcrypt_cost = 4');
    const signingKeys = options.signingKeys ?? JSON.stringify([generateSigningKey()]);
    api = await startGraphQLServer({
      authenticatorUrl: db.authenticatorUrl,
      signingKeys: await signingKeysFrom(signingKeys),
      sessionCookie: options.sessionCookie ?? false,
      tokenKeys: `k1=${randomBytes(24).toString('base64url')}`,
      production: options.production ?? false,
      port: 0,
      host: '127.0.0.1',
      ...(options.maxRequestBytes !== undefined ? { maxRequestBytes: options.maxRequestBytes } : {}),
      ...(options.statementTimeoutMs !== undefined ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
      ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
      ...(options.limits !== undefined ? { limits: options.limits } : {}),
      ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
      ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
      ...(options.trustedDocumentsDir !== undefined ? { trustedDocumentsDir: options.trustedDocumentsDir } : {}),
      ...(options.corsOrigins !== undefined ? { corsOrigins: options.corsOrigins } : {}),
    });
    return {
      db,
      api,
      signingKeys,
      async sql(text, values) {
        return (await superuser.query(text, values)).rows;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** POSTs one GraphQL operation to `${baseUrl}/graphql`, with `Authorization: Bearer <token>` when given. */
export async function graphql<T = any>(
  baseUrl: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; authorization?: string } = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  else if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const text = await response.text();
  let body: GraphQLBody<T>;
  try {
    body = JSON.parse(text) as GraphQLBody<T>;
  } catch {
    throw new Error(`HTTP ${response.status}: the response is not JSON: ${text.slice(0, 500)}`);
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
}

let counter = 0;

/** A fresh, valid username / email / password triple, unique within the run. */
export function newAccount(label = 'user') {
  counter += 1;
  const suffix = `${counter}_${randomBytes(3).toString('hex')}`;
  const username = `${label}_${suffix}`.slice(0, 32);
  return {
    username,
    email: `${username}@example.com`,
    password: `pw-${randomBytes(9).toString('base64url')}`,
    displayName: `Display ${label} ${counter}`,
  };
}
