import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Role } from '../../src/accounts/roles.js';
import { demoEmail, demoPassword } from '../../src/demo/people.js';
import { launchChromium, screenshot } from './chromium';
import { startPasserelle, type PasserelleServer } from './passerelle-server';

/**
 * Registers a browser suite's hooks: the (shared) Passerelle server, one Chromium page in
 * British English, and a screenshot of any failing test. `onPage` receives the page.
 */
export function useBrowserPage(
  onPage: (page: Page) => void,
  contextOptions: BrowserContextOptions = {},
): void {
  let server: PasserelleServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startPasserelle();
    browser = await launchChromium();
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'en-GB',
      ...contextOptions,
    });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    onPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(() => screenshot(page, task.name));
  });
}

/**
 * Signs in as the demo user of a role on the login page the app has redirected to; resolves once
 * the app has left the login page, i.e. the session is open (a request made earlier would be
 * made without it).
 */
export async function signIn(page: Page, role: Role): Promise<void> {
  await page.waitForURL('**/login');
  await page.getByLabel('Email address').fill(demoEmail(role));
  await page.getByLabel('Password').fill(demoPassword(role));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}
