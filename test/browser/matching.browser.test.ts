import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

// The width of a small phone: My matches must work there without sideways scrolling.
const phone = { viewport: { width: 375, height: 812 } };

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('a candidate’s own matches in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened), phone);

  it('GIVEN the demo candidate on a phone WHEN they open My matches and expand the best one THEN it is explained with held and missing skills and the training that closes the gap', async () => {
    await page.goto('/matching/me');
    await signIn(page, 'candidate');
    await page.waitForURL('**/matching/me');
    await page.getByRole('heading', { level: 1, name: 'My matches' }).waitFor();
    const cards = page.getByRole('list', { name: 'Your matches' }).getByRole('listitem');
    // The demo candidate has a profile with skills of a corridor occupation, and vacancies exist.
    // Chips are list items too: a match card is the one with a score meter.
    const best = cards.filter({ has: page.getByRole('meter') });
    // The server's first match request builds its matching index (3 s on a quiet machine): on a
    // loaded one that outlasts the pages' 15 s (seen in a stress run), as value-chain-steps allows.
    await best.first().waitFor({ timeout: 60_000 });

    const first = best.first();
    const meter = first.getByRole('meter');
    const value = Number(await meter.getAttribute('aria-valuenow'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(100);
    // The readable score: its band and calibrated number, with the exact score beside it.
    expect(await meter.getAttribute('aria-valuetext')).toBe(
      `${await first.locator('.match-score-number').textContent()}`,
    );
    expect(await meter.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^(Strong|Good|Partial|Weak) match · ${value} / 100$`),
    );
    expect(await first.textContent()).toMatch(/Exact score \d+\.\d \(a complete fit on paper/);
    expect(await first.textContent()).toMatch(/\d+ of \d+ essential skills/);

    const expander = first.getByRole('button', { name: 'Show the explanation' });
    await expander.click();
    expect(
      await first
        .getByRole('button', { name: 'Hide the explanation' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    const held = first.getByRole('list', { name: /^Essential skills held \(\d+\)$/ });
    expect(await held.getByRole('listitem').count()).toBeGreaterThan(0);
    await first.getByRole('heading', { name: 'Training that closes the gap' }).waitFor();
    const missing = first.getByRole('list', { name: /^Essential skills missing \(\d+\)$/ });
    if ((await missing.count()) > 0) {
      // Something is missing, so the pathway lists modules (or says none teaches it).
      expect(await missing.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await first.textContent()).toMatch(
        /In all: \d+ modules|No training module|Skills no module teaches/,
      );
    } else {
      await first.getByText('Nothing missing: every essential skill is held.').waitFor();
    }
    await first.getByRole('heading', { name: 'What lowered the score' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('GIVEN My matches WHEN the candidate filters by a country and pages on THEN only that country’s openings are listed and the count follows the page', async () => {
    await page.getByLabel('Country').selectOption('BE');
    await page.waitForURL('**/matching/me?country=BE');
    const cards = page
      .getByRole('list', { name: 'Your matches' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('meter') });
    // The list is replaced once the filtered answer arrives: wait until every card is Belgian.
    const facts = () => cards.locator('.match-facts-line').allTextContents();
    await expect
      .poll(async () => {
        const lines = await facts();
        return lines.length > 0 && lines.every((line) => line.includes('Belgium'));
      })
      .toBe(true);
    const shown = (await facts()).length;
    await page.getByText(/^Showing matches 1 to \d+$/).waitFor();

    // Next only when the answer says more follow: a page of fewer than ten has none.
    const next = page.getByRole('button', { name: 'Next' });
    if (shown < 10) expect(await next.count()).toBe(0);
    else if ((await next.count()) > 0 && (await next.isEnabled())) {
      await next.click();
      await page.waitForURL('**/matching/me?country=BE&offset=10');
      await page.getByText(/^Showing matches 11 to \d+$/).waitFor();
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('GIVEN the demo candidate, who lives where the Belgium–Morocco partnership starts, THEN their matches rank with its weights, and they may rank with the defaults instead', async () => {
    await page.goto('/matching/me');
    const rankWith = page.getByLabel('Rank with the weights of');
    const chosen = () => rankWith.locator('option:checked').textContent();
    await expect.poll(chosen).toBe('Belgium–Morocco ICT talent partnership');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await rankWith.selectOption('none');
    await page.waitForURL('**/matching/me?partnership=none');
    await expect.poll(chosen).toBe('Passerelle (default weights)');
    await page.getByRole('list', { name: 'Your matches' }).getByRole('meter').first().waitFor();
  });
});

describe('an employer’s explained shortlist in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened));

  it('GIVEN the demo employer WHEN they open a vacancy’s shortlist from the vacancy list THEN the audience note shows, and each consenting candidate comes with an explanation; a country of residence narrows the list to the people living there', async () => {
    await page.goto('/people/vacancies');
    await signIn(page, 'employer');
    await page.waitForURL('**/people/vacancies');
    // Meuse Solar's web developer vacancy: the demo gives it candidates who share with employers.
    const link = page.getByRole('link', { name: 'Explained shortlist for Web developer' }).first();
    await link.click();
    await page.waitForURL('**/matching/openings/*');
    await page.getByRole('heading', { level: 1, name: 'Explained shortlist' }).waitFor();
    await page
      .getByText('You see only candidates who agreed to share their profile with employers.')
      .waitFor();

    const candidates = page
      .getByRole('list', { name: 'Candidates' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('meter') });
    if ((await candidates.count()) > 0) {
      const first = candidates.first();
      expect(await first.textContent()).toMatch(/Lives in /);
      await first.getByRole('button', { name: 'Show the explanation' }).click();
      await first.getByRole('heading', { name: 'Skills' }).waitFor();
      await first.getByRole('heading', { name: 'Languages' }).waitFor();

      // The demo's candidates live in their origin countries, Morocco among them.
      await page.getByLabel('Country of residence').selectOption('MA');
      await page.waitForURL('**/matching/openings/*?residence=MA');
      const facts = () => candidates.locator('.match-facts-line').allTextContents();
      await expect
        .poll(async () => {
          const lines = await facts();
          if (lines.length === 0)
            return page.getByText('No consenting candidate matches these filters.').isVisible();
          return lines.every((line) => line.includes('Lives in Morocco'));
        })
        .toBe(true);
    } else {
      await page.getByText('No consenting candidate matches this opening yet.').waitFor();
    }
  });
});

describe('a coordinator’s view of a person’s matches in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened));

  it('GIVEN the demo coordinator WHEN they open the candidate list and follow a candidate’s "Matches" link THEN the page lists that person’s explained matches, or says there are none', async () => {
    await page.goto('/people/candidates');
    await signIn(page, 'coordinator');
    await page.waitForURL('**/people/candidates');
    await page.getByRole('heading', { level: 1, name: 'Candidates' }).waitFor();
    // Coordinators see people who consented to partnership matching, each with the link.
    const link = page.getByRole('link', { name: /^Matches for / }).first();
    expect(await link.textContent()).toBe('Matches');
    const named = await link.getAttribute('aria-label');
    await link.click();
    await page.waitForURL('**/matching/candidates/*');
    // The page names the person, as the link did.
    await page.getByRole('heading', { level: 1, name: named! }).waitFor();
    expect(await page.getByLabel('Match this person with').inputValue()).toBe('vacancy');

    const cards = page
      .getByRole('list', { name: "This person's matches" })
      .getByRole('listitem')
      .filter({ has: page.getByRole('meter') });
    const none = page.getByText(
      'No match for these filters. Try another country, track or language.',
    );
    await cards.first().or(none).waitFor();
    if ((await cards.count()) > 0) {
      await page.getByText(/^Showing matches 1 to \d+$/).waitFor();
      const first = cards.first();
      expect(await first.textContent()).toMatch(/\d+ of \d+ essential skills/);
      await first.getByRole('button', { name: 'Show the explanation' }).click();
      await first.getByRole('heading', { name: 'Skills', exact: true }).waitFor();
      await first.getByRole('heading', { name: 'What lowered the score' }).waitFor();
    }
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('a coordinator’s match weights in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened));

  it('GIVEN the demo coordinator WHEN they save a weight above 1 THEN it is refused beside its field; a weight in range is saved and kept', async () => {
    await page.goto('/matching/weights');
    await signIn(page, 'coordinator');
    await page.waitForURL('**/matching/weights');
    await page.getByRole('heading', { level: 1, name: 'Match weights' }).waitFor();
    await page
      .getByLabel('Partnership')
      .selectOption({ label: 'Belgium–Morocco ICT talent partnership' });
    const optional = page.getByLabel('Optional skills');
    await optional.waitFor();
    const original = await optional.inputValue();

    await optional.fill('1.5');
    await page.getByRole('button', { name: 'Save the weights' }).click();
    await expect.poll(() => optional.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await optional.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toMatch(/1/);
    expect(await page.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(0);

    const changed = original === '0.35' ? '0.4' : '0.35';
    await optional.fill(changed);
    await page.getByRole('button', { name: 'Save the weights' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await optional.getAttribute('aria-invalid')).toBeNull();

    await page.reload();
    await page.getByText('This partnership has its own weights.').waitFor();
    expect(await page.getByLabel('Optional skills').inputValue()).toBe(changed);

    // Put the original back: other suites rank with this partnership's weights.
    await page.getByLabel('Optional skills').fill(original);
    await page.getByRole('button', { name: 'Save the weights' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  });

  it('GIVEN the coordinator, who has no skills profile, WHEN they open My matches THEN they are sent to create one', async () => {
    await page.goto('/matching/me');
    await page.getByRole('heading', { level: 1, name: 'My matches' }).waitFor();
    await page.getByText('You have no skills profile yet: matches are computed from it.').waitFor();
    expect(
      await page.getByRole('link', { name: 'Create my skills profile' }).getAttribute('href'),
    ).toBe('/people/profile');
    expect(await page.getByRole('meter').count()).toBe(0);
  });
});
