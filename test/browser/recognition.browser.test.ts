import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
useBrowserPage((opened) => (page = opened));

describe('recognition in the browser', () => {
  it('GIVEN the demo candidate WHEN they evaluate the Moroccan ICT qualification for software developer in Belgium THEN the outcome and the covered and missing skills appear', async () => {
    await page.goto('/recognition/evaluate');
    await signIn(page, 'candidate');
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
    await expect.poll(() => occupation.inputValue()).toBe('software developer');
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
