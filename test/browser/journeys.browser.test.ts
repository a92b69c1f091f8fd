import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';
import {
  accessibilityBasics,
  callApi,
  currentStage,
  horizontalOverflow,
  openForSomeone,
  partnershipTitle,
  phone,
} from './journey-steps';

type Candidate = { id: string; profile: { name?: string } };
type Summary = { id: string; stage: string; track: string | null; employerId: string | null };

/** The stages an employer sees a journey at (src/journeys/stages.ts, employerVisible), and their names. */
const employerStages = [
  'arrived',
  'employed_abroad',
  'contract_ended',
  'returned',
  'reintegrated',
  'employed_home',
];
const employerStageNames = [
  'Arrived',
  'Employed abroad',
  'Contract ended',
  'Returned',
  'Reintegrated',
  'Employed at home',
];

/** Records the next step of the journey: picks the stage, fills each evidence input named. */
async function recordStep(page: Page, stage: string, evidence: Record<string, string>) {
  const form = page.getByRole('form', { name: 'Record the next step' });
  await form.getByRole('radio', { name: stage, exact: true }).check();
  for (const [label, value] of Object.entries(evidence)) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await currentStage(page, stage);
  await page.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
}

describe('journeys in the browser: one person from selection to reintegration', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened));
  let personPhone: BrowserContext | undefined;
  let person: Page;
  let candidate: Candidate;
  let people: Candidate[] = [];
  let walkedName = '';
  let journeyId = '';
  let walked = { id: '', title: '' };
  afterAll(() => personPhone?.close());

  it('GIVEN the demo candidate on a 375 px phone WHEN they open their journeys THEN the page holds without sideways scrolling', async () => {
    // The person's phone is a second context of the same browser, on the same server.
    await page.goto('/journeys');
    const origin = new URL(page.url()).origin;
    personPhone = await page
      .context()
      .browser()!
      .newContext({ baseURL: origin, locale: 'en-GB', ...phone });
    personPhone.setDefaultTimeout(15_000);
    person = await personPhone.newPage();
    await person.goto('/journeys/mine');
    await signIn(person, 'candidate');
    await person.waitForURL('**/journeys/mine');
    await person.getByRole('heading', { level: 1, name: 'My journey' }).waitFor();
    candidate = await callApi(person, 'GET', '/api/candidates/me');
    expect(candidate.id).toMatch(/^[0-9a-f-]{36}$/);
    // Measured once the journey (or the word that there is none) has arrived, not the bare heading.
    await person
      .getByRole('region', { name: 'Where you are' })
      .or(person.getByText("You are not in any partnership's journey yet.", { exact: false }))
      .first()
      .waitFor();
    expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
  });

  it('GIVEN the coordinator opens the person’s journey at “Selected” WHEN they walk it through every stage THEN each step is recorded, a missing contract is refused on its own field, and the timeline holds every step', async () => {
    await signIn(page, 'coordinator');
    await page.waitForURL('**/journeys');
    const { partnerships } = await callApi<{ partnerships: { id: string; title: string }[] }>(
      page,
      'GET',
      '/api/partnerships',
    );
    walked = partnerships.find((p) => p.title === partnershipTitle)!;
    // The demo gave many people a journey already: walk someone who has none yet here.
    const { candidates } = await callApi<{ candidates: Candidate[] }>(
      page,
      'GET',
      '/api/candidates?limit=100&offset=0',
    );
    people = candidates.filter((c) => c.id !== candidate.id);
    const opened = await openForSomeone(page, walked.id, people, 'browser-walk');
    journeyId = opened.journeyId;
    walkedName = opened.name;
    // The demo candidate has a journey of their own in the partnership (opening is idempotent).
    await callApi(page, 'POST', '/api/journeys', {
      partnershipId: walked.id,
      candidateId: candidate.id,
      stage: 'selected',
      occurredOn: new Date().toISOString().slice(0, 10),
    });

    await page.goto(`/journeys/${journeyId}`);
    await page.getByRole('heading', { level: 1, name: /^Journey of / }).waitFor();
    await currentStage(page, 'Selected');
    const day = new Date().toISOString().slice(0, 10);

    await recordStep(page, 'In training', { 'Enrolment in training': 'Web developer bootcamp' });
    await recordStep(page, 'Certified', { Certificate: 'Certificate 2026-117' });
    await recordStep(page, 'Pre-departure orientation', { 'Job offer abroad': 'Offer 42' });

    // The guard of "Visa and permit" asks for the signed contract: sent without it, the server
    // answers 422 naming that evidence kind, and the reason stands beside that very input.
    const form = page.getByRole('form', { name: 'Record the next step' });
    await form.getByRole('radio', { name: 'Visa and permit', exact: true }).check();
    await form.getByRole('button', { name: 'Record', exact: true }).click();
    const contract = form.getByLabel('Signed employment contract');
    await expect.poll(() => contract.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await contract.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toMatch(/evidence required/);
    await currentStage(page, 'Pre-departure orientation');
    const notYet = page.getByRole('region', { name: 'What comes next' });
    expect(await notYet.getByText('still missing').count()).toBeGreaterThan(0);
    await contract.fill(day);
    await form.getByRole('button', { name: 'Record', exact: true }).click();
    await currentStage(page, 'Visa and permit');
    await page
      .getByRole('status')
      .getByText('visa reminders 30, 7 days before the deadline')
      .waitFor();

    await recordStep(page, 'Departed', {
      'Visa or permit granted (valid until)': '2028-12-31',
      'Pre-departure orientation completed': day,
    });
    await recordStep(page, 'Arrived', { 'Arrival confirmed': day });
    await page
      .getByRole('region', { name: 'Deadlines' })
      .getByText(/^Check-in:/)
      .first()
      .waitFor();
    await recordStep(page, 'Employed abroad', { 'First day of work': day });
    await recordStep(page, 'Contract ended', { 'End date of the contract': day });
    await recordStep(page, 'Returned', { 'Return date': day });
    await recordStep(page, 'Reintegrated', { 'Reintegration plan': 'A job at home in ICT' });

    await page
      .getByRole('region', { name: 'What comes next' })
      .getByText('Nothing more: this journey has reached its end.')
      .waitFor();
    expect(await page.getByRole('form', { name: 'Record the next step' }).count()).toBe(0);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    // Counted once the last step is in it: opened, then ten moves; the refused step left no trace.
    await timeline.getByText('Returned → Reintegrated').waitFor();
    expect(await timeline.locator('li.journey-event').count()).toBe(11);
    expect(await accessibilityBasics(page)).toMatchObject({ h1: 1, skipped: [], unnamed: [] });
  });

  it('GIVEN another selected person WHEN the coordinator ends their journey with a reason THEN the exit and its reason show on the page and in the timeline, and nothing follows', async () => {
    const { journeyId: exitingId } = await openForSomeone(page, walked.id, people, 'browser-exit');
    await page.goto(`/journeys/${exitingId}`);
    await currentStage(page, 'Selected');
    const form = page.getByRole('form', { name: 'Record the next step' });
    await form.getByRole('radio', { name: 'End the journey (with a reason)' }).check();
    await form.getByLabel('Reason for leaving').selectOption({ label: 'Withdrew' });
    await form.getByLabel('Note (optional)').fill('Chose a job offer at home');
    await form.getByRole('button', { name: 'Record', exact: true }).click();
    await page
      .getByRole('region', { name: 'Where you are' })
      .getByText(/^Left on .*: Withdrew$/)
      .waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Left the programme: Withdrew').waitFor();
    await timeline.getByText('Chose a job offer at home').waitFor();
    expect(await page.getByRole('form', { name: 'Record the next step' }).count()).toBe(0);
  });

  it('GIVEN that journey WHEN the coordinator opens the cohort view THEN the funnel chart renders beside its table, with time in stage, exits, breakdowns, CSV and the journey in the list', async () => {
    await page.goto('/journeys');
    await page.getByRole('heading', { level: 1, name: 'Journeys' }).waitFor();
    await page.getByRole('link', { name: 'Cohort view' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cohort view' }).waitFor();
    await page.getByLabel('Partnership').selectOption({ label: walked.title });

    const funnel = page.getByRole('region', { name: 'Stages' });
    const chart = funnel.getByRole('img', {
      name: /^Funnel of the journeys by the stages they reached/,
    });
    await chart.locator('canvas').waitFor(); // ECharts drew into the chart's box
    const table = funnel.getByRole('table', { name: 'Journeys by stage reached' });
    expect(await table.getByRole('row').count()).toBe(1 + 13);
    const reached = Number(
      await table
        .getByRole('row', { name: /^Reintegrated/ })
        .locator('td')
        .first()
        .textContent(),
    );
    expect(reached).toBeGreaterThan(0);
    await page
      .getByRole('region', { name: 'Time in each stage (days)' })
      .getByRole('table')
      .waitFor();
    const exits = page.getByRole('region', { name: 'Exits by reason' });
    const withdrew = exits.getByRole('row', { name: /^Withdrew/ }).locator('td');
    expect(Number(await withdrew.textContent())).toBeGreaterThan(0);
    const breakdowns = page.getByRole('region', { name: 'Breakdowns' });
    for (const caption of ['By gender', 'By nationality', 'By track'])
      await breakdowns.getByRole('table', { name: caption }).waitFor();
    expect(await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toMatch(
      /\/journeys\/export/,
    );

    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Intake').fill('browser-walk');
    await filters.getByRole('button', { name: 'Apply the filters' }).click();
    await page.waitForURL('**intake=browser-walk**');
    await funnel
      .getByRole('img', {
        name: 'Funnel of the journeys by the stages they reached (1 in all); the same numbers are in the table below.',
      })
      .waitFor();
    const list = page.getByRole('region', { name: 'Journeys of the cohort' });
    await list.getByRole('row').nth(1).waitFor();
    expect(await list.getByRole('row').count()).toBe(2);
    expect(await list.getByRole('link').innerText()).toBe(walkedName);

    const basics = await accessibilityBasics(page);
    expect(basics).toMatchObject({ h1: 1, skipped: [], unnamed: [], unlabelledImages: 0 });
    expect(basics.controls).toBeGreaterThan(3);
    expect(basics.images).toBe(1);

    // On a phone the wide tables scroll inside their own box; the page itself never sideways.
    await page.setViewportSize(phone.viewport);
    await chart.locator('canvas').waitFor();
    // The chart redraws at the new width on the window's resize event, a moment later.
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('GIVEN the person’s own journey WHEN they read it on the phone, then in Arabic THEN it says where they are, what is next and whom to contact, reads right to left and never scrolls sideways', async () => {
    await person.goto('/journeys/mine');
    await person.getByRole('heading', { level: 1, name: 'My journey' }).waitFor();
    const now = person.getByRole('region', { name: 'Where you are' });
    await now.locator('.journey-current strong').waitFor();
    await person.getByRole('region', { name: 'What comes next' }).waitFor();
    await person.getByRole('region', { name: 'Deadlines' }).waitFor();
    await person.getByRole('region', { name: 'Whom to contact' }).waitFor();
    await person
      .getByRole('region', { name: 'Timeline' })
      .locator('li.journey-event')
      .first()
      .waitFor();
    const stages = person.getByRole('list', { name: 'Stages of the journey' });
    expect(await stages.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    expect(await stages.locator('[aria-current="step"]').count()).toBe(1);
    expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
    expect(await accessibilityBasics(person)).toMatchObject({ h1: 1, skipped: [], unnamed: [] });

    await person.getByLabel('Language').selectOption('ar');
    await person.getByRole('heading', { level: 1, name: 'مساري' }).waitFor();
    expect(await person.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await person
      .getByRole('region', { name: 'أين أنت' })
      .getByText('أعيد إدماجه')
      .first()
      .waitFor();
    expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
    await person.getByLabel('اللغة').selectOption('en');
  });

  it('GIVEN an employer WHEN they open their employees’ journeys THEN the list holds only their own employees’ journeys from arrival on, each reachable by its address from arrival, and a journey before arrival or of another person answers not found', async () => {
    // What the coordinator, who sees every journey of the partnership, knows of them.
    const { journeys } = await callApi<{ journeys: Summary[] }>(
      page,
      'GET',
      `/api/journeys?partnershipId=${walked.id}&offset=0&limit=500`,
    );
    const desk = await page
      .context()
      .browser()!
      .newContext({ baseURL: new URL(page.url()).origin, locale: 'en-GB' });
    try {
      const employer = await desk.newPage();
      await employer.goto('/journeys');
      await signIn(employer, 'employer');
      const me = await callApi<{
        user: { memberships: { organisationId: string; role: string }[] };
      }>(employer, 'GET', '/api/auth/me');
      const ours = new Set(
        me.user.memberships.filter((m) => m.role === 'employer').map((m) => m.organisationId),
      );
      const employees = journeys.filter((j) => j.employerId !== null && ours.has(j.employerId));
      const fromArrival = employees.filter((j) => employerStages.includes(j.stage));
      const beforeArrival = employees.filter((j) => !employerStages.includes(j.stage));
      // The demo gives the employer employees on both sides of arrival in this partnership.
      expect(fromArrival.length).toBeGreaterThan(0);
      expect(beforeArrival.length).toBeGreaterThan(0);

      await employer.getByRole('link', { name: /^Our employees/ }).click();
      await employer.getByRole('heading', { level: 1, name: /^Our employees/ }).waitFor();
      // The partnerships arrive after the heading: choose once the option is there.
      await employer.getByLabel('Partnership').selectOption({ label: walked.title });
      const list = employer
        .getByRole('region', { name: 'Employees’ journeys' })
        .getByRole('table')
        .getByRole('row');
      // The section's heading shows before its list: read the rows once the first has arrived.
      await list.nth(1).waitFor();
      const rows = await list.evaluateAll((trs) =>
        trs.slice(1).map((tr) => ({
          href: tr.querySelector('a')?.getAttribute('href') ?? '',
          stage: tr.querySelector('td')?.textContent ?? '',
        })),
      );
      const shownIds = rows.map((r) => r.href.replace('/journeys/', ''));
      expect(shownIds.sort()).toEqual(fromArrival.map((j) => j.id).sort());
      for (const row of rows)
        expect(employerStageNames.some((name) => row.stage.startsWith(name))).toBe(true);
      expect(await accessibilityBasics(employer)).toMatchObject({
        h1: 1,
        skipped: [],
        unnamed: [],
      });

      // An employee from arrival on: their journey opens, its stages starting at arrival.
      const arrived = fromArrival.find((j) => j.track === 'away')!;
      await employer.goto(`/journeys/${arrived.id}`);
      await employer.getByRole('heading', { level: 1, name: /^Journey of / }).waitFor();
      const stages = employer.getByRole('list', { name: 'Stages of the journey' });
      await stages.getByRole('listitem').first().waitFor();
      const stageNames = await stages.getByRole('listitem').allTextContents();
      expect(stageNames[0]).toMatch(/Arrived$/);
      expect(stageNames.some((n) => /Departed|Selected|Visa and permit/.test(n))).toBe(false);

      // An employee before arrival: their journey is not the employer's to see, even by its address.
      await employer.goto(`/journeys/${beforeArrival[0]!.id}`);
      await employer.getByRole('alert').getByText('Error 404').waitFor();
      expect(await employer.getByRole('heading', { level: 1, name: /^Journey of / }).count()).toBe(
        0,
      );
      // Nor is the journey of someone who is not their employee.
      await employer.goto(`/journeys/${journeyId}`);
      await employer.getByRole('alert').getByText('Error 404').waitFor();
    } finally {
      await desk.close();
    }
  });
});
