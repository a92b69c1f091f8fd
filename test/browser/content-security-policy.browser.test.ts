import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
const violations: string[] = [];
useBrowserPage((opened) => {
  page = opened;
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
});

describe('the Content-Security-Policy in a real browser', () => {
  it('GIVEN the CSP WHEN the analyst opens the labour market (map, charts, tooltips) THEN nothing is blocked', async () => {
    await page.goto('/labour-market');
    await signIn(page, 'analyst');
    await page.waitForURL('**/labour-market');
    const map = page.getByRole('img', { name: /Map of countries/ });
    await map.waitFor();
    await page.getByRole('table').first().getByRole('row').nth(1).click();
    const chart = page.getByRole('img', { name: /with the forecast band/ });
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('the forecast chart has no box');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
    // ECharts writes its tooltip with innerHTML, coloured markers as <span style="…">.
    await chart.locator('span').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(violations).toEqual([]);
  });

  it('GIVEN the CSP WHEN the Swagger UI opens THEN it renders the operations and nothing is blocked', async () => {
    await page.goto('/api/docs');
    // An operation rendered (the first load builds the OpenAPI document: give it time).
    await page.locator('.opblock-summary-path').first().waitFor({ timeout: 60_000 });
    expect(violations).toEqual([]);
  });
});
