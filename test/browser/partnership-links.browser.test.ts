import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '../../src/accounts/roles.js';
import { signIn, useBrowserPage } from './browser-page';
import { selectStartingWith } from './value-chain-steps';

let page: Page;
useBrowserPage((opened) => (page = opened));

const title = `Morocco–Belgium developers ${Date.now()}`;

async function switchTo(role: Role) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Signed out once the app has gone to the login page: leaving earlier may cancel the sign-out
  // request before it reaches the server, and the next page opens still signed in.
  await page.waitForURL('**/login');
  await page.goto('/partnerships');
  await signIn(page, role);
  await page.waitForURL('**/partnerships');
}

/** The names of the demo coordinator's agency and of the Belgian employer of Belgium–Morocco. */
async function partyNames(): Promise<{ agency: string; employer: string }> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/auth/me')).json()) as {
      user: { memberships: { organisationName: string }[] };
    };
    const { partnerships } = (await (await fetch('/api/partnerships')).json()) as {
      partnerships: { id: string; title: string }[];
    };
    const bm = partnerships.find((p) => p.title.startsWith('Belgium–Morocco'))!;
    const dashboard = (await (await fetch(`/api/partnerships/${bm.id}`)).json()) as {
      partnership: { parties: { name: string; role: string; country: string }[] };
    };
    const employer = dashboard.partnership.parties.find(
      (p) => p.role === 'employer' && p.country === 'BE',
    )!;
    return { agency: me.user.memberships[0]!.organisationName, employer: employer.name };
  });
}

describe('a partnership made in the UI and its linked vacancies', () => {
  it('GIVEN the coordinator WHEN they create a partnership with two priority occupations and caps THEN its page shows them', async () => {
    await page.goto('/partnerships');
    await signIn(page, 'coordinator');
    await page.waitForURL('**/partnerships');
    const names = await partyNames();
    await page.getByRole('link', { name: 'Create a partnership' }).click();
    await page.getByRole('heading', { level: 1, name: 'New partnership' }).waitFor();
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Origin country of corridor 1 (ISO code)').fill('MA');
    await page.getByLabel('Destination country of corridor 1 (ISO code)').fill('BE');
    for (const isco of ['2512', '2513']) {
      await page.getByLabel('Or an ISCO-08 unit group').fill(isco);
      await page.getByRole('button', { name: 'Add the ISCO group' }).click();
    }
    await page.getByLabel('Most people in 2512').fill('2');
    await page.getByLabel('Most people in 2513').fill('1');
    await page.getByLabel('Minimum matching score (0–100)').fill('30');
    for (const [i, name, role] of [
      [0, names.agency, 'signatory'],
      [1, names.employer, 'employer'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a party' }).click();
      // The organisations arrive after the party row: read at once, the list holds only "Choose…".
      await selectStartingWith(page.getByLabel(`Organisation of party ${i + 1}`), name);
      await page.getByLabel(`Role of party ${i + 1}`).selectOption(role);
    }
    await page.getByRole('button', { name: 'Create the partnership' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('2512, 2513').count()).toBe(1);

    await page.getByRole('link', { name: 'Edit terms, parties and quotas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit terms and parties' }).waitFor();
    await expect.poll(() => page.getByLabel('Most people in 2512').inputValue()).toBe('2');
    await page.getByLabel('Most people in 2512').fill('5');
    await page.getByRole('button', { name: 'Save the partnership' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const quotas = page.getByRole('region', { name: 'Quotas' });
    await expect.poll(() => quotas.textContent()).toMatch(/2512\D+5/);
  });

  it('GIVEN the employer party WHEN it proposes two vacancies and the coordinator accepts them THEN both are accepted', async () => {
    await switchTo('employer');
    await page.getByRole('link', { name: title }).click();
    const links = page.getByRole('region', { name: 'Linked vacancies and programmes' });
    await links.waitFor();
    for (let n = 1; n <= 2; n++) {
      const slot = links.getByRole('combobox', { name: 'Vacancy or programme' });
      await slot.waitFor();
      await slot.selectOption({ index: n });
      await links.getByRole('button', { name: 'Propose the link' }).click();
      await expect.poll(() => links.getByRole('row').count()).toBe(n + 1);
    }
    expect(await links.getByRole('cell', { name: 'Proposed', exact: true }).count()).toBe(2);

    await switchTo('coordinator');
    await page.getByRole('link', { name: title }).click();
    await links.waitFor();
    for (let n = 0; n < 2; n++) {
      await links
        .getByRole('button', { name: /^Accept / })
        .first()
        .click();
      await expect
        .poll(() => links.getByRole('cell', { name: 'Accepted', exact: true }).count())
        .toBe(n + 1);
    }
    expect(await links.getByRole('button', { name: /^Accept / }).count()).toBe(0);
  });
});
