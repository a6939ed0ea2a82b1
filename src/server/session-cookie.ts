// Cookie mode for browsers: the refresh token travels only in an HttpOnly cookie that is sent to the
// refresh route alone, so scripts in the page never see it. A double-submit token guards that route
// against cross-site requests on top of SameSite=Strict.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REFRESH_ROUTE = '/auth/refresh';
export const REFRESH_COOKIE = '__Secure-idkit-refresh';
export const CSRF_COOKIE = '__Secure-idkit-csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The Set-Cookie headers that hand a browser its refresh token (or, with null, take it away). */
export function refreshCookieHeaders(refreshToken: string | null, csrfToken = randomBytes(18).toString('base64url')): string[] {
  const common = 'Secure; SameSite=Strict';
  if (refreshToken === null) {
    return [
      `${REFRESH_COOKIE}=; Path=${REFRESH_ROUTE}; HttpOnly; ${common}; Max-Age=0`,
      `${CSRF_COOKIE}=; Path=/; ${common}; Max-Age=0`,
    ];
  }
  return [
    `${REFRESH_COOKIE}=${refreshToken}; Path=${REFRESH_ROUTE}; HttpOnly; ${common}`,
    // Readable by the page on purpose: it echoes it in the X-CSRF-Token header of refresh requests.
    `${CSRF_COOKIE}=${csrfToken}; Path=/; ${common}`,
  ];
}

export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

/** The refresh token of a refresh request in cookie mode, or undefined when the request fails the CSRF check. */
export function refreshTokenOfCookieRequest(req: IncomingMessage): { refreshToken: string; csrfToken: string } | undefined {
  const cookies = readCookies(req);
  const refreshToken = cookies.get(REFRESH_COOKIE);
  const csrfCookie = cookies.get(CSRF_COOKIE);
  const csrfHeader = req.headers[CSRF_HEADER];
  if (!refreshToken || !csrfCookie || typeof csrfHeader !== 'string') return undefined;
  const a = Buffer.from(csrfCookie);
  const b = Buffer.from(csrfHeader);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return undefined;
  return { refreshToken, csrfToken: csrfCookie };
}
