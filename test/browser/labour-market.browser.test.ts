import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './chromium';
import { startPasserelle } from './passerelle-server';
import type { PasserelleServer } from './passerelle-server';

const demoAnalyst = { email: 'analyst@demo.passerelle.dev', password: 'demo-analyst-2026' };

let server: PasserelleServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  server = await startPasserelle();
  browser = await launchChromium();
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => screenshot(page, task.name));
});

describe('labour-market intelligence in the browser', () => {
  it('GIVEN the demo analyst WHEN they open the labour market and pick a row THEN the map, the table and the forecast chart show', async () => {
    await page.goto('/labour-market');
    await page.waitForURL('**/login');
    await page.getByLabel('Email address').fill(demoAnalyst.email);
    await page.getByLabel('Password').fill(demoAnalyst.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/labour-market');
    await page.getByRole('heading', { level: 1, name: 'Labour market' }).waitFor();
    await page.getByRole('img', { name: /Map of countries/ }).waitFor();
    const firstRow = page.getByRole('table').first().getByRole('row').nth(1);
    await firstRow.click();
    await page.getByRole('img', { name: /with the forecast band/ }).waitFor();
    await page.getByText(/Backtest over \d+ origins/).waitFor();
    await page.getByRole('heading', { name: 'Brain-drain early warnings' }).waitFor();
    await page
      .getByText(/per 10,000 population/)
      .first()
      .waitFor();
  });
});
