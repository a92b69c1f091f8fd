import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './chromium';
import { startPasserelle } from './passerelle-server';
import type { PasserelleServer } from './passerelle-server';

/** The demo coordinator created by the demo loader (demo-only password). */
const demoCoordinator = {
  email: 'coordinator@demo.passerelle.dev',
  password: 'demo-coordinator-2026',
};

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

describe('partnerships in the browser', () => {
  it('GIVEN the demo coordinator WHEN they open the Belgium–Morocco partnership THEN its parties and action plan appear', async () => {
    await page.goto('/partnerships');
    await page.waitForURL('**/login');
    await page.getByLabel('Email address').fill(demoCoordinator.email);
    await page.getByLabel('Password').fill(demoCoordinator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/partnerships');
    await page.getByRole('link', { name: 'Belgium–Morocco ICT talent partnership' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Belgium–Morocco ICT talent partnership' })
      .waitFor();
    const map = page.getByRole('region', { name: 'Stakeholder map' });
    await map.waitFor();
    expect(await map.textContent()).toMatch(/Signatory/);
    const timeline = page.getByRole('region', { name: 'Action plan timeline' });
    await timeline.waitFor();
    expect(await timeline.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('GIVEN the coordinator on the edit page WHEN they mark an action done without evidence THEN the reason shows next to the evidence field', async () => {
    await page.getByRole('link', { name: 'Edit plan, scorecard and agreements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the partnership' }).waitFor();
    const firstAction = page.getByRole('form').first();
    await firstAction.getByLabel('Status').selectOption('done');
    await firstAction.getByLabel('Evidence').fill('');
    await firstAction.getByRole('button', { name: 'Save the action' }).click();
    const evidence = firstAction.getByLabel('Evidence');
    await expect.poll(() => evidence.getAttribute('aria-invalid')).toBe('true');
    expect(await firstAction.locator('.field-error').first().textContent()).toMatch(/evidence/);
  });
});
