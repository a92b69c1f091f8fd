import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

/** Calls the API from the page, with its session and CSRF token (as the UI does). */
async function callApi<T>(page: Page, method: string, path: string): Promise<T> {
  return page.evaluate(
    async ({ method, path }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(path, { method, headers: { 'x-csrf-token': me.csrfToken } });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
      return response.status === 204 ? undefined : response.json();
    },
    { method, path },
  ) as Promise<T>;
}

describe("a training provider's programme enrolments in the browser", () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened));

  it('GIVEN the demo trainer on their programme WHEN they enrol a person with a date after today THEN the date field says why; with today the person is listed, then withdrawn with a reason', async () => {
    // The demo candidate's reference, as they would give it to the provider.
    await page.goto('/people/profile');
    await signIn(page, 'candidate');
    const me = await callApi<{ id: string; profile: { name: string } }>(
      page,
      'GET',
      '/api/candidates/me',
    );
    await callApi(page, 'POST', '/api/auth/logout');

    await page.goto('/people/programmes');
    await signIn(page, 'trainer');
    const session = await callApi<{ user: { memberships: { organisationId: string }[] } }>(
      page,
      'GET',
      '/api/auth/me',
    );
    const provider = session.user.memberships[0]!.organisationId;
    const { programmes } = await callApi<{ programmes: { id: string }[] }>(
      page,
      'GET',
      `/api/programmes?provider=${provider}`,
    );
    expect(programmes.length).toBeGreaterThan(0);
    await page.goto(`/people/programmes/${programmes[0]!.id}/edit`);
    const section = page.getByRole('region', { name: 'Enrolments' });
    await section.waitFor();
    // The list has loaded (empty or not) before anything is read from it.
    await expect
      .poll(
        async () =>
          (await section.getByText('No one is enrolled yet.').count()) +
          (await section.getByRole('list', { name: 'Enrolled people' }).count()),
      )
      .toBeGreaterThan(0);

    const form = section.getByRole('form', { name: 'Enrol a person' });
    await form.getByLabel('Person’s reference (from their profile)').fill(me.id);
    await form.getByLabel('Enrolled on').fill('2099-01-01');
    await form.getByRole('button', { name: 'Enrol a person' }).click();
    await form.getByRole('alert').filter({ hasText: 'is after today' }).waitFor();
    expect(await form.getByLabel('Enrolled on').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Enrolled on').fill(new Date().toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Enrol a person' }).click();
    const item = section
      .getByRole('list', { name: 'Enrolled people' })
      .getByRole('listitem')
      .filter({ hasText: me.profile.name });
    await item.getByText(/enrolled since/).waitFor();
    await expect
      .poll(() => item.getByText(/Journey: |No journey in a linked partnership/).count())
      .toBe(1);

    const withdrawal = item.getByRole('form', {
      name: `Withdraw the enrolment of ${me.profile.name}`,
    });
    await withdrawal.getByLabel('Reason for the withdrawal').fill('Found a job at home');
    await withdrawal.getByRole('button', { name: 'Withdraw' }).click();
    await item.getByText(/withdrawn on .*: Found a job at home/).waitFor();
    expect(await item.getByRole('form').count()).toBe(0);
  });
});
