import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
// A phone-sized screen: the cost form must work at 375 px.
useBrowserPage((opened) => (page = opened), { viewport: { width: 375, height: 740 } });

describe('fair recruitment in the browser', () => {
  it('GIVEN the demo coordinator WHEN they open the partnership THEN SDG 10.7.1, a flagged contract compared field by field, and a cost recorded on a phone', async () => {
    await page.goto('/protection/fair-recruitment');
    await signIn(page, 'coordinator');
    await page.waitForURL('**/protection/fair-recruitment');
    await page.getByRole('heading', { level: 1, name: 'Fair recruitment' }).waitFor();
    const partnerships = page.getByRole('region', { name: 'Figures per partnership' });
    // The demo places people in one partnership: find the one whose page lists a flagged contract.
    // The list is read once it has arrived (reading it earlier finds no partnership at all).
    await partnerships.getByRole('link').first().waitFor();
    const titles = await partnerships.getByRole('link').allTextContents();
    let found = false;
    for (const title of titles) {
      await page.goto('/protection/fair-recruitment');
      await page
        .getByRole('region', { name: 'Figures per partnership' })
        .getByRole('link', { name: title, exact: true })
        .click();
      await page.getByRole('heading', { level: 2, name: 'SDG indicator 10.7.1' }).waitFor();
      const contracts = page.getByRole('region', { name: 'Contracts' });
      // Its contracts have arrived once a contract or the empty state shows (the heading alone is not enough).
      await contracts
        .getByRole('listitem')
        .or(contracts.getByText('No contracts to show.'))
        .first()
        .waitFor();
      if ((await contracts.getByText('possible substitution').count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    const contracts = page.getByRole('region', { name: 'Contracts' });
    await contracts
      .getByRole('listitem')
      .filter({ hasText: 'possible substitution' })
      .getByRole('link')
      .click();
    const comparison = page.getByRole('region', {
      name: 'Offer, signed contract and actual terms',
    });
    await comparison.getByRole('table').waitFor();
    await comparison.getByRole('rowheader', { name: /Wage.*beyond tolerance/ }).waitFor();

    const form = page.getByRole('form', { name: 'Record a fee or cost' });
    await form.getByLabel('What was paid').selectOption({ label: 'Documents' });
    await form.getByLabel('Amount').fill('75');
    await form.getByLabel('Who paid').selectOption({ label: 'The worker' });
    await form.getByRole('button', { name: 'Record' }).click();
    const costs = page.getByRole('region', { name: 'Fees and costs' });
    await costs.getByText(/Documents: 75 /).waitFor();
    await costs.getByText('the employer should pay this').first().waitFor();
    // Nothing overflows the phone's width.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('GIVEN the demo workers’ representative WHEN they open a partnership with placements THEN the compliance records read "fewer than 5" with the sentence saying why', async () => {
    // The coordinator's session ends with its cookie; the representative signs in afresh.
    await page.context().clearCookies();
    await page.goto('/protection/fair-recruitment');
    await signIn(page, 'worker_representative');
    await page.waitForURL('**/protection/fair-recruitment');
    const partnerships = page.getByRole('region', { name: 'Figures per partnership' });
    await partnerships.getByRole('link').first().waitFor();
    const titles = await partnerships.getByRole('link').allTextContents();
    let withheld = 0;
    for (const title of titles) {
      await page.goto('/protection/fair-recruitment');
      await page
        .getByRole('region', { name: 'Figures per partnership' })
        .getByRole('link', { name: title, exact: true })
        .click();
      const compliance = page.getByRole('region', {
        name: 'Compliance of employers and recruiters',
      });
      await compliance
        .getByRole('listitem')
        .or(compliance.getByText('No employer or recruiter to show.'))
        .first()
        .waitFor();
      withheld = await compliance.getByText('fewer than 5').count();
      if (withheld > 0) {
        await compliance
          .getByText('Figures about fewer than 5 people are withheld', { exact: false })
          .waitFor();
        break;
      }
    }
    expect(withheld).toBeGreaterThan(0);
  });
});
