import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';
import {
  accessibilityBasics,
  advanceThrough,
  callApi,
  cancelEveryStep,
  horizontalOverflow,
  openForSomeone,
  partnershipTitle,
  phone,
} from './journey-steps';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('the steps of a journey in the browser: permits, arrival, check-ins, return, corrections', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened));
  let personPhone: BrowserContext | undefined;
  let person: Page;
  let journeyId = '';
  let candidateId = '';
  afterAll(() => personPhone?.close());

  it('GIVEN the demo candidate’s journey moved on to an arrival 85 days ago WHEN the coordinator opens their journey THEN the permit and the arrival checklist show, each item with its day, and the check-ins offer the coordinator no form (they are the person’s own answers)', async () => {
    await page.goto('/journeys');
    personPhone = await page
      .context()
      .browser()!
      .newContext({ baseURL: new URL(page.url()).origin, locale: 'en-GB', ...phone });
    personPhone.setDefaultTimeout(15_000);
    person = await personPhone.newPage();
    await person.goto('/journeys/mine');
    await signIn(person, 'candidate');
    const me = await callApi<{ id: string; profile: { name?: string } }>(
      person,
      'GET',
      '/api/candidates/me',
    );
    candidateId = me.id;

    await signIn(page, 'coordinator');
    const { partnerships } = await callApi<{ partnerships: { id: string; title: string }[] }>(
      page,
      'GET',
      '/api/partnerships',
    );
    const partnership = partnerships.find((p) => p.title === partnershipTitle)!;
    // The demo gave the person a journey here already (one per person and partnership): its
    // steps are cancelled by corrections, then it moves on 3 days ago, the arrival dated 85 days ago
    // so that both check-ins are open (each from a week before its day).
    const { journeys } = await callApi<{ journeys: { id: string; partnershipId: string }[] }>(
      person,
      'GET',
      '/api/journeys/mine',
    );
    journeyId = journeys.find((j) => j.partnershipId === partnership.id)?.id ?? '';
    journeyId ||= (await openForSomeone(page, partnership.id, [me], 'steps')).journeyId;
    await cancelEveryStep(page, journeyId, 'Reset for the browser test of the steps');
    await advanceThrough(page, journeyId, 'arrived', daysAgo(3), daysAgo(85));
    await callApi(page, 'POST', `/api/journeys/${journeyId}/permits`, {
      kind: 'work_permit',
      authority: 'Regional employment office',
      appliedOn: daysAgo(35),
      outcome: 'granted',
      decidedOn: daysAgo(30),
      validFrom: daysAgo(28),
      validUntil: '2029-12-31',
    });

    await page.goto(`/journeys/${journeyId}`);
    const permit = page
      .getByRole('region', { name: 'Visa and permit' })
      .getByRole('listitem')
      .filter({ hasText: 'Regional employment office' });
    await permit.getByText('Work permit').waitFor();
    await permit.getByText('Granted').waitFor();
    await permit.getByText(/2029/).waitFor();

    const arrival = page.getByRole('region', { name: 'Arrival and onboarding' });
    await arrival.getByText(/^Arrived on /).waitFor();
    // The demo ticks the checklist of a journey it takes past arrival: every item shows its day,
    // and no "Done today" is left (ticking one is covered by the route tests, not walked here).
    await arrival.getByText(/^Checklist complete on /).waitFor();
    expect(await arrival.getByText(/^done on /).count()).toBe(6);
    expect(await arrival.getByRole('button', { name: /^Mark / }).count()).toBe(0);
    // The check-ins are the person's own answers: no form for the coordinator.
    expect(await arrival.getByRole('form').count()).toBe(0);
    expect(await accessibilityBasics(page)).toMatchObject({ h1: 1, skipped: [], unnamed: [] });
  });

  it('GIVEN the coordinator on the arrived journey WHEN they record a residence permit whose validity ends before it starts THEN the reason shows on “Valid until” and nothing is recorded, and once the date is right the permit appears in the section and the save is announced', async () => {
    await page.goto(`/journeys/${journeyId}`);
    const section = page.getByRole('region', { name: 'Visa and permit' });
    const permits = section.getByRole('list').first().locator(':scope > li');
    await permits.first().waitFor();
    const before = await permits.count();
    await section.getByRole('button', { name: 'Record a visa or permit application' }).click();
    const form = section.getByRole('form', { name: 'Record a visa or permit application' });
    await form.getByLabel('Type').selectOption('residence_permit');
    await form.getByLabel('Authority').fill('Commune of Liège, foreigners’ office');
    await form.getByLabel('Outcome').selectOption('granted');
    await form.getByLabel('Applied on').fill(daysAgo(20));
    await form.getByLabel('Decided on').fill(daysAgo(12));
    await form.getByLabel('Valid from').fill(daysAgo(10));
    const validUntil = form.getByLabel('Valid until');
    await validUntil.fill(daysAgo(11));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => validUntil.getAttribute('aria-invalid')).toBe('true');
    await form.getByText(/must not be before validFrom/).waitFor();
    expect(await form.getByLabel('Valid from').getAttribute('aria-invalid')).toBeNull();
    expect(await permits.count()).toBe(before);

    await validUntil.fill('2030-06-30');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Residence permit application saved.').waitFor();
    const saved = permits.filter({ hasText: 'Commune of Liège, foreigners’ office' });
    await saved.getByText('Residence permit').waitFor();
    await saved.getByText('Granted').waitFor();
    await saved.getByText(/2030/).waitFor();
    expect(await permits.count()).toBe(before + 1);
    expect(await section.getByRole('form').count()).toBe(0);
    // The permit's expiry is a date to watch: the deadlines card lists it.
    await page
      .getByRole('region', { name: 'Deadlines' })
      .getByRole('listitem')
      .filter({ hasText: 'Permit expires' })
      .filter({ hasText: 'Residence permit' })
      .locator('time[datetime="2030-06-30"]')
      .waitFor();
    expect(await accessibilityBasics(page)).toMatchObject({ h1: 1, skipped: [], unnamed: [] });
  });

  it('GIVEN the person on a 375 px phone WHEN they read their arrival THEN their own check-in answers show with their score, no checklist button is theirs, and the page holds at 375 px in English and in Arabic right to left', async () => {
    // The demo answered this journey's check-ins; answering an open one is not walked here.
    const { arrival: steps } = await callApi<{
      arrival: { checkIns: { answer: { score: number; answer: string } | null }[] };
    }>(person, 'GET', `/api/journeys/${journeyId}/steps`);
    const given = steps.checkIns.flatMap((c) => (c.answer ? [c.answer] : []));
    expect(given.length).toBeGreaterThan(0);
    await person.goto(`/journeys/mine?journey=${journeyId}`);
    const arrival = person.getByRole('region', { name: 'Arrival and onboarding' });
    const answered = arrival.getByRole('listitem').filter({ hasText: given[0]!.answer });
    await answered.getByText(`Score ${given[0]!.score} of 5`).first().waitFor();
    expect(await arrival.getByRole('button', { name: /^Mark / }).count()).toBe(0);
    expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
    expect(await accessibilityBasics(person)).toMatchObject({ h1: 1, skipped: [], unnamed: [] });

    await person.getByLabel('Language').selectOption('ar');
    await person
      .getByRole('region', { name: 'الوصول والاستقبال' })
      .getByText(`التقييم ${given[0]!.score} من 5`)
      .first()
      .waitFor();
    expect(await person.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
    await person.getByLabel('اللغة').selectOption('en');
  });

  it('GIVEN the coordinator records the return WHEN the returnee’s journey opens THEN their best home-track openings in Morocco show as explained match cards linking to all of them, for the coordinator and for the person', async () => {
    await advanceThrough(page, journeyId, 'returned', daysAgo(3));
    await callApi(page, 'PUT', `/api/journeys/${journeyId}/return`, {
      plannedOn: daysAgo(0),
      returnedOn: daysAgo(0),
    });
    await page.goto(`/journeys/${journeyId}`);
    await page.getByRole('region', { name: 'Return and reintegration' }).waitFor();
    const matches = page.getByRole('region', { name: 'Openings at home (Morocco)' });
    const cards = matches
      .getByRole('list', { name: 'Best home-track openings' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThanOrEqual(3);
    await cards.first().getByRole('button', { name: 'Show the explanation' }).click();
    await expect
      .poll(() => cards.first().getByRole('button', { name: 'Hide the explanation' }).count())
      .toBe(1);
    const all = matches.getByRole('link', {
      name: 'All home-track matches, with their explanations',
    });
    expect(await all.getAttribute('href')).toBe(
      `/matching/candidates/${candidateId}?country=MA&track=home&partnership=${(await callApi<{ journey: { partnershipId: string } }>(page, 'GET', `/api/journeys/${journeyId}`)).journey.partnershipId}`,
    );
    expect(await accessibilityBasics(page)).toMatchObject({ h1: 1, skipped: [], unnamed: [] });

    await person.goto(`/journeys/mine?journey=${journeyId}`);
    const own = person.getByRole('region', { name: 'Openings at home (Morocco)' });
    await own
      .getByRole('link', { name: 'All home-track matches, with their explanations' })
      .waitFor();
    expect(
      await own
        .getByRole('link', { name: 'All home-track matches, with their explanations' })
        .getAttribute('href'),
    ).toMatch(/^\/matching\/me\?country=MA&track=home&partnership=/);
    expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
  });

  it('GIVEN the returnee’s journey WHEN the coordinator writes the reintegration plan, first with its goal emptied THEN the reason shows on “Goal”, then the plan shows with its follow-ups; only the coordinator is offered to record a follow-up', async () => {
    await page.goto(`/journeys/${journeyId}`);
    const section = page.getByRole('region', { name: 'Return and reintegration' });
    // The demo may have written a plan already: "Change" then opens it filled in.
    await section.getByRole('button', { name: /^(Write|Change) the reintegration plan$/ }).click();
    const form = section.getByRole('form', { name: 'Reintegration plan' });
    await form.getByLabel('Pathway').selectOption('business');
    const goal = form.getByLabel('Goal');
    await goal.fill('');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => goal.getAttribute('aria-invalid')).toBe('true');
    const written = `Open a cold-chain repair workshop in Tangier (${Date.now()})`;
    expect(await section.getByText(written).count()).toBe(0);

    await goal.fill(written);
    // A plan starts on the return or later (an earlier plan of the demo's may start before).
    await form.getByLabel('Starts on').fill(daysAgo(0));
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Reintegration plan saved.').waitFor();
    await section.getByText(written).waitFor();
    await section.getByText('A business').waitFor();
    const followUps = section.getByRole('list', { name: 'Follow-ups of the plan' });
    expect(await followUps.getByRole('listitem').count()).toBe(3);
    await section.getByRole('button', { name: 'Record a follow-up' }).waitFor();

    await person.goto(`/journeys/mine?journey=${journeyId}`);
    const theirs = person.getByRole('region', { name: 'Return and reintegration' });
    await theirs.getByRole('button', { name: 'Change the reintegration plan' }).waitFor();
    expect(await theirs.getByRole('button', { name: 'Record a follow-up' }).count()).toBe(0);
    expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
  });

  it('GIVEN the coordinator WHEN they correct the day of the return, first without a reason THEN the reason is asked for on its field, and then the timeline keeps the original event marked as corrected beside the correction and its reason', async () => {
    await page.goto(`/journeys/${journeyId}`);
    // The steps load after the journey, then the permits' dates join the deadlines: wait for
    // both so that the page no longer moves under the click.
    await page.getByRole('region', { name: 'Return and reintegration' }).waitFor();
    await page
      .getByRole('region', { name: 'Deadlines' })
      .getByText(/^Permit expires/)
      .first()
      .waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const all = timeline.locator('li.journey-event');
    // The newest return (the demo's earlier steps were cancelled, and stay in the timeline).
    const returned = all.filter({ hasText: 'Contract ended → Returned' }).last();
    await returned.waitFor();
    const events = await all.count();
    const open = returned.getByRole('button', { name: /^Correct event \d+$/ });
    const seq = Number((await open.innerText()).replace(/\D/g, ''));
    await open.click();
    const form = returned.getByRole('form', { name: `Correction of event ${seq}` });
    await form.getByLabel('Corrected date').fill(daysAgo(1));
    await form.getByRole('button', { name: 'Record the correction' }).click();
    const reason = form.getByLabel('Reason for the correction (required)');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await all.count()).toBe(events);

    await reason.fill('The flight home was two days late');
    await form.getByRole('button', { name: 'Record the correction' }).click();
    await timeline.getByText(`Corrected by event ${events + 1}`).waitFor();
    const correction = all.last();
    await correction.getByText(`corrects event ${seq}`).waitFor();
    await correction
      .getByText('Reason for the correction: The flight home was two days late')
      .waitFor();
    expect(await correction.locator('time').getAttribute('datetime')).toBe(daysAgo(1));
    // The original stays in the timeline as it was recorded, marked as corrected.
    expect(await all.count()).toBe(events + 1);
    const original = all.filter({ has: page.getByText(`Event ${seq}`, { exact: true }) });
    expect(await original.getAttribute('class')).toContain('journey-event-corrected');
    expect(await original.locator('time').getAttribute('datetime')).toBe(daysAgo(3));

    // The person reads the correction but cannot correct anything.
    await person.goto(`/journeys/mine?journey=${journeyId}`);
    const theirs = person.getByRole('region', { name: 'Timeline' });
    await theirs.getByText(`Corrected by event ${events + 1}`).waitFor();
    expect(await theirs.getByRole('button', { name: /^Correct event/ }).count()).toBe(0);
  });
});
