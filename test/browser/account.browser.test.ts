import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

// The width of a small phone: the account pages must work there without sideways scrolling.
const phone = { viewport: { width: 375, height: 812 } };

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('account security in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened), phone);

  it('GIVEN someone who forgot their password WHEN they ask for a link from the sign-in page THEN they are told it is on its way, whatever the e-mail', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email address').fill('nobody-here@example.org');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').filter({ hasText: 'a link to choose a new password' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('GIVEN a signed-in analyst WHEN they open account security THEN this session is listed, and signing out everywhere returns them to sign in', async () => {
    await page.goto('/account/security');
    await signIn(page, 'analyst');
    await page.waitForURL('**/account/security');
    await page.getByRole('heading', { level: 1, name: 'Account security' }).waitFor();
    const sessions = page.getByRole('table', { name: 'Your sessions' });
    await sessions.getByText('(this session)').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL('**/login');
    // The session really ended: the page asks to sign in again.
    await page.goto('/account/security');
    await page.waitForURL('**/login');
    await page.getByLabel('Email address').waitFor();
  });
});
