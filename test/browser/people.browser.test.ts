import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowserPage } from './browser-page';

// The width of a small phone: every people page must work there without sideways scrolling.
const phone = { viewport: { width: 375, height: 812 } };

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the candidate profile in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened), phone);

  it('GIVEN the demo candidate on a phone WHEN they add a skill found by search and save THEN it is still there after reloading', async () => {
    await page.goto('/people/profile');
    await signIn(page, 'candidate');
    await page.waitForURL('**/people/profile');
    await page.getByRole('heading', { level: 1, name: 'My skills profile' }).waitFor();
    const skills = page.getByRole('list', { name: 'Your skills' });
    // The demo generator gave the candidate a profile with skills of a corridor occupation.
    await skills.getByRole('listitem').first().waitFor();

    await page.getByLabel('Find a skill').fill('circus dramaturgy');
    const result = page
      .getByRole('list', { name: 'Matching skills' })
      .getByRole('listitem')
      .filter({ hasText: /^circus dramaturgy/ });
    await result.getByRole('button', { name: 'Add' }).click();
    await skills.getByText('circus dramaturgy', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.reload();
    await page
      .getByRole('list', { name: 'Your skills' })
      .getByText('circus dramaturgy', { exact: true })
      .waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('GIVEN the candidate WHEN they add a qualification and a job whose dates are reversed THEN the end date is refused beside its field; once corrected both are saved', async () => {
    await page.goto('/people/profile');
    await page.getByRole('heading', { level: 1, name: 'My skills profile' }).waitFor();

    await page.getByRole('button', { name: 'Add a qualification' }).click();
    const qualification = page.getByRole('group', { name: /^Qualification \d+$/ }).last();
    await qualification.getByLabel('Title of the qualification').fill('Technicien spécialisé');
    await qualification.getByLabel('Awarding body').fill('OFPPT');
    await qualification.getByLabel('Country where awarded').selectOption('MA');
    await qualification.getByLabel('EQF level').selectOption('5');
    await qualification.getByLabel('Date awarded').fill('2019-07-01');

    await page.getByRole('button', { name: 'Add a job' }).click();
    const job = page.getByRole('group', { name: /^Job \d+$/ }).last();
    await job.getByLabel('Job title').fill('Site electrician');
    await job.getByLabel('Employer', { exact: true }).fill('Atlas Build');
    await job.getByLabel('Start date').fill('2020-01-06');
    await job.getByLabel('End date').fill('2019-06-30');
    await page.getByRole('button', { name: 'Save profile' }).click();

    // The server names experience[n].endDate; the reason appears next to that very input.
    const endDate = job.getByLabel('End date');
    await expect.poll(() => endDate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await endDate.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain(
      'before the start date',
    );
    expect(await page.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await endDate.fill('2023-06-30');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.reload();
    const savedJob = page.getByRole('group', { name: /^Job \d+$/ }).last();
    await savedJob.waitFor();
    expect(await savedJob.getByLabel('Job title').inputValue()).toBe('Site electrician');
    expect(await savedJob.getByLabel('End date').inputValue()).toBe('2023-06-30');
    const savedQualification = page.getByRole('group', { name: /^Qualification \d+$/ }).last();
    expect(await savedQualification.getByLabel('Title of the qualification').inputValue()).toBe(
      'Technicien spécialisé',
    );
    expect(await savedQualification.getByLabel('Country where awarded').inputValue()).toBe('MA');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('GIVEN the candidate WHEN they upload a JSON Resume THEN a broken date is named, and a good CV is previewed before it adds its job to the profile', async () => {
    await page.goto('/people/profile');
    await page.getByRole('link', { name: /^Import a CV/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Import my CV' }).waitFor();
    const resume = (startDate: string) => ({
      name: 'resume.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          basics: { name: 'Demo Candidate' },
          work: [{ name: 'Atlas Scaffolding', position: 'Scaffolder', startDate }],
        }),
      ),
    });

    await page.getByLabel('CV file').setInputFiles(resume('soon'));
    await page.getByRole('button', { name: 'Preview' }).click();
    // The server's first CV builds its extraction lexicon over all of ESCO in a worker: on a loaded
    // machine that alone outlasts the pages' 15 s (seen in a stress run), so give it a minute.
    await page
      .getByRole('alert')
      .filter({ hasText: 'work[0].startDate' })
      .waitFor({ timeout: 60_000 });

    await page.getByLabel('CV file').setInputFiles(resume('2018-03-01'));
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'What the CV gives' });
    await preview.getByText('Scaffolder, Atlas Scaffolding').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Add to my profile' }).click();
    await page.waitForURL('**/people/profile');
    const jobs = page.getByRole('group', { name: /^Job \d+$/ });
    await jobs.last().waitFor();
    const titles = await jobs.evaluateAll((groups) =>
      groups.map((g) => (g.querySelector('input[id$="-title"]') as HTMLInputElement).value),
    );
    // The CV added its job beside the ones entered by hand (the electrician job is kept).
    expect(titles).toEqual(expect.arrayContaining(['Site electrician', 'Scaffolder']));
  });
});

describe('the employer vacancy form in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened), phone);

  it('GIVEN an employer on a phone WHEN they post a vacancy from an occupation, then change its wage and languages THEN a bad language code is refused beside its field and the corrected change is listed', async () => {
    await page.goto('/people/vacancies/new');
    await signIn(page, 'employer');
    await page.waitForURL('**/people/vacancies/new');
    const title = `Welder ${Date.now()}`;

    await page.getByRole('combobox', { name: 'Occupation (ESCO)' }).fill('welder');
    await page
      .getByRole('option', { name: /^welder/ })
      .first()
      .click();
    // ESCO's essential skills of the occupation are offered to tick.
    await page.getByRole('button', { name: 'Take all essential skills' }).click();
    const essential = page.getByRole('group', { name: 'Essential skills' });
    await expect
      .poll(() => essential.getByRole('checkbox', { checked: true }).count())
      .toBeGreaterThan(0);
    await page.getByLabel('Job title').fill(title);
    await page.getByLabel('Track', { exact: true }).selectOption('home');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Post vacancy' }).click();
    await page.waitForURL('**/people/vacancies');

    await page.getByRole('link', { name: `Edit ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the vacancy' }).waitFor();
    await expect.poll(() => page.getByLabel('Job title').inputValue()).toBe(title);
    await page.getByLabel('Amount').fill('2450.5');
    await page.getByLabel('Currency (ISO code, e.g. EUR)').fill('EUR');
    await page.getByLabel('Per', { exact: true }).selectOption('month');
    await page.getByRole('button', { name: 'Add language' }).click();
    const language = page.getByRole('group', { name: 'Language 1' });
    await language.getByLabel('Language code').fill('dutch');
    await language.getByLabel('Minimum CEFR level').selectOption('B2');
    await page.getByRole('button', { name: 'Save changes' }).click();

    const code = language.getByLabel('Language code');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await code.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toContain('BCP 47');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await code.fill('nl');
    // The skills the job relies on, at their own level: matching compares these.
    await language.getByLabel('Spoken interaction').selectOption('B2');
    await language.getByLabel('Writing').selectOption('A2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL('**/people/vacancies');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: title }) });
    await card.getByText('2450.5 EUR per month', { exact: false }).waitFor();
    await card.getByText('nl B2', { exact: false }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: `Edit ${title}` }).click();
    const saved = page.getByRole('group', { name: 'Language 1' });
    await expect.poll(() => saved.getByLabel('Spoken interaction').inputValue()).toBe('B2');
    expect(await saved.getByLabel('Writing').inputValue()).toBe('A2');
    expect(await saved.getByLabel('Listening').inputValue()).toBe('');
  });

  it('GIVEN the employer WHEN they open the candidates list THEN they see only profiles shared with employers, on a phone', async () => {
    await page.goto('/people/candidates');
    await page.getByRole('heading', { level: 1, name: 'Candidates' }).waitFor();
    const { candidates: shared, total } = await page.evaluate(async () => {
      const r = await fetch('/api/candidates?limit=200');
      return (await r.json()) as { candidates: { consentedPurposes: string[] }[]; total: number };
    });
    expect(shared.every((c) => c.consentedPurposes.includes('employer_sharing'))).toBe(true);
    const cards = page.getByRole('list', { name: 'Candidates' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(Math.min(1, shared.length));
    await expect.poll(() => page.getByRole('status').innerText()).toContain(`${total} candidate`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

describe('the provider programme form in the browser', () => {
  let page: Page;
  useBrowserPage((opened) => (page = opened), phone);

  it('GIVEN a trainer on a phone WHEN they give their programme a cost, a start date and a certification awarded in two countries THEN it is listed as dual certification', async () => {
    await page.goto('/people/programmes');
    await signIn(page, 'trainer');
    await page.waitForURL('**/people/programmes');
    const edit = page.getByRole('link', { name: /^Edit / }).first();
    const name = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit /, '');
    await edit.click();
    await page.getByRole('heading', { level: 1, name: 'Edit the programme' }).waitFor();
    await expect.poll(() => page.getByLabel('Programme title').inputValue()).toBe(name);

    await page.getByLabel('Total cost').fill('1450');
    await page.getByRole('button', { name: 'Add a start date' }).click();
    await page
      .getByRole('group', { name: 'Start dates' })
      .getByLabel(/^Start date \d+$/)
      .last()
      .fill('2027-10-04');
    const certification = page.getByRole('group', { name: 'Certification' });
    if (!(await certification.getByRole('checkbox').isChecked())) {
      await certification.getByRole('checkbox').check();
    }
    await certification.getByLabel('Title of the certificate').fill('Certified welder');
    const bodies = certification.getByRole('group', { name: /^Awarding body \d+$/ });
    if ((await bodies.count()) < 2) {
      await certification.getByRole('button', { name: 'Add an awarding body' }).click();
    }
    await bodies.nth(0).getByLabel('Name').fill('OFPPT');
    await bodies.nth(0).getByLabel('Country').selectOption('MA');
    await bodies.nth(1).getByLabel('Name').fill('VDAB');
    await bodies.nth(1).getByLabel('Country').selectOption('BE');
    await certification.getByRole('status').filter({ hasText: 'Dual certification' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL('**/people/programmes');
    // The provider may run several programmes of the same title: the edited one has the new date.
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name, exact: true }) })
      .filter({ hasText: '2027-10-04' });
    await card.getByText('Dual certification').waitFor();
    await card.getByText('1450 EUR', { exact: false }).waitFor();
    await card.getByText('2027-10-04', { exact: false }).waitFor();
  });
});
