import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
useBrowserPage((opened) => (page = opened));

describe('taxonomy in the browser', () => {
  it('GIVEN the demo coordinator WHEN they sign in THEN the home page shows them and the taxonomy', async () => {
    await page.goto('/');
    await signIn(page, 'coordinator');

    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await page.getByRole('heading', { name: 'Your organisations' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    const attribution = page.getByText(
      'This service uses the ESCO classification of the European Commission (ESCO v1.1.1).',
    );
    expect(await attribution.count()).toBeGreaterThanOrEqual(1);
  });

  it('WHEN they search "nurse" THEN a nurse occupation is listed, and its page shows essential skills', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Taxonomy' })
      .click();
    await page.getByRole('searchbox', { name: 'Search occupations and skills' }).fill('nurse');

    const nurseOccupation = page
      .locator('li.result[data-concept-type="occupation"] a.result-link')
      .filter({ hasText: /nurse/i })
      .first();
    await nurseOccupation.waitFor();
    expect(page.url()).toContain('q=nurse');
    const count = await page
      .getByRole('status')
      .filter({ hasText: /results? for “nurse”/ })
      .count();
    expect(count).toBe(1);

    const label = (await nurseOccupation.textContent())?.trim() ?? '';
    expect(label.toLowerCase()).toContain('nurse');
    await nurseOccupation.click();

    await page.waitForURL('**/taxonomy/occupations/**');
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
    const essentialSkills = page.locator('#essential-skills + ul a');
    await essentialSkills.first().waitFor();
    expect(await essentialSkills.count()).toBeGreaterThan(0);
  });

  it('WHEN they follow a skill and then the ISCO path THEN they reach the skill and the ISCO tree', async () => {
    const occupationUrl = page.url();
    await page.locator('#essential-skills + ul a').first().click();
    await page.waitForURL('**/taxonomy/skills/**');
    await page.getByRole('heading', { name: /^Essential for/ }).waitFor();

    await page.goto(occupationUrl);
    const iscoPath = page.getByRole('navigation', { name: 'ISCO-08 path' });
    await iscoPath.getByRole('link', { name: 'ISCO-08', exact: true }).click();
    await page.waitForURL('**/taxonomy/isco');
    await page.getByRole('heading', { level: 1, name: 'ISCO-08 occupation groups' }).waitFor();
  });

  it('WHEN they switch to Arabic THEN the page is laid out right to left, and back', async () => {
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page
      .getByRole('navigation', { name: 'التنقّل الرئيسي' })
      .getByRole('link', { name: 'التصنيف' })
      .waitFor();

    await page.getByLabel('اللغة').selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
