import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './browser-page';

let page: Page;
// A phone-sized screen: workers file from their phones.
useBrowserPage((opened) => (page = opened), { viewport: { width: 375, height: 740 } });

describe('an anonymous grievance in the browser', () => {
  it('GIVEN no account WHEN a worker files a grievance on a phone THEN the receipt code follows the case', async () => {
    await page.goto('/grievance');
    await page.getByRole('heading', { level: 1, name: 'File a grievance' }).waitFor();
    await page.getByLabel('Topic').selectOption('documents_withheld');
    await page.getByLabel('What happened').fill('The agency keeps my passport since I arrived');
    await page.getByLabel('Country where it happened').selectOption('BE');
    await page.getByRole('button', { name: 'File the grievance' }).click();
    await page.getByRole('heading', { name: 'Your grievance is filed' }).waitFor();
    const code = (await page.getByTestId('receipt-code').textContent()) ?? '';
    expect(code).toMatch(/^([A-Z2-9]{4}-){4}[A-Z2-9]{4}$/);
    // Nothing wider than the phone's screen.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);

    await page
      .getByRole('status')
      .getByRole('link', { name: 'Follow a grievance with its receipt code' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Follow a grievance' }).waitFor();
    await page.getByLabel('Receipt code').fill(code);
    await page.getByRole('button', { name: 'Show my case' }).click();
    await page.getByText('The agency keeps my passport since I arrived').waitFor();
    await page.getByRole('heading', { name: 'Documents withheld' }).waitFor();
    await expect
      .poll(() => page.getByTestId('grievance-status').textContent())
      .toBe('Filed, awaiting acknowledgement');

    await page.getByLabel('Add information for the handler').fill('It started in March');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('It started in March').waitFor();
    await page.getByText('Information provided').waitFor();
  });

  it('GIVEN the Arabic interface THEN the filing page reads right to left', async () => {
    await page.evaluate(() => localStorage.setItem('passerelle.language', 'ar'));
    await page.goto('/grievance');
    await page.getByRole('heading', { level: 1, name: 'تقديم شكوى' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.evaluate(() => localStorage.removeItem('passerelle.language'));
  });
});
