import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
useBrowserPage((opened) => (page = opened));

describe('labour-market intelligence in the browser', () => {
  it('GIVEN the demo analyst WHEN they open the labour market and pick a row THEN the map, the table and the forecast chart show', async () => {
    await page.goto('/labour-market');
    await signIn(page, 'analyst');
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
