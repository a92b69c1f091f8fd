import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

let page: Page;
useBrowserPage((opened) => (page = opened));

describe('partnerships in the browser', () => {
  it('GIVEN the demo coordinator WHEN they open the Belgium–Morocco partnership THEN its parties and action plan appear', async () => {
    await page.goto('/partnerships');
    await signIn(page, 'coordinator');
    await page.waitForURL('**/partnerships');
    await page.getByRole('link', { name: 'Belgium–Morocco ICT talent partnership' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Belgium–Morocco ICT talent partnership' })
      .waitFor();
    const map = page.getByRole('region', { name: 'Stakeholder map' });
    await map.waitFor();
    expect(await map.textContent()).toMatch(/Signatory/);
    const timeline = page.getByRole('region', { name: 'Action plan timeline' });
    await timeline.waitFor();
    expect(await timeline.getByRole('listitem').count()).toBeGreaterThan(0);
  });

  it('GIVEN the coordinator on the edit page WHEN they mark an action done without evidence THEN the reason shows next to the evidence field', async () => {
    await page.getByRole('link', { name: 'Edit plan, scorecard and agreements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the partnership' }).waitFor();
    const firstAction = page.getByRole('form').first();
    await firstAction.getByLabel('Status').selectOption('done');
    await firstAction.getByLabel('Evidence').fill('');
    await firstAction.getByRole('button', { name: 'Save the action' }).click();
    const evidence = firstAction.getByLabel('Evidence');
    await expect.poll(() => evidence.getAttribute('aria-invalid')).toBe('true');
    expect(await firstAction.locator('.field-error').first().textContent()).toMatch(/evidence/);
  });

  it('GIVEN a workshop WHEN a delegation submits an idea, scores it twice and the coordinator selects it THEN the second score is refused and the idea becomes a draft partnership', async () => {
    const title = `Tripartite ICT workshop ${Date.now()}`;
    await page.evaluate(async (workshopTitle) => {
      const me = (await (await fetch('/api/auth/me')).json()) as {
        csrfToken: string;
        user: { memberships: { organisationId: string }[] };
      };
      const { organisations } = (await (await fetch('/api/organisations')).json()) as {
        organisations: { id: string; name: string }[];
      };
      const moroccanEmployers = organisations.find(
        (o) => o.name === 'Federation of Employers (Morocco)',
      );
      const response = await fetch('/api/workshops', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          title: workshopTitle,
          heldOn: '2026-11-20',
          criteria: [
            { key: 'feasibility', label: 'Feasibility', weight: 2 },
            { key: 'decent_work', label: 'Decent work', weight: 1 },
          ],
          delegations: [
            {
              country: 'BE',
              constituency: 'government',
              organisationId: me.user.memberships[0]?.organisationId,
            },
            { country: 'MA', constituency: 'employers', organisationId: moroccanEmployers?.id },
          ],
        }),
      });
      if (response.status !== 201) throw new Error(await response.text());
    }, title);

    await page.goto('/partnerships');
    await page.getByRole('link', { name: 'Tripartite workshops' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await page.getByLabel('Delegation').selectOption({ label: 'BE · government' });
    await page.getByLabel('Title').fill('Cloud engineers for Belgium');
    await page.getByLabel('Origin country').fill('MA');
    await page.getByLabel('Destination country').fill('B1');
    await page.getByLabel('Away').check();
    await page.getByRole('button', { name: 'Submit an idea' }).click();
    const destination = page.getByLabel('Destination country');
    await expect.poll(() => destination.getAttribute('aria-invalid')).toBe('true');
    await destination.fill('BE');
    await page.getByRole('button', { name: 'Submit an idea' }).click();
    await page.getByRole('rowheader', { name: /Cloud engineers for Belgium/ }).waitFor();

    await page.getByLabel(/^Feasibility/).selectOption('4');
    await page.getByLabel(/^Decent work/).selectOption('5');
    await page.getByRole('button', { name: 'Submit my scores' }).click();
    await page.getByRole('cell', { name: /scored by me/ }).waitFor();
    await page.getByLabel(/^Feasibility/).selectOption('1');
    await page.getByLabel(/^Decent work/).selectOption('1');
    await page.getByRole('button', { name: 'Submit my scores' }).click();
    await page.getByText('Your score was not recorded').waitFor();
    expect(await page.getByRole('alert').first().textContent()).toMatch(/409/);

    await page.getByLabel(/Cloud engineers for Belgium/).check();
    await page.getByRole('button', { name: 'Select winners' }).click();
    await page.getByRole('heading', { name: 'Winners selected' }).waitFor();
    await page.getByRole('link', { name: 'Open the draft partnership' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cloud engineers for Belgium' }).waitFor();
  });

  it('GIVEN the new draft partnership WHEN the coordinator adds an action, marks it done, assesses planning and registers an agreement THEN the dashboard shows them and out-of-order dates are refused next to their fields', async () => {
    await page.getByRole('link', { name: 'Edit plan, scorecard and agreements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the partnership' }).waitFor();

    const addAction = page.getByRole('form', { name: 'Add an action' });
    await addAction.getByLabel('Action', { exact: true }).fill('Open the cloud curriculum');
    await addAction.getByLabel('Deadline').fill('2027-09-01');
    await addAction.getByRole('button', { name: 'Add an action' }).click();
    const action = page.getByRole('form', { name: 'Open the cloud curriculum' });
    await action.getByLabel('Status').selectOption('done');
    await action.getByLabel('Evidence').fill('Curriculum approved on 2027-08-15');
    await action.getByRole('button', { name: 'Save the action' }).click();
    await page.getByText('Deadline: 2027-09-01 · Done').waitFor();

    await page.getByLabel('Prerequisite').selectOption('planning');
    await page.getByLabel('Assessment (0–4)').selectOption('3');
    await page.getByLabel('Note').fill('Five-year plan agreed in principle');
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await page.getByText('Recorded assessment: 3/4').waitFor();

    const agreement = page.getByRole('region', { name: 'Add an agreement' });
    await agreement.getByLabel('Agreement').fill('Memorandum on cloud talent');
    await agreement.getByLabel('Signed on').fill('2027-06-01');
    await agreement.getByLabel('Expires on').fill('2027-01-01');
    await agreement.getByRole('button', { name: 'Add an agreement' }).click();
    await agreement.locator('[aria-invalid="true"]').first().waitFor();
    await agreement.getByLabel('Expires on').fill('2031-06-01');
    await agreement.getByRole('button', { name: 'Add an agreement' }).click();
    // Registered once the page has reloaded with an empty form: leaving before, the dashboard may
    // load its register before the agreement is in it.
    await expect.poll(() => agreement.getByLabel('Agreement').inputValue()).toBe('');
    await page.getByRole('link', { name: 'Cloud engineers for Belgium' }).click();
    await page
      .getByRole('region', { name: 'Agreement register' })
      .getByText('Memorandum on cloud talent')
      .waitFor();
  });
});
