import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

// The shared browser server runs with DEMO=on, so the setup page is never offered there: the
// setup flow is tested at route level (src/accounts/onboarding.routes.test.ts).
const phone = { viewport: { width: 375, height: 812 } };
const unique = Date.now().toString(36);

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('starting for real in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened), phone);

  it('GIVEN a visitor WHEN they sign up as a candidate THEN no consent is ticked for them and they land on their profile', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'New candidate? Create your account' }).click();
    await page.getByRole('heading', { name: 'Create your candidate account' }).waitFor();
    const consents = page.getByRole('group', { name: 'What may your profile be used for?' });
    const boxes = consents.getByRole('checkbox');
    expect(await boxes.count()).toBe(3);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByLabel('Your name').fill('Youssef Browser');
    await page.getByLabel('Email address').fill(`youssef.${unique}@example.org`);
    await page.getByLabel('Password', { exact: true }).fill('my browser passphrase 2026');
    await page.getByLabel('Country of residence').selectOption('MA');
    await page.getByLabel('Nationality').selectOption('MA');
    await consents.getByLabel('Share my profile with employers').check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL('**/people/profile');
    await page.getByRole('heading', { level: 1, name: 'My skills profile' }).waitFor();
    // The profile exists already (no "fill it in" invitation) and carries the sign-up's name.
    await page.locator('#people-name, input[value="Youssef Browser"]').first().waitFor();
    expect(await page.getByText('You have no profile yet').count()).toBe(0);
  });

  it('GIVEN an administrator’s invitation WHEN the invitee opens the link and chooses a password THEN they are signed in', async () => {
    await page.context().clearCookies();
    await page.goto('/admin/organisations');
    await signIn(page, 'admin');
    await page.waitForURL('**/admin/organisations');
    const form = page.getByRole('form', { name: 'Invite someone' });
    const organisation = form.getByLabel('Organisation');
    const first = await organisation.locator('option').nth(1).getAttribute('value');
    await organisation.selectOption(first ?? '');
    const email = `invitee.${unique}@example.org`;
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel('Role').selectOption('analyst');
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByRole('status').filter({ hasText: email }).waitFor();

    const mail = await page.request.get('/api/outbox/invitations');
    const messages = (await mail.json()) as { messages: { recipient: string; body: string }[] };
    const body = messages.messages.find((m) => m.recipient === email)?.body ?? '';
    const link = /https?:\/\/\S+\/invitation#token=[\w-]+/.exec(body)?.[0] ?? '';
    expect(link).not.toBe('');

    await page.context().clearCookies();
    await page.goto(new URL(link).pathname + new URL(link).hash);
    await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    await page.getByText(email).waitFor();
    await page.getByLabel('Your name').fill('Invited Analyst');
    await page.getByLabel('Password', { exact: true }).fill('an invited passphrase 2026');
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByText('Signed in as Invited Analyst').waitFor();
  });

  it('GIVEN an administrator WHEN they create, rename and deactivate an organisation THEN a duplicate name is refused beside the field', async () => {
    await page.context().clearCookies();
    await page.goto('/admin/organisations');
    await signIn(page, 'admin');
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    const form = page.getByRole('form', { name: 'New organisation' });
    const name = `Oujda Care ${unique}`;
    const create = async () => {
      await form.getByLabel('Organisation name').fill(name);
      await form.getByLabel('Kind of organisation').selectOption('employer');
      await form.getByLabel('Country').selectOption('MA');
      await form.getByRole('button', { name: 'Create the organisation' }).click();
    };
    await create();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} is created.` })
      .waitFor();
    const table = page.getByRole('table', { name: 'Organisations taking part, by name' });
    await table.getByRole('rowheader', { name }).waitFor();

    await create();
    await form.getByText('another organisation in this country has this name').waitFor();
    expect(await form.getByLabel('Organisation name').getAttribute('aria-invalid')).toBe('true');

    await table.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('form', { name: `Edit ${name}` });
    await edit.getByLabel('City (optional)').fill('Oujda');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} is saved.` })
      .waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await table.getByRole('button', { name: `Deactivate ${name}` }).click();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await row.getByText('Deactivated').waitFor();
    await row.getByText('Oujda, MA').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
