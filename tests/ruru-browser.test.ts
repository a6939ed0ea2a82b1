// Ruru (the GraphiQL-based IDE served at / in development) works in a real browser: the page loads,
// a typed query runs against the API, and the result pane shows the answer.
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApiUnderTest, type ApiUnderTest, newAccount } from './support/graphql.ts';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = fs.existsSync(chromiumPath);
const inCI = process.env.CI === 'true';
const INSTALL_HINT = `Chromium was not found at ${chromiumPath}. Install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`;

if (!hasChromium && !inCI) {
  console.warn(`Skipping the Ruru browser test: ${INSTALL_HINT}`);
}

const QUERY_EDITOR = '.graphiql-query-editor .monaco-editor';
const HEADERS_EDITOR = '.graphiql-editor-tool .monaco-editor[data-uri$="headers.json"]';
const RESULT_PANE = '.graphiql-response .monaco-editor';

/** Monaco renders spaces as no-break spaces and splits the text into one element per line. */
async function editorText(page: Page, editorSelector: string): Promise<string> {
  const lines = await page.locator(`${editorSelector} .view-lines .view-line`).allTextContents();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Replaces the whole content of a Monaco editor by typing, as a user would. */
async function typeInto(page: Page, editorSelector: string, text: string) {
  const editor = page.locator(editorSelector).first();
  await editor.waitFor({ state: 'visible' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape'); // closes any autocompletion popup
}

describe('Ruru in a browser', () => {
  let t: ApiUnderTest | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    t = await startApiUnderTest({ production: false });
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
    'a query typed into Ruru runs against the API and its result appears in the result pane',
    async () => {
      if (!hasChromium) throw new Error(`CI=true, so the Ruru browser test may not be skipped. ${INSTALL_HINT}`);
      const page = await browser!.newPage();
      page.setDefaultTimeout(10_000);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        const response = await page.goto(`${t!.api.url}/`, { waitUntil: 'domcontentloaded' });
        expect(response?.status()).toBe(200);
        await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(/ruru/i);

        await typeInto(page, QUERY_EDITOR, '{ __typename currentUserUuid }');
        expect(await editorText(page, QUERY_EDITOR)).toBe('{ __typename currentUserUuid }');

        await page.locator('.graphiql-execute-button').click();
        await expect
          .poll(() => editorText(page, RESULT_PANE), { timeout: 10_000 })
          .toContain('"currentUserUuid"');
        expect(JSON.parse(await editorText(page, RESULT_PANE))).toEqual({
          data: { __typename: 'Query', currentUserUuid: null },
        });

        // The same query with a session token typed into the Headers tab runs as that user.
        const account = newAccount('ruru');
        const registered = await fetch(`${t!.api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation($u: String!, $e: String!, $p: String!) {
              registerUser(input: { username: $u, email: $e, password: $p }) { result { uuid } }
            }`,
            variables: { u: account.username, e: account.email, p: account.password },
          }),
        }).then((r) => r.json() as Promise<{ data: { registerUser: { result: { uuid: string } } } }>);
        const uuid = registered.data.registerUser.result.uuid;
        const signedIn = await fetch(`${t!.api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation($l: String!, $p: String!) { authenticate(input: { login: $l, password: $p }) { accessToken } }`,
            variables: { l: account.username, p: account.password },
          }),
        }).then((r) => r.json() as Promise<{ data: { authenticate: { accessToken: string } } }>);
        const token = signedIn.data.authenticate.accessToken;
        expect(token).toEqual(expect.any(String));

        await page.getByRole('button', { name: 'Headers', exact: true }).click();
        await typeInto(page, HEADERS_EDITOR, `{"Authorization": "Bearer ${token}"}`);
        expect(JSON.parse(await editorText(page, HEADERS_EDITOR))).toEqual({ Authorization: `Bearer ${token}` });

        await page.locator('.graphiql-execute-button').click();
        await expect
          .poll(() => editorText(page, RESULT_PANE), { timeout: 10_000 })
          .toContain(uuid);
        expect(JSON.parse(await editorText(page, RESULT_PANE))).toEqual({
          data: { __typename: 'Query', currentUserUuid: uuid },
        });

        expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      } finally {
        await page.close();
      }
    },
    30_000,
  );
});
