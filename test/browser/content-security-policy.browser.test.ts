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
    const box = await chart.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2); // a tooltip
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
  });

  it('GIVEN the CSP WHEN the Swagger UI opens THEN it renders the operations and nothing is blocked', async () => {
    await page.goto('/api/docs');
    await page.locator('.opblock-summary-path').first().waitFor(); // an operation rendered
    expect(violations).toEqual([]);
  });
});
