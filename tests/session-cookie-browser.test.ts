// Cookie mode in a real browser: a page signs in and refreshes its session, and its scripts never see the
// refresh token (HttpOnly cookie, sent only to the refresh route); a cross-site-style request without the
// CSRF header is refused.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newAccount, startApiUnderTest, type ApiUnderTest } from './support/graphql.ts';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = fs.existsSync(chromiumPath);
const inCI = process.env.CI === 'true';
const INSTALL_HINT = `Chromium was not found at ${chromiumPath}. Install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`;
// Evaluated in the page, where `document` exists (the project compiles without the DOM library).
declare const document: { cookie: string };

if (!hasChromium && !inCI) console.warn(`Skipping the cookie-mode browser test: ${INSTALL_HINT}`);

describe('cookie mode in a browser', () => {
  let t: ApiUnderTest | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    t = await startApiUnderTest({ sessionCookie: true });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      timeout: 15_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  test.skipIf(!hasChromium && !inCI)(
    'page scripts sign in and refresh, yet never see the refresh token',
    async () => {
      if (!hasChromium) throw new Error(`CI=true, so the cookie-mode browser test may not be skipped. ${INSTALL_HINT}`);
      const account = newAccount('browser');
      await fetch(`${t!.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $e: String!, $p: String!) { registerUser(input: {username: $u, email: $e, password: $p}) { result { uuid } } }',
          variables: { u: account.username, e: account.email, p: account.password },
        }),
      });
      const context = await browser!.newContext();
      const page = await context.newPage();
      try {
        // Any page of the API's origin will do as the application's page.
        await page.goto(`${t!.api.url}/.well-known/jwks.json`);
        const seen = await page.evaluate(async ({ login, password }) => {
          const gql = async (query: string, variables: Record<string, unknown>, token?: string) =>
            (await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
              body: JSON.stringify({ query, variables }),
            })).json() as Promise<any>;
          const signIn = await gql(
            'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken refreshToken } }',
            { l: login, p: password },
          );
          const cookiesAfterSignIn = document.cookie;
          const csrf = /(?:^|; )__Secure-idkit-csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
          const withoutCsrf = (await fetch('/auth/refresh', { method: 'POST' })).status;
          // The refusal above cleared the cookies: sign in again for the real refresh.
          const again = await gql(
            'mutation($l: String!, $p: String!) { authenticate(input: {login: $l, password: $p}) { accessToken } }',
            { l: login, p: password },
          );
          const csrf2 = /(?:^|; )__Secure-idkit-csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
          const refreshed = await fetch('/auth/refresh', { method: 'POST', headers: { 'x-csrf-token': csrf2 } });
          const refreshBody = (await refreshed.json()) as any;
          const me = await gql('{ currentUser { uuid } }', {}, refreshBody.accessToken);
          return {
            signIn,
            again: again.data.authenticate.accessToken !== null,
            cookiesAfterSignIn,
            csrf,
            withoutCsrf,
            refreshStatus: refreshed.status,
            refreshBody: JSON.stringify(refreshBody),
            me,
            cookiesAtEnd: document.cookie,
          };
        }, { login: account.username, password: account.password });

        expect(seen.signIn.data.authenticate.accessToken).toEqual(expect.any(String));
        expect(seen.signIn.data.authenticate.refreshToken).toBeNull();
        expect(seen.csrf).not.toBe('');
        expect(seen.withoutCsrf).toBe(401);
        expect(seen.again).toBe(true);
        expect(seen.refreshStatus).toBe(200);
        expect(seen.me.data.currentUser.uuid).toEqual(expect.any(String));
        // The page's scripts never saw anything that looks like a refresh token.
        const refreshShape = /[0-9a-f-]{36}\.\d+\.[A-Za-z0-9_-]{43}/;
        for (const text of [JSON.stringify(seen.signIn), seen.cookiesAfterSignIn, seen.refreshBody, seen.cookiesAtEnd]) {
          expect(text).not.toMatch(refreshShape);
        }
        // The browser holds it, HttpOnly, Secure, SameSite=Strict, for the refresh route only.
        const cookies = await context.cookies(t!.api.url + '/auth/refresh');
        const refresh = cookies.find((c) => c.name === '__Secure-idkit-refresh');
        expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth/refresh' });
        expect(refresh!.value).toMatch(refreshShape);
      } finally {
        await context.close();
      }
    },
    30_000,
  );
});
