import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** What the people of the value-chain browser test do and see, step by step. */

/** The invitation link mailed to an address, read from the admin-only outbox. */
export async function invitationLink(admin: Page, email: string): Promise<string> {
  const mail = await admin.request.get('/api/outbox/invitations');
  const { messages } = (await mail.json()) as { messages: { recipient: string; body: string }[] };
  const body = messages.find((m) => m.recipient === email)?.body ?? '';
  const link = /https?:\/\/\S+\/invitation#token=[\w-]+/.exec(body)?.[0] ?? '';
  expect(link, `an invitation mailed to ${email}`).not.toBe('');
  const url = new URL(link);
  return url.pathname + url.hash;
}

/**
 * Chooses the option of a select whose text starts with a name, once that option has arrived
 * (a select often shows before its options are loaded: read at once, it holds only "Choose…").
 */
export async function selectStartingWith(select: Locator, name: string): Promise<void> {
  const option = async () =>
    (await select.locator('option').allTextContents()).find((o) => o.startsWith(name));
  await expect.poll(option, { message: `an option "${name}"` }).toBeDefined();
  await select.selectOption({ label: (await option())! });
}

/** A JSON call made from a person's browser context, with their session and CSRF token. */
export async function callApi(page: Page, method: 'GET' | 'POST', url: string, data?: unknown) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const response = await page.request.fetch(url, {
    method,
    headers: { 'x-csrf-token': me.csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return response.status() === 204 ? null : ((await response.json()) as unknown);
}

/** The score of the candidate's match with a vacancy on My matches. */
export async function matchScore(page: Page, title: string): Promise<number> {
  await page.goto('/matching/me');
  await page.getByRole('heading', { level: 1, name: 'My matches' }).waitFor();
  const meter = page.getByRole('meter', { name: `Score of ${title}` });
  await meter.waitFor({ timeout: 60_000 });
  return Number(await meter.getAttribute('aria-valuenow'));
}

/** A visitor signs up as a Moroccan candidate, consenting to every use, and imports a CV. */
export async function signUpWithResume(
  page: Page,
  { name, email, password, file }: { name: string; email: string; password: string; file: string },
): Promise<void> {
  await page.goto('/signup');
  await page.getByRole('heading', { name: 'Create your candidate account' }).waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Country of residence').selectOption('MA');
  await page.getByLabel('Nationality').selectOption('MA');
  const consents = page.getByRole('group', { name: 'What may your profile be used for?' });
  for (const box of await consents.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.waitForURL('**/people/profile');

  await page.getByRole('link', { name: /^Import a CV/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Import my CV' }).waitFor();
  await page.getByLabel('CV file').setInputFiles(file);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'What the CV gives' });
  // The server's first CV builds its extraction lexicon over all of ESCO: slow on a loaded machine.
  await preview.getByText('computer programming').first().waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Add to my profile' }).click();
  await page.waitForURL('**/people/profile');
  const skills = page.getByRole('list', { name: 'Your skills' });
  await skills.getByText('computer programming', { exact: true }).waitFor();
  expect(await skills.getByRole('listitem').count()).toBeGreaterThanOrEqual(12);
}

/** The match card of a vacancy on My matches (chips are list items too: it has the meter). */
export const matchCard = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('meter', { name: `Score of ${title}` }) });
