import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

// The width of a small phone: the person's journey page must work there without sideways scrolling.
const phone = { viewport: { width: 375, height: 812 } };

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Axe-like basics of the page as it stands: one h1, no heading level skipped, every form control
 * with an accessible name, every image (the charts) with a label. Returns what it checked.
 */
async function accessibilityBasics(page: Page) {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) =>
      Number(h.tagName[1]),
    );
    const skipped = headings.filter((level, i) => i > 0 && level > headings[i - 1]! + 1);
    const controls = [...document.querySelectorAll('main input, main select, main textarea')];
    const unnamed = controls
      .filter((c) => {
        const labelled = (c as HTMLInputElement).labels?.length ?? 0;
        return (
          labelled === 0 && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby')
        );
      })
      .map((c) => c.id || c.outerHTML.slice(0, 60));
    const images = [...document.querySelectorAll('main [role="img"]')];
    const unlabelledImages = images.filter((i) => !i.getAttribute('aria-label')).length;
    return {
      h1: headings.filter((l) => l === 1).length,
      skipped,
      controls: controls.length,
      unnamed,
      images: images.length,
      unlabelledImages,
    };
  });
}

/** Today as YYYY-MM-DD, the day every step of the walk happens on. */
const today = () => new Date().toISOString().slice(0, 10);

/** Records the next step of the journey: picks the stage, fills each evidence input given. */
async function recordStep(page: Page, stage: string, evidence: Record<string, string>) {
  const form = page.getByRole('form', { name: 'Record the next step' });
  await form.getByRole('radio', { name: stage, exact: true }).check();
  for (const [label, value] of Object.entries(evidence)) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: 'Record' }).click();
  await currentStage(page, stage);
}

/** Waits until "Where you are" names the stage. */
async function currentStage(page: Page, stage: string): Promise<Locator> {
  const now = page.getByRole('region', { name: 'Where you are' });
  await now.locator('.journey-current strong').filter({ hasText: stage }).waitFor();
  return now;
}

describe('journeys in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened));

  it('GIVEN the demo coordinator WHEN they open the cohort view of a partnership THEN the funnel chart renders with its table, time in stage, exits and breakdowns', async () => {
    await page.goto('/journeys');
    await signIn(page, 'coordinator');
    await page.waitForURL('**/journeys');
    await page.getByRole('heading', { level: 1, name: 'Journeys' }).waitFor();
    await page.getByRole('link', { name: 'Cohort view' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cohort view' }).waitFor();
    await page
      .getByLabel('Partnership')
      .selectOption({ label: 'Belgium–Morocco ICT talent partnership' });

    const funnel = page.getByRole('region', { name: 'Stages' });
    const chart = funnel.getByRole('img', { name: /^Funnel of the \d+ journeys/ });
    await chart.waitFor();
    // ECharts drew into a canvas of the chart's box.
    await chart.locator('canvas').waitFor();
    const table = funnel.getByRole('table', { name: 'Journeys by stage reached' });
    expect(await table.getByRole('row').count()).toBe(1 + 13);
    const selected = Number(
      await table
        .getByRole('row', { name: /^Selected/ })
        .locator('td')
        .first()
        .textContent(),
    );
    expect(selected).toBeGreaterThan(0);

    await page.getByRole('region', { name: 'Time in each stage (days)' }).waitFor();
    await page.getByRole('region', { name: 'Exits by reason' }).waitFor();
    const breakdowns = page.getByRole('region', { name: 'Breakdowns' });
    for (const caption of ['By gender', 'By nationality', 'By track'])
      await breakdowns.getByRole('table', { name: caption }).waitFor();
    const csv = page.getByRole('link', { name: 'Download as CSV' });
    expect(await csv.getAttribute('href')).toMatch(/journeys/);

    const basics = await accessibilityBasics(page);
    expect(basics).toMatchObject({ h1: 1, skipped: [], unnamed: [], unlabelledImages: 0 });
    expect(basics.controls).toBeGreaterThan(2);
    expect(basics.images).toBeGreaterThan(0);
  });

  it('GIVEN a selected person WHEN the coordinator walks their journey to reintegration THEN each step is recorded, a missing contract is refused on its field, and the timeline holds every step', async () => {
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Stage').selectOption({ label: 'Selected' });
    await filters.getByRole('button', { name: 'Apply the filters' }).click();
    await page.waitForURL('**stage=selected**');
    const journeys = page.getByRole('region', { name: 'Journeys of the cohort' });
    const first = journeys.getByRole('row').nth(1).getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Journey of ${name}` }).waitFor();
    await currentStage(page, 'Selected');
    const day = today();

    await recordStep(page, 'In training', { 'Enrolment in training': 'Demo programme' });
    await recordStep(page, 'Certified', { Certificate: 'Demo certificate' });
    await recordStep(page, 'Pre-departure orientation', { 'Job offer abroad': 'Demo vacancy' });

    // The guard of visa/permit asks for a signed contract: without it, 422 on that very input.
    const form = page.getByRole('form', { name: 'Record the next step' });
    await form.getByRole('radio', { name: 'Visa and permit', exact: true }).check();
    await form.getByRole('button', { name: 'Record' }).click();
    const contract = form.getByLabel('Signed employment contract');
    await expect.poll(() => contract.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await contract.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toMatch(/evidence required/);
    await currentStage(page, 'Pre-departure orientation');
    await contract.fill(day);
    await form.getByRole('button', { name: 'Record' }).click();
    await currentStage(page, 'Visa and permit');

    await recordStep(page, 'Departed', {
      'Visa or permit granted (valid until)': '2028-12-31',
      'Pre-departure orientation completed': day,
    });
    await recordStep(page, 'Arrived', { 'Arrival confirmed': day });
    await recordStep(page, 'Employed abroad', { 'First day of work': day });
    await recordStep(page, 'Contract ended', { 'End date of the contract': day });
    await recordStep(page, 'Returned', { 'Return date': day });
    await recordStep(page, 'Reintegrated', { 'Reintegration plan': 'A job at home in ICT' });

    await page
      .getByRole('region', { name: 'What comes next' })
      .getByText('Nothing more: this journey has reached its end.')
      .waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    expect(await timeline.getByRole('listitem').filter({ hasText: '→' }).count()).toBe(10);
    await timeline.getByText('Returned → Reintegrated').waitFor();
    const basics = await accessibilityBasics(page);
    expect(basics).toMatchObject({ h1: 1, skipped: [], unnamed: [] });
  });
});

describe('the person’s own journey on a phone', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened), phone);

  it('GIVEN the demo candidate on a 375 px phone WHEN they open their journey in Arabic THEN it reads right to left, shows where they are, what is next and whom to contact, without sideways scrolling', async () => {
    await page.goto('/journeys/mine');
    await signIn(page, 'candidate');
    await page.waitForURL('**/journeys/mine');
    await page.getByRole('heading', { level: 1, name: 'My journey' }).waitFor();
    await page.getByRole('region', { name: 'Where you are' }).waitFor();
    await page.getByRole('region', { name: 'What comes next' }).waitFor();
    await page.getByRole('region', { name: 'Whom to contact' }).waitFor();
    expect(
      await page.getByRole('list', { name: 'Stages of the journey' }).getByRole('listitem').count(),
    ).toBeGreaterThan(4);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'مساري' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('region', { name: 'أين أنت' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const basics = await accessibilityBasics(page);
    expect(basics).toMatchObject({ h1: 1, skipped: [], unnamed: [] });
    await page.getByLabel('اللغة').selectOption('en');
  });
});
