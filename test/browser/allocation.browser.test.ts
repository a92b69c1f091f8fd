import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
useBrowserPage((opened) => (page = opened));

describe('cohort allocation in the browser', () => {
  it('GIVEN the demo coordinator WHEN they allocate the Belgium–Morocco cohort THEN the run finishes and shows its summary, fairness and people', async () => {
    await page.goto('/allocation');
    await signIn(page, 'coordinator');
    await page.waitForURL('**/allocation');
    await page.getByRole('heading', { level: 1, name: 'Cohort allocation' }).waitFor();
    await page
      .getByLabel('Partnership')
      .selectOption({ label: 'Belgium–Morocco ICT talent partnership' });
    await page.getByLabel('Seed').fill('5');
    await page.getByRole('button', { name: 'Allocate the cohort' }).click();

    await page.waitForURL('**/allocation/runs/**');
    await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor({ timeout: 60_000 });
    const summary = page.getByRole('region', { name: 'Summary' });
    expect(
      Number(
        await summary
          .getByRole('row', { name: /Assigned/ })
          .locator('td')
          .textContent(),
      ),
    ).toBeGreaterThan(0);

    const fairness = page.getByRole('region', { name: 'Fairness' });
    await fairness.getByRole('table').first().waitFor();
    expect(await fairness.getByRole('row').count()).toBeGreaterThan(1);
    await fairness.getByRole('img').first().waitFor();

    const people = page.getByRole('region', { name: 'People and their slots' });
    await people.getByRole('row').nth(1).waitFor();
    expect(await people.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('GIVEN a person WHEN the coordinator overrides their slot with a reason THEN it is saved and shown in the list', async () => {
    const people = page.getByRole('region', { name: 'People and their slots' });
    await people.getByRole('button', { name: 'Override…' }).first().click();
    const form = page.getByRole('form', { name: 'Override or lock a slot' });
    await form.getByLabel('Reason (required, audited)').fill('Prefers to stay home');
    await form.getByLabel('Slot in force').selectOption({ label: 'Unassigned' });
    await form.getByRole('button', { name: 'Save the override' }).click();
    await form.getByRole('status').filter({ hasText: 'Override saved.' }).waitFor();
    await people.getByText('Prefers to stay home').first().waitFor();
  });
});
