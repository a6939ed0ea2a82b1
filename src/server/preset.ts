// The PostGraphile 5 preset: identity over the authenticator's connection, one role per request.
import type {} from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { Pool } from 'pg';
import type { SigningKeys } from '../sessions/signing-keys.ts';
import { pgSettingsForAuthorization, type PgSettings } from './auth.ts';
import { maskError } from './mask-error.ts';
import { SESSION_CONTEXT_KEY, SessionPlugin, type SessionContext } from './session-plugin.ts';

/** What the HTTP layer found out about a request before GraphQL runs. */
export interface RequestState {
  /** The role, user and session of its verified access token. */
  settings: PgSettings;
  /** Cookie mode: called with the refresh token to hand to the browser (null clears it). */
  setRefreshCookie?: (refreshToken: string | null) => void;
}
import { DEFAULT_LIMITS, type OperationLimits } from './operation-limits.ts';
import { ApiRelationsPlugin } from './relations.ts';
import { PostCommitErrorsPlugin } from './post-commit-errors.ts';
import { makeRequestGuardPlugin } from './request-guard.ts';
import { trustedDocumentsPreset } from './trusted-documents.ts';

export interface ServerOptions {
  /** app_authenticator's connection string. */
  authenticatorUrl: string;
  /** Keys signing and verifying access tokens. */
  signingKeys: SigningKeys;
  /** Cookie mode: refresh tokens go only into an HttpOnly cookie for the refresh route. */
  sessionCookie?: boolean;
  production: boolean;
  port: number;
  host: string;
  /** Per-request statement timeout in milliseconds. */
  statementTimeoutMs?: number;
  /** Largest request body accepted, in bytes. */
  maxRequestBytes?: number;
  /** Connections in the pool. */
  poolSize?: number;
  /** The pool to use instead of one made from authenticatorUrl and poolSize (its owner ends it). */
  pool?: Pool;
  /** What the HTTP layer already verified about the request; else the context verifies the token itself. */
  stateForRequest?: (req: IncomingMessage) => RequestState | undefined;
  /** Encryption keys for provider tokens and TOTP seeds, `kid=key[,kid=key...]`, current first. */
  tokenKeys?: string;
  /** Per-operation limits, checked before validation and planning; DEFAULT_LIMITS when absent. */
  limits?: OperationLimits;
  /** Whether `__schema` / `__type` may be queried; by default only outside production. */
  introspection?: boolean;
  /** Milliseconds a whole request may take, database work included (default 10 000). */
  requestTimeoutMs?: number;
  /** Trusted-documents mode: the folder of the allow-list. Absent: any document within the limits runs. */
  trustedDocumentsDir?: string;
  /** Origins browsers may call the API from, with credentials. None when absent. */
  corsOrigins?: readonly string[];
  /** Behind one reverse proxy: the client address is the last X-Forwarded-For entry, the one it added. */
  trustProxy?: boolean;
}

/**
 * The client's address and user agent as this server sees them. With `idkit.request_meta = 'server'` the
 * SQL functions audit these and ignore what the caller passes as arguments. Only the last X-Forwarded-For
 * entry is trusted (the proxy appends it; earlier entries come from the client), and only if it is an IP.
 */
export function clientOf(req: IncomingMessage, trustProxy: boolean): Record<string, string> {
  const forwarded = req.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
  const address = trustProxy ? last : req.socket.remoteAddress;
  return {
    'idkit.request_meta': 'server',
    'idkit.client_ip': address && isIP(address) ? address : '',
    'idkit.user_agent': (req.headers['user-agent'] ?? '').slice(0, 1024),
  };
}

export function makePreset(options: ServerOptions): GraphileConfig.Preset {
  const statementTimeout = String(options.statementTimeoutMs ?? 5000);
  return {
    extends: [PostGraphileAmberPreset, ...(options.trustedDocumentsDir ? [trustedDocumentsPreset(options.trustedDocumentsDir)] : [])],
    plugins: [
      SessionPlugin,
      ApiRelationsPlugin,
      PostCommitErrorsPlugin,
      makeRequestGuardPlugin({
        limits: options.limits ?? DEFAULT_LIMITS,
        introspection: options.introspection ?? !options.production,
        requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      }),
    ],
    pgServices: [
      makePgService({
        ...(options.pool ? { pool: options.pool } : { connectionString: options.authenticatorUrl, poolConfig: { max: options.poolSize ?? 10 } }),
        schemas: ['identity'],
        pubsub: false,
      }),
    ],
    gather: {
      pgStrictFunctions: true,
    },
    schema: {
      dontSwallowErrors: true,
    },
    grafast: {
      // Plans and SQL stay out of responses: errors and payloads never carry SQL text.
      explain: false,
      async context(requestContext) {
        const req = requestContext.node?.req;
        const state = req ? options.stateForRequest?.(req) : undefined;
        const identity = state?.settings ?? (await pgSettingsForAuthorization(req?.headers?.authorization, options.signingKeys));
        const sessions: SessionContext = {
          keys: options.signingKeys,
          ...(options.sessionCookie && state?.setRefreshCookie ? { setRefreshCookie: state.setRefreshCookie } : {}),
        };
        return {
          [SESSION_CONTEXT_KEY]: sessions,
          pgSettings: {
            ...identity,
            ...(req ? clientOf(req, options.trustProxy ?? false) : {}),
            statement_timeout: statementTimeout,
            ...(options.tokenKeys ? { 'idkit.token_keys': options.tokenKeys } : {}),
          },
        };
      },
    },
    grafserv: {
      port: options.port,
      host: options.host,
      graphqlPath: '/graphql',
      graphiql: !options.production,
      graphiqlPath: '/',
      graphiqlOnGraphQLGET: !options.production,
      // Queries may be sent by GET (cacheable with trusted documents); grafserv refuses mutations there.
      graphqlOverGET: true,
      watch: false,
      maxRequestLength: options.maxRequestBytes ?? 100_000,
      maskError,
    },
  };
}
