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

/** The first visitor of an empty Passerelle creates its administrator and their organisation. */
export async function setUpFirstAdministrator(
  page: Page,
  who: { name: string; email: string; password: string; organisation: string },
): Promise<void> {
  await page.goto('/setup');
  await page.getByRole('heading', { name: 'Set up Passerelle' }).waitFor();
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByLabel('Organisation name').fill(who.organisation);
  await page.getByLabel('Kind of organisation').selectOption('international_organisation');
  await page.getByLabel('Country').selectOption('BE');
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await page.getByText(`Signed in as ${who.name}`).waitFor();
}

/** An invitee opens their invitation link, names themselves, chooses a password, signs in. */
export async function acceptInvitation(
  page: Page,
  link: string,
  who: { email: string; name: string; password: string },
): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
  await page.getByText(who.email).waitFor();
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Accept and sign in' }).click();
  await page.getByText(`Signed in as ${who.name}`).waitFor();
}

/** An employer posts a vacancy in Belgium (away) taking all the occupation's essential skills. */
export async function postVacancyInBelgium(
  page: Page,
  vacancy: { occupation: string; title: string; positions: number },
): Promise<void> {
  await page.goto('/people/vacancies/new');
  await page.getByRole('combobox', { name: 'Occupation (ESCO)' }).fill(vacancy.occupation);
  await page
    .getByRole('option', { name: new RegExp(`^${vacancy.occupation}`) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Take all essential skills' }).click();
  const essential = page.getByRole('group', { name: 'Essential skills' });
  await expect
    .poll(() => essential.getByRole('checkbox', { checked: true }).count())
    .toBeGreaterThan(0);
  await page.getByLabel('Job title').fill(vacancy.title);
  await page.getByLabel('Country', { exact: true }).selectOption('BE');
  await page.getByLabel('Track', { exact: true }).selectOption('away');
  await page.getByLabel('Positions').fill(String(vacancy.positions));
  await page.getByLabel(/^Legal pathway/).fill('Single permit (work and residence)');
  await page.getByRole('button', { name: 'Post vacancy' }).click();
  await page.waitForURL('**/people/vacancies');
  await page.getByRole('heading', { name: vacancy.title }).waitFor();
}

/**
 * A candidate evaluates the recognition of their qualification for an occupation in Belgium;
 * answers the outcome the evaluation shows.
 */
export async function evaluateRecognition(
  page: Page,
  qualificationTitle: string,
  occupation: string,
): Promise<string | null> {
  await page.goto('/recognition/evaluate');
  await page.getByRole('heading', { level: 1, name: 'Evaluate a recognition' }).waitFor();
  await page.getByLabel(qualificationTitle).check();
  await page.getByLabel('Target country').selectOption('BE');
  await page.getByRole('combobox', { name: 'Target occupation' }).fill(occupation);
  await page
    .getByRole('option', { name: new RegExp(`^${occupation}\\b`) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
  const result = page.getByRole('article', { name: new RegExp(`^Recognition for ${occupation}`) });
  await result.waitFor();
  return result.locator('[data-outcome]').first().getAttribute('data-outcome');
}

/** The candidate applies for the recognition just evaluated; their case shows as submitted. */
export async function applyForRecognition(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Apply for recognition' }).click();
  await page.getByRole('status').filter({ hasText: 'Your application was sent.' }).waitFor();
  await page.goto('/recognition/cases');
  await page.locator('[data-case-status="submitted"]').waitFor();
}

/** A recognition officer reviews the submitted case in their queue and records a decision. */
export async function decideSubmittedCase(
  page: Page,
  outcome: string,
  reasons: string,
): Promise<void> {
  await page.goto('/recognition/queue');
  await page.getByRole('heading', { level: 1, name: 'Recognition case queue' }).waitFor();
  const card = page.locator('[data-case-status="submitted"]');
  await card.getByRole('button', { name: 'Start review' }).click();
  await page.locator('[data-case-status="in_review"]').waitFor();
  const reviewing = page.locator('[data-case-status="in_review"]');
  await reviewing.getByRole('button', { name: 'Decide', exact: true }).click();
  await reviewing.getByLabel('Outcome').selectOption(outcome);
  await reviewing.getByLabel('Reasons (shown to the applicant)').fill(reasons);
  await reviewing.getByRole('button', { name: 'Record the decision' }).click();
  await page.locator('[data-case-status="decided"]').waitFor();
}

/** On the organisations page, the administrator creates one organisation. */
export async function createOrganisation(
  admin: Page,
  organisation: { name: string; kind: string; country: string },
): Promise<void> {
  const form = admin.getByRole('form', { name: 'New organisation' });
  // The form empties itself once the previous creation is done: only then type the next.
  await expect.poll(() => form.getByLabel('Organisation name').inputValue()).toBe('');
  await form.getByLabel('Organisation name').fill(organisation.name);
  await form.getByLabel('Kind of organisation').selectOption(organisation.kind);
  await form.getByLabel('Country').selectOption(organisation.country);
  await form.getByRole('button', { name: 'Create the organisation' }).click();
  await admin
    .getByRole('status')
    .filter({ hasText: `${organisation.name} is created.` })
    .waitFor();
}
