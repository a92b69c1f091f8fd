import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Role } from '../../src/accounts/roles.js';
import { signIn } from './browser-page';
import { callApi } from './value-chain-steps';
import { launchChromium, screenshot } from './chromium';
import { startPasserelle, type PasserelleServer } from './passerelle-server';

/**
 * Issue 26: a demo person's passport, its PDF, the public verify page (valid, tampered) and the
 * issuer's register flipping the verify page to revoked. One browser context per person; the
 * verifier is signed out.
 */

let server: PasserelleServer | undefined;
let browser: Browser | undefined;
let lastPage: Page | undefined;

async function freshPage(): Promise<Page> {
  const context = await browser!.newContext({
    baseURL: server!.url,
    locale: 'en-GB',
    acceptDownloads: true,
    viewport: { width: 375, height: 800 },
  });
  context.setDefaultTimeout(20_000);
  lastPage = await context.newPage();
  return lastPage;
}

async function signedIn(role: Role, path: string): Promise<Page> {
  const page = await freshPage();
  await page.goto(path);
  await signIn(page, role);
  await page.waitForURL(`**${path}`);
  return page;
}

/** Downloads what clicking `name` (inside `scope`) offers and returns its bytes. */
async function download(scope: Page | Locator, name: string | RegExp): Promise<Buffer> {
  const page = 'waitForEvent' in scope ? scope : scope.page();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope
      .getByRole(/PDF/.test(String(name)) ? 'link' : 'button', { name })
      .first()
      .click(),
  ]);
  // The browser may be shared over a connection (test/browser/global-setup.ts): read the stream.
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The status the public verify page gives a pasted credential. */
async function verifyAsStranger(page: Page, jwt: string): Promise<string> {
  await page.goto('/verify');
  await page.getByRole('heading', { level: 1, name: 'Verify a credential' }).waitFor();
  await page.getByLabel('Credential', { exact: true }).fill(jwt);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  const heading = page.getByRole('heading', { level: 2, name: /^Result:/ });
  await heading.waitFor();
  return ((await heading.textContent()) ?? '').replace('Result:', '').trim();
}

/** The same credential with one character of its payload changed. */
function tampered(jwt: string): string {
  const [header, payload, signature] = jwt.split('.');
  const at = Math.floor(payload!.length / 2);
  const swapped = payload![at] === 'A' ? 'B' : 'A';
  return [header, payload!.slice(0, at) + swapped + payload!.slice(at + 1), signature].join('.');
}

beforeAll(async () => {
  server = await startPasserelle();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => screenshot(lastPage, task.name));
});

describe('the skills passport in the browser', () => {
  let jwt = '';
  let title = '';
  const orientation = 'living and working in Belgium';

  it('GIVEN the demo coordinator WHEN they record that the demo candidate completed orientation THEN its credential is issued', async () => {
    const candidate = await signedIn('candidate', '/passport');
    const { user } = (await callApi(candidate, 'GET', '/api/auth/me')) as {
      user: { id: string };
    };
    const coordinator = await signedIn('coordinator', '/passport/register');
    const me = (await callApi(coordinator, 'GET', '/api/auth/me')) as {
      user: { memberships: { organisationId: string; role: string }[] };
    };
    const organisationId = me.user.memberships.find(
      (m) => m.role === 'coordinator',
    )!.organisationId;
    const report = (await callApi(coordinator, 'POST', '/api/credentials/orientations', {
      personUserId: user.id,
      organisationId,
      title: `Pre-departure orientation: ${orientation}`,
      destinationCountry: 'BE',
      hours: 16,
      completedOn: '2026-11-20',
    })) as { issued: unknown[] };
    expect(report.issued).toHaveLength(1);
  });

  it('GIVEN the demo candidate WHEN they open their passport THEN they see their credentials and download the PDF', async () => {
    const page = await signedIn('candidate', '/passport');
    await page.getByRole('heading', { level: 1, name: 'My skills passport' }).waitFor();
    const cards = page.locator('article.passport-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    const card = cards.filter({ hasText: orientation }).first();
    title = ((await card.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    expect(await card.locator('.passport-kind').textContent()).toContain(
      'Pre-departure orientation',
    );
    expect(title).not.toBe('');
    expect(await card.locator('.passport-status').textContent()).toBe('Valid');

    jwt = (await download(card, 'Export VC-JWT')).toString('utf8');
    expect(jwt.split('.')).toHaveLength(3);

    const pdf = await download(page, /printable passport \(PDF\)/);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(Math.ceil((await cards.count()) / 3));
    // Nothing overflows sideways on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('GIVEN a stranger, signed out WHEN they paste the credential, then a changed copy THEN the page says valid, then tampered', async () => {
    const page = await freshPage();
    expect(await verifyAsStranger(page, jwt)).toBe('Valid');
    await page.getByText(title).first().waitFor();
    expect(await verifyAsStranger(page, tampered(jwt))).toBe('Tampered');
  });

  it('GIVEN the issuer revokes it in the register WHEN the stranger opens its verify link THEN the page says revoked, and why', async () => {
    const issuer = await signedIn('coordinator', '/passport/register');
    await issuer.getByRole('heading', { level: 1, name: 'Issued credentials' }).waitFor();
    await issuer.getByLabel('Filter by title or holder').fill(title);
    const card = issuer.locator('article.passport-card').filter({ hasText: title }).first();
    await card.getByRole('button', { name: 'Revoke' }).click();
    await card.getByLabel('Reason (shown to the holder)').fill('Issued in error (browser test)');
    await card.getByRole('button', { name: 'Revoke for good' }).click();
    await card.locator('.passport-status', { hasText: 'Revoked' }).waitFor();

    const page = await freshPage();
    await page.goto(`/verify#vc=${jwt}`);
    const heading = page.getByRole('heading', { level: 2, name: /^Result:/ });
    await heading.waitFor();
    expect(await heading.textContent()).toContain('Revoked');
    await page.getByText('The issuer has revoked this credential').first().waitFor();
  });
});
