import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './chromium';
import { startPasserelle } from './passerelle-server';
import type { PasserelleServer } from './passerelle-server';

/** The demo candidate, who gets a generated profile from the demo loader. */
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
  // The width of a small phone: the profile must work there.
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'en-GB',
    viewport: { width: 360, height: 740 },
  });
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

describe('the candidate profile in the browser', () => {
  it('GIVEN the demo candidate on a 360px screen WHEN they add a skill found by search and save THEN it is still there after reloading', async () => {
    await page.goto('/people/profile');
    await page.waitForURL('**/login');
    await page.getByLabel('Email address').fill(demoCandidate.email);
    await page.getByLabel('Password').fill(demoCandidate.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/people/profile');
    await page.getByRole('heading', { level: 1, name: 'My skills profile' }).waitFor();
    const skills = page.getByRole('list', { name: 'Your skills' });
    // The demo generator gave the candidate a profile with skills of a corridor occupation.
    await skills.getByRole('listitem').first().waitFor();

    await page.getByLabel('Find a skill').fill('circus dramaturgy');
    const result = page
      .getByRole('list', { name: 'Matching skills' })
      .getByRole('listitem')
      .filter({ hasText: /^circus dramaturgy/ });
    await result.getByRole('button', { name: 'Add' }).click();
    await skills.getByText('circus dramaturgy', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.reload();
    await page
      .getByRole('list', { name: 'Your skills' })
      .getByText('circus dramaturgy', { exact: true })
      .waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
