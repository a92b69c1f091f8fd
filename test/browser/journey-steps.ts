import type { Page } from 'playwright-core';

/** What the journey browser tests do through the API and see on the journey page. */

/** The width of a small phone: the person's journey page must work there without sideways scrolling. */
export const phone = { viewport: { width: 375, height: 812 } };
/** The demo partnership the journey browser tests walk. */
export const partnershipTitle = 'Belgium–Morocco ICT talent partnership';

/** How far the page scrolls sideways (0 or less: not at all). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Axe-like basics of the page as it stands: one h1, no heading level skipped, every form control
 * with an accessible name, every image (the charts) with a label.
 */
export async function accessibilityBasics(page: Page) {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) =>
      Number(h.tagName[1]),
    );
    const controls = [...document.querySelectorAll('main input, main select, main textarea')];
    const unnamed = controls
      .filter(
        (c) =>
          ((c as HTMLInputElement).labels?.length ?? 0) === 0 &&
          !c.getAttribute('aria-label') &&
          !c.getAttribute('aria-labelledby'),
      )
      .map((c) => c.id || c.outerHTML.slice(0, 60));
    const images = [...document.querySelectorAll('main [role="img"]')];
    return {
      h1: levels.filter((l) => l === 1).length,
      skipped: levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1),
      controls: controls.length,
      unnamed,
      images: images.length,
      unlabelledImages: images.filter((i) => !i.getAttribute('aria-label')).length,
    };
  });
}

/** Calls the API from the page, with its session and CSRF token (as the UI does). */
export async function callApi<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.status === 204 ? null : response.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

/** Opens a journey at "Selected" for the first of the people who has none yet in the partnership. */
export async function openForSomeone(
  page: Page,
  partnershipId: string,
  people: { id: string; profile: { name?: string } }[],
  intake: string,
  occurredOn = new Date().toISOString().slice(0, 10),
): Promise<{ journeyId: string; name: string }> {
  for (const someone of people) {
    const opened = await callApi<{ opened: number; journeyIds: string[] }>(
      page,
      'POST',
      '/api/journeys',
      { partnershipId, candidateId: someone.id, stage: 'selected', intake, occurredOn },
    );
    if (opened.opened === 1)
      return { journeyId: opened.journeyIds[0]!, name: someone.profile.name ?? '' };
  }
  throw new Error('everyone already has a journey in this partnership');
}

/** Waits until "Where you are" names the stage. */
export async function currentStage(page: Page, stage: string): Promise<void> {
  await page
    .getByRole('region', { name: 'Where you are' })
    .locator('.journey-current strong')
    .filter({ hasText: new RegExp(`^${stage}$`) })
    .waitFor();
}

/** The evidence each move of the away track asks for, as the API takes it. */
const awayMoves: { to: string; evidence: (day: string) => Record<string, string> }[] = [
  { to: 'selected', evidence: () => ({ selection_decision: 'Decision 1' }) },
  { to: 'in_training', evidence: () => ({ training_enrolment: 'Bootcamp' }) },
  { to: 'certified', evidence: () => ({ certificate: 'Certificate 1' }) },
  { to: 'pre_departure', evidence: () => ({ job_offer: 'Offer 1' }) },
  { to: 'visa_permit', evidence: (day) => ({ signed_contract: day }) },
  {
    to: 'departed',
    evidence: (day) => ({ visa_granted: '2029-12-31', orientation_completed: day }),
  },
  { to: 'arrived', evidence: (day) => ({ arrival_confirmed: day }) },
  { to: 'employed_abroad', evidence: (day) => ({ employment_started: day }) },
  { to: 'contract_ended', evidence: (day) => ({ contract_end_date: day }) },
  { to: 'returned', evidence: (day) => ({ return_date: day }) },
];

interface Journey {
  journey: { stage: string; version: number };
  events: { seq: number; correctsSeq: number | null; body: { type: string } }[];
  evidence: { id: string; kind: string }[];
}

/**
 * Undoes every step of a journey the demo gave, newest first, each by a correction that cancels
 * it (a coordinator's page): the journey stands at its opening stage again, its history kept.
 */
export async function cancelEveryStep(page: Page, journeyId: string, reason: string) {
  const path = `/api/journeys/${journeyId}`;
  let current = await callApi<Journey>(page, 'GET', path);
  const cancelled = new Set(
    current.events
      .filter((e) => e.correctsSeq !== null && e.body.type === 'voided')
      .map((e) => e.correctsSeq),
  );
  const steps = current.events
    .filter((e) => e.correctsSeq === null && e.body.type !== 'opened' && !cancelled.has(e.seq))
    .sort((a, b) => b.seq - a.seq);
  for (const step of steps)
    current = await callApi<Journey>(page, 'POST', `${path}/corrections`, {
      correctsSeq: step.seq,
      expectedVersion: current.journey.version,
      occurredOn: new Date().toISOString().slice(0, 10),
      voided: true,
      note: reason,
    });
}

/**
 * Moves a journey on the away track through the API up to a stage, each move on `day`, from
 * wherever it stands (a coordinator's page); the arrival is confirmed on `arrivedOn`, replacing
 * any arrival the journey held.
 */
export async function advanceThrough(
  page: Page,
  journeyId: string,
  until: string,
  day: string,
  arrivedOn?: string,
) {
  const path = `/api/journeys/${journeyId}`;
  let current = await callApi<Journey>(page, 'GET', path);
  const from = awayMoves.findIndex((m) => m.to === current.journey.stage) + 1;
  const to = awayMoves.findIndex((m) => m.to === until);
  for (const move of awayMoves.slice(from, to + 1)) {
    const evidence = Object.entries(move.evidence(day)).map(([kind, value]) => {
      if (kind !== 'arrival_confirmed' || !arrivedOn) return { kind, value };
      const before = current.evidence.find((e) => e.kind === kind);
      return {
        kind,
        value: arrivedOn,
        occurredOn: arrivedOn,
        ...(before ? { supersedes: before.id } : {}),
      };
    });
    current = await callApi<Journey>(page, 'POST', `${path}/advance`, {
      to: move.to,
      expectedVersion: current.journey.version,
      occurredOn: day,
      evidence,
    });
  }
}
