// The kit's part of a PostGraphile 5 preset, made of plugins: an application's server (and the kit's own)
// adds its pgServices and grafserv settings, and may set its own grafast.context without losing any of it.
import type {} from 'postgraphile';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { SigningKeys } from '../sessions/signing-keys.ts';
import { pgSettingsForAuthorization, type PgSettings } from './auth.ts';
import { maskError } from './mask-error.ts';
import { DEFAULT_LIMITS, type OperationLimits } from './operation-limits.ts';
import { PostCommitErrorsPlugin } from './post-commit-errors.ts';
import { ApiRelationsPlugin } from './relations.ts';
import { makeRequestGuardPlugin } from './request-guard.ts';
import { refreshCookieHeaders } from './session-cookie.ts';
import { SESSION_CONTEXT_KEY, SessionPlugin, type SessionContext } from './session-plugin.ts';
import { trustedDocumentsPreset } from './trusted-documents.ts';

/** The schemas the kit's API needs in the pgService named `main` (the default name), beside the application's. */
export const identityKitSchemas: readonly string[] = Object.freeze(['identity']);

export interface IdentityKitPresetOptions {
  /** Keys signing and verifying access tokens. */
  signingKeys: SigningKeys;
  /** Production: introspection off by default. */
  production: boolean;
  /** Encryption keys for provider tokens and TOTP seeds, `kid=key[,kid=key...]`, current first. */
  tokenKeys?: string;
  /** Per-operation limits, checked before validation and planning; DEFAULT_LIMITS when absent. */
  limits?: OperationLimits;
  /** Whether `__schema` / `__type` may be queried; by default only outside production. */
  introspection?: boolean;
  /** Milliseconds a whole request may take, database work included (default 10 000). */
  requestTimeoutMs?: number;
  /** Per-request statement timeout in milliseconds (default 5 000), unless the application's context sets one. */
  statementTimeoutMs?: number;
  /** Behind one reverse proxy: the client address is the last X-Forwarded-For entry, the one it added. */
  trustProxy?: boolean;
  /** Trusted-documents mode: the folder of the allow-list. Absent: any document within the limits runs. */
  trustedDocumentsDir?: string;
  /** Cookie mode: refresh tokens go only into an HttpOnly cookie for the refresh route. */
  sessionCookie?: boolean;
}

/** How the kit's own server hands over what its HTTP layer verified already, so tokens are checked once. */
export interface VerifiedRequests {
  verifiedSettings?: (req: IncomingMessage) => PgSettings | undefined;
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

/** Settings the kit decides alone: who the request is, where it came from, and the kit's keys. */
const isKitSetting = (key: string) => {
  // PostgreSQL's setting names ignore case: `JWT.CLAIMS.USER_UUID` is jwt.claims.user_uuid.
  const name = key.trim().toLowerCase();
  return name === 'role' || name.startsWith('jwt.claims.') || name.startsWith('idkit.');
};

/** grafserv's Node-based adaptors (node, express, koa, fastify) put the request and response here. */
interface NodeRequestContext {
  node?: { req?: IncomingMessage; res?: ServerResponse };
}

/**
 * Verifies the bearer token and sets the request's pgSettings and session context. A grafast middleware,
 * not grafast.context: an application's own context (which graphile-config lets replace any earlier one)
 * runs inside it, and the kit's settings are merged over what that context returned.
 */
function makeSessionVerificationPlugin(options: IdentityKitPresetOptions, hooks: VerifiedRequests): GraphileConfig.Plugin {
  const statementTimeout = String(options.statementTimeoutMs ?? 5000);
  return {
    name: 'IdkitSessionVerificationPlugin',
    version: '1.0.0',
    description: "Verifies the access token and sets role, user, session and client address in the request's pgSettings",
    grafast: {
      middleware: {
        async prepareArgs(next, { args }) {
          const node = (args.requestContext as NodeRequestContext | undefined)?.node;
          const req = node?.req;
          // Without the Node request the bearer token cannot be read: serving the request anonymously would
          // silently drop every signed-in user (and audit what the client claims as its address).
          if (!req) throw new Error('pg-identity-kit: its preset needs a Node-based grafserv adaptor (node, express, koa, fastify): requestContext.node.req is missing');
          const res = node.res;
          if (options.sessionCookie && !res) {
            throw new Error('pg-identity-kit: cookie mode needs a Node-based grafserv adaptor (requestContext.node.res)');
          }
          // A bad token is refused here (HTTP 401 through grafserv), before the application's context runs.
          const identity = hooks.verifiedSettings?.(req) ?? (await pgSettingsForAuthorization(req.headers.authorization, options.signingKeys));
          const prepared = await next();
          const context = prepared.contextValue;
          const fromApplication = Object.entries(context.pgSettings ?? {}).filter(([key]) => !isKitSetting(key));
          context.pgSettings = {
            statement_timeout: statementTimeout,
            ...Object.fromEntries(fromApplication),
            ...identity,
            ...clientOf(req, options.trustProxy ?? false),
            ...(options.tokenKeys ? { 'idkit.token_keys': options.tokenKeys } : {}),
          };
          const sessions: SessionContext = {
            keys: options.signingKeys,
            ...(options.sessionCookie && res
              ? {
                  // Set-Cookie headers join whatever grafserv writes once the operation has run.
                  setRefreshCookie: (refreshToken: string | null) => {
                    if (!res.headersSent) res.setHeader('set-cookie', refreshCookieHeaders(refreshToken));
                  },
                }
              : {}),
          };
          context[SESSION_CONTEXT_KEY] = sessions;
          return prepared;
        },
      },
    },
  };
}

/**
 * PostGraphile prefixes the names of every schema but a service's first one (`identityRegisterUser`); the
 * kit's schemas keep their names wherever the application lists them, since clients and this package's
 * documentation use them. An application table named like one of the kit's then fails the schema build:
 * rename it with a `@name` smart tag.
 */
const UnprefixedIdentityNamesPlugin: GraphileConfig.Plugin = {
  name: 'IdkitUnprefixedIdentityNamesPlugin',
  version: '1.0.0',
  description: "The kit's schemas are not prefixed to GraphQL names, whatever their place in the service's schemas",
  inflection: {
    replace: {
      _schemaPrefix(previous, options, details) {
        if (!identityKitSchemas.includes(details.pgNamespace.nspname)) return previous!(details);
        return details.serviceName === 'main' ? '' : `${details.serviceName}_`;
      },
    },
  },
};

/** The kit's preset: its plugins and the settings they need. The kit's own server passes `hooks`; applications do not. */
export function makeIdentityKitPreset(options: IdentityKitPresetOptions, hooks: VerifiedRequests = {}): GraphileConfig.Preset {
  const trusted = options.trustedDocumentsDir ? trustedDocumentsPreset(options.trustedDocumentsDir) : undefined;
  return {
    plugins: [
      makeSessionVerificationPlugin(options, hooks),
      UnprefixedIdentityNamesPlugin,
      SessionPlugin,
      ApiRelationsPlugin,
      PostCommitErrorsPlugin,
      makeRequestGuardPlugin({
        limits: options.limits ?? DEFAULT_LIMITS,
        introspection: options.introspection ?? !options.production,
        requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      }),
      ...(trusted?.plugins ?? []),
    ],
    gather: {
      // Arguments without a default are required, in the kit's functions and the application's alike.
      pgStrictFunctions: true,
    },
    grafserv: {
      // An application that sets its own maskError replaces this one; identityKitMaskError is exported to compose.
      maskError,
      ...trusted?.grafserv,
    },
  };
}
