import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './chromium';
import { startPasserelle } from './passerelle-server';
import type { PasserelleServer } from './passerelle-server';

/** The demo candidate created by the demo loader (demo-only password). */
const demoCandidate = {
  email: 'candidate@demo.passerelle.dev',
  password: 'demo-candidate-2026',
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

describe('recognition in the browser', () => {
  it('GIVEN the demo candidate WHEN they evaluate the Moroccan ICT qualification for software developer in Belgium THEN the outcome and the covered and missing skills appear', async () => {
    await page.goto('/recognition/evaluate');
    await page.waitForURL('**/login');
    await page.getByLabel('Email address').fill(demoCandidate.email);
    await page.getByLabel('Password').fill(demoCandidate.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/recognition/evaluate');
    await page.getByRole('heading', { level: 1, name: 'Evaluate a recognition' }).waitFor();

    await page.getByLabel('Technicien spécialisé en développement digital').check();
    await page.getByLabel('Target country').selectOption('BE');
    const occupation = page.getByRole('combobox', { name: 'Target occupation' });
    await occupation.fill('software developer');
    await page
      .getByRole('option', { name: /^software developer\b/ })
      .first()
      .click();
    expect(await occupation.inputValue()).toBe('software developer');
    await page.getByRole('button', { name: 'Evaluate', exact: true }).click();

    const result = page.getByRole('article', { name: /^Recognition for software developer/ });
    await result.waitFor();
    expect(await result.locator('[data-outcome]').first().getAttribute('data-outcome')).toBe(
      'partial',
    );
    await page.getByRole('heading', { name: 'Reasons' }).waitFor();
    const covered = page.getByRole('list', { name: /^Covered/ }).getByRole('link');
    const missing = page.getByRole('list', { name: /^Missing/ }).getByRole('link');
    await covered.first().waitFor();
    expect(await covered.count()).toBeGreaterThan(0);
    expect(await missing.count()).toBeGreaterThan(0);
    expect(await covered.first().getAttribute('href')).toMatch(/^\/taxonomy\/skills\//);
    await page.getByRole('heading', { name: 'Compensation pathway' }).waitFor();
    expect(await page.getByTestId('compensation-total').textContent()).toMatch(/\d+ EUR/);
  });
});
