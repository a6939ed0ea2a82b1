// HTTP routes beside GraphQL: the public keys of access tokens, and (cookie mode) the refresh route.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import * as sessions from '../../generated/sessions.queries.ts';
import { inSession } from '../client/session.ts';
import { IDENTITY_ERROR_CODES } from '../errors.ts';
import { issueSession } from '../sessions/access-tokens.ts';
import type { SigningKeys } from '../sessions/signing-keys.ts';
import { REFRESH_FAILED } from './session-plugin.ts';
import { REFRESH_ROUTE, refreshCookieHeaders, refreshTokenOfCookieRequest } from './session-cookie.ts';

export const JWKS_ROUTE = '/.well-known/jwks.json';

export interface SessionRoutesOptions {
  keys: SigningKeys;
  /** Cookie mode: serve the refresh route. */
  sessionCookie: boolean;
  /** app_authenticator's pool, for the refresh route. */
  pool: pg.Pool;
  /** The client address and user agent settings of a request, as the GraphQL context sets them. */
  clientSettings: (req: IncomingMessage) => Record<string, string>;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** Handles the request if it is for one of these routes; false to let GraphQL have it. */
export function handleSessionRoute(options: SessionRoutesOptions, req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0];
  if (path === JWKS_ROUTE) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    // Verifiers may cache the keys for five minutes; a token with an unknown kid should make them refetch.
    res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'public, max-age=300' });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(options.keys.jwks));
    return true;
  }
  if (path === REFRESH_ROUTE && options.sessionCookie) {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    refreshFromCookie(options, req, res).catch((error) => {
      console.error('pg-identity-kit: refresh failed:', error instanceof Error ? error.message : error);
      if (!res.headersSent) json(res, 500, { errors: [{ message: 'Internal error' }] });
    });
    return true;
  }
  return false;
}

async function refreshFromCookie(options: SessionRoutesOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refused = () =>
    json(res, 401, { errors: [{ message: IDENTITY_ERROR_CODES[REFRESH_FAILED], extensions: { code: REFRESH_FAILED } }] }, {
      'set-cookie': refreshCookieHeaders(null),
    });
  const presented = refreshTokenOfCookieRequest(req);
  if (!presented) return refused();
  // The typed client's transaction (role, then the call), with the client address this server saw.
  const [grant] = await inSession(options.pool, { role: 'app_anonymous', settings: options.clientSettings(req) }, (client) =>
    sessions.refreshSession.run({ refreshToken: presented.refreshToken }, client),
  );
  const issued = grant && (await issueSession(options.keys, grant));
  if (!issued) return refused();
  json(res, 200, { accessToken: issued.accessToken, expiresAt: issued.expiresAt.toISOString(), sessionId: issued.sessionId }, {
    'set-cookie': refreshCookieHeaders(issued.refreshToken, presented.csrfToken),
  });
}
