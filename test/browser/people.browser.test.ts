import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
// The width of a small phone: the profile must work there.
useBrowserPage((opened) => (page = opened), { viewport: { width: 360, height: 740 } });

describe('the candidate profile in the browser', () => {
  it('GIVEN the demo candidate on a 360px screen WHEN they add a skill found by search and save THEN it is still there after reloading', async () => {
    await page.goto('/people/profile');
    await signIn(page, 'candidate');
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
