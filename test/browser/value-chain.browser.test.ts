import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createThrowawayDatabase } from '../support/database';
import { launchChromium, screenshot } from './chromium';
import { startPasserelle, type PasserelleServer } from './passerelle-server';
import {
  acceptInvitation,
  applyForRecognition,
  callApi,
  createOrganisation,
  decideSubmittedCase,
  evaluateRecognition,
  invitationLink,
  matchCard,
  matchScore,
  postVacancyInBelgium,
  selectStartingWith,
  setUpFirstAdministrator,
  signUpWithResume,
} from './value-chain-steps';

/**
 * Issue 23, part 6: the whole chain from an empty data folder with DEMO=off, one browser context
 * per person. Runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
 */
const fixture = (name: string) =>
  path.resolve(import.meta.dirname, '..', 'fixtures', 'value-chain', name);
const resumeFile = fixture('resume.json');
const secondResumeFile = fixture('resume-second.json');
const unique = Date.now().toString(36);
const passphrase = 'a long value-chain passphrase 2026';
const orgs = {
  agency: `Rabat Mobility Agency ${unique}`,
  employer: `Brussels Code Works ${unique}`,
  recognition: `Brussels Recognition Office ${unique}`,
};
const partnershipTitle = `Morocco–Belgium software talent ${unique}`;
const vacancies = [
  {
    occupation: 'software developer',
    isco: '2512',
    title: `Software developer ${unique}`,
    positions: 2,
  },
  { occupation: 'web developer', isco: '2513', title: `Web developer ${unique}`, positions: 1 },
];
/** Most people per priority occupation: software developer's cap (1) is below its positions (2). */
const caps: Record<string, number> = { '2512': 1, '2513': 1 };
const minimumScore = 30;
/** The invented qualification's learning outcomes: 14 of software developer's 24 essential skills. */
const learningOutcomeLabels = [
  'computer programming',
  'ICT debugging tools',
  'debug software',
  'analyse software specifications',
  'create flowchart diagram',
  'develop software prototype',
  'integrated development environment software',
  'interpret technical requirements',
  'provide technical documentation',
  'tools for software configuration management',
  'use software design patterns',
  'use software libraries',
  'define technical requirements',
  'identify customer requirements',
];
/** A candidate's sign-up: a name, an address of the run, and their CV. */
const candidate = (name: string, file: string) => ({
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}.${unique}@example.org`,
  password: passphrase,
  file,
});
const qualificationTitle = 'Diplôme de technicien en développement logiciel';
const decisionReasons = 'Level comparable; ten essential skills to complete through compensation.';

interface Engine {
  name: string;
  /** The server's extra environment, and how to clean up after it. */
  prepare(): Promise<{ env: Record<string, string>; drop(): Promise<void> }>;
}

const engines: Engine[] = [
  { name: 'PGlite', prepare: async () => ({ env: {}, drop: async () => {} }) },
];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl)
  engines.push({
    name: 'PostgreSQL',
    async prepare() {
      const database = await createThrowawayDatabase(postgresUrl, 'passerelle_chain');
      return { env: { DATABASE_URL: database.url }, drop: database.drop };
    },
  });

for (const engine of engines) {
  describe(`the whole chain on ${engine.name}, from an empty data folder with DEMO=off`, () => {
    let server: PasserelleServer | undefined;
    let database: { drop(): Promise<void> } | undefined;
    let browser: Browser | undefined;
    const people: Record<string, Page> = {};
    let lastPage: Page | undefined;

    /** A fresh browser context (cookies of its own) for one person. */
    async function personPage(who: string): Promise<Page> {
      const context = await browser!.newContext({ baseURL: server!.url, locale: 'en-GB' });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      people[who] = page;
      lastPage = page;
      return page;
    }
    const as = (who: string): Page => {
      lastPage = people[who];
      return people[who]!;
    };

    beforeAll(async () => {
      const prepared = await engine.prepare();
      database = prepared;
      server = await startPasserelle({ env: { DEMO: 'off', ...prepared.env } });
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await database?.drop();
    });

    beforeEach(({ task, onTestFailed }) => {
      onTestFailed(async () => {
        await screenshot(lastPage, `${engine.name} ${task.name}`);
        console.error(`the ${engine.name} server's last output:\n${server?.output() ?? ''}`);
      });
    });

    it('GIVEN no administrator WHEN someone opens /setup THEN they create the first administrator and its organisation', async () => {
      await setUpFirstAdministrator(await personPage('admin'), {
        name: 'Chain Administrator',
        email: `admin.${unique}@example.org`,
        password: passphrase,
        organisation: `Passerelle Secretariat ${unique}`,
      });
    });

    it('GIVEN the administrator WHEN they create three organisations and invite a coordinator, an employer and an officer THEN each invitee accepts in their own browser', async () => {
      const admin = as('admin');
      await admin.goto('/admin/organisations');
      await admin.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
      for (const [name, kind, country] of [
        [orgs.agency, 'government', 'MA'],
        [orgs.employer, 'employer', 'BE'],
        [orgs.recognition, 'recognition_body', 'BE'],
      ] as const)
        await createOrganisation(admin, { name, kind, country });
      const table = admin.getByRole('table', { name: 'Organisations taking part, by name' });
      for (const name of Object.values(orgs))
        await table.getByRole('rowheader', { name }).waitFor();

      const invite = admin.getByRole('form', { name: 'Invite someone' });
      for (const [who, organisation, role, name] of [
        ['coordinator', orgs.agency, 'coordinator', 'Chain Coordinator'],
        ['employer', orgs.employer, 'employer', 'Chain Employer'],
        ['officer', orgs.recognition, 'recognition_officer', 'Chain Officer'],
      ] as const) {
        const email = `${who}.${unique}@example.org`;
        await expect.poll(() => invite.getByLabel('Email address').inputValue()).toBe('');
        await selectStartingWith(invite.getByLabel('Organisation'), organisation);
        await invite.getByLabel('Email address').fill(email);
        await invite.getByLabel('Role').selectOption(role);
        await invite.getByRole('button', { name: 'Send the invitation' }).click();
        await admin.getByRole('status').filter({ hasText: email }).waitFor();

        const link = await invitationLink(admin, email);
        await acceptInvitation(await personPage(who), link, { email, name, password: passphrase });
      }
    });

    it('GIVEN the coordinator WHEN they create a partnership with two priority occupations, caps and a minimum score THEN its page shows them', async () => {
      const page = as('coordinator');
      await page.goto('/partnerships/new');
      await page.getByRole('heading', { level: 1, name: 'New partnership' }).waitFor();
      await page.getByLabel('Title').fill(partnershipTitle);
      await page.getByLabel('Origin country of corridor 1 (ISO code)').fill('MA');
      await page.getByLabel('Destination country of corridor 1 (ISO code)').fill('BE');
      for (const { isco } of vacancies) {
        await page.getByLabel('Or an ISCO-08 unit group').fill(isco);
        await page.getByRole('button', { name: 'Add the ISCO group' }).click();
      }
      for (const [isco, cap] of Object.entries(caps))
        await page.getByLabel(`Most people in ${isco}`).fill(String(cap));
      await page.getByLabel('Minimum matching score (0–100)').fill(String(minimumScore));
      for (const [i, name, role] of [
        [0, orgs.agency, 'signatory'],
        [1, orgs.employer, 'employer'],
        [2, orgs.recognition, 'recognition_body'],
      ] as const) {
        await page.getByRole('button', { name: 'Add a party' }).click();
        await selectStartingWith(page.getByLabel(`Organisation of party ${i + 1}`), name);
        await page.getByLabel(`Role of party ${i + 1}`).selectOption(role);
      }
      await page.getByRole('button', { name: 'Create the partnership' }).click();
      await page.getByRole('heading', { level: 1, name: partnershipTitle }).waitFor();
      expect(await page.getByText('2512, 2513').count()).toBe(1);
      const quotas = page.getByRole('region', { name: 'Quotas' });
      await expect.poll(() => quotas.textContent()).toMatch(/2512\D+1/);
    });

    it('GIVEN the employer WHEN they post a software developer and a web developer vacancy and link both THEN the coordinator accepts both links', async () => {
      const page = as('employer');
      for (const v of vacancies) await postVacancyInBelgium(page, v);

      await page.goto('/partnerships');
      await page.getByRole('link', { name: partnershipTitle }).click();
      const links = page.getByRole('region', { name: 'Linked vacancies and programmes' });
      await links.waitFor();
      for (const [n, v] of vacancies.entries()) {
        const slot = links.getByRole('combobox', { name: 'Vacancy or programme' });
        await slot.waitFor();
        await selectStartingWith(slot, v.title);
        await links.getByRole('button', { name: 'Propose the link' }).click();
        await expect.poll(() => links.getByRole('row').count()).toBe(n + 2);
      }
      expect(await links.getByRole('cell', { name: 'Proposed', exact: true }).count()).toBe(2);

      const coordinator = as('coordinator');
      await coordinator.goto('/partnerships');
      await coordinator.getByRole('link', { name: partnershipTitle }).click();
      const accepting = coordinator.getByRole('region', {
        name: 'Linked vacancies and programmes',
      });
      for (const v of vacancies) {
        await accepting.getByRole('button', { name: `Accept ${v.title}` }).click();
        await accepting
          .getByRole('row')
          .filter({ hasText: v.title })
          .getByRole('cell', { name: 'Accepted', exact: true })
          .waitFor();
      }
    });

    it('GIVEN the officer WHEN they add the candidate’s qualification to the catalogue (API: there is no page for it) THEN it is listed', async () => {
      const page = as('officer');
      const occupation = (await callApi(
        page,
        'GET',
        '/api/taxonomy/search?q=software%20developer',
      )) as { results: { id: string; uri: string; preferredLabel: string }[] };
      const developer = occupation.results.find((r) => r.preferredLabel === 'software developer')!;
      const detail = (await callApi(page, 'GET', `/api/taxonomy/occupations/${developer.id}`)) as {
        essentialSkills: { uri: string; preferredLabel: string }[];
      };
      const outcomes = detail.essentialSkills.filter((s) =>
        learningOutcomeLabels.includes(s.preferredLabel),
      );
      expect(outcomes).toHaveLength(learningOutcomeLabels.length);
      expect(outcomes.length * 2).toBeGreaterThan(detail.essentialSkills.length);
      await callApi(page, 'POST', '/api/recognition/qualifications', {
        qualifications: [
          {
            id: `ma-chain-${unique}`,
            title: qualificationTitle,
            awardingBody: 'Institut Atlas du numérique',
            country: 'MA',
            level: { frameworkId: 'acqf', level: 5 },
            iscedLevel: 5,
            iscedField: '0613',
            learningOutcomes: outcomes.map((s) => s.uri),
            occupations: [developer.uri],
            regulated: false,
          },
        ],
      });
      const listed = (await callApi(page, 'GET', '/api/recognition/qualifications?country=MA')) as {
        qualifications: { title: string }[];
      };
      expect(listed.qualifications.map((q) => q.title)).toContain(qualificationTitle);
    });

    it('GIVEN a visitor WHEN they sign up as a candidate and import their JSON Resume THEN their profile holds its skills and they have matches', async () => {
      const page = await personPage('candidate');
      await signUpWithResume(page, candidate('Nadia Oulfa', resumeFile));
      // The CV's diploma is the catalogue's: saying so lets matching predict its recognition.
      const diploma = page.getByRole('group', { name: 'Qualification 1' });
      expect(await diploma.getByLabel('Title of the qualification').inputValue()).toBe(
        qualificationTitle,
      );
      await diploma
        .getByLabel('Qualification in the recognition catalogue (optional)')
        .selectOption({ label: `${qualificationTitle} (MA)` });
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

      for (const v of vacancies) expect(await matchScore(page, v.title)).toBeGreaterThan(0);
    });

    let scoreBefore = 0;
    it('GIVEN the candidate WHEN they evaluate their qualification for software developer in Belgium and apply THEN the case is submitted', async () => {
      const page = as('candidate');
      scoreBefore = await matchScore(page, vacancies[0]!.title);
      const card = matchCard(page, vacancies[0]!.title);
      await card.getByRole('button', { name: 'Show the explanation' }).click();
      const predicted = card.getByRole('heading', {
        name: 'Predicted recognition: Partially recognised Prediction',
      });
      await predicted.waitFor();
      const compensation = card.getByRole('list', { name: 'Compensation' });
      expect(await compensation.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await compensation.textContent()).toMatch(/aptitude test|adaptation period/);

      const outcome = await evaluateRecognition(page, qualificationTitle, 'software developer');
      expect(outcome).toBe('partial');
      await applyForRecognition(page);
    });

    it('GIVEN the officer of the Belgian recognition body WHEN they review the case and decide "partial" THEN the case is decided', async () => {
      const page = as('officer');
      await decideSubmittedCase(page, 'partial', decisionReasons);
    });

    it('GIVEN the partial decision WHEN the candidate opens their matches THEN the software developer match rises, shows the decision and the compensation gap', async () => {
      const page = as('candidate');
      await page.goto('/recognition/cases');
      const decided = page.locator('[data-case-status="decided"]');
      const decision = decided.getByRole('definition').filter({ hasText: decisionReasons });
      await decision.waitFor();
      expect(await decision.locator('[data-outcome]').textContent()).toBe('Partially recognised');

      // The skills the qualification covers are certified now; a missing one stays self-declared.
      await page.goto('/people/profile');
      const skills = page.getByRole('list', { name: 'Your skills' });
      const evidenceOf = (label: string) =>
        skills
          .getByRole('listitem')
          .filter({ has: page.getByText(label, { exact: true }) })
          .getByLabel('Evidence level')
          .inputValue();
      await expect.poll(() => evidenceOf('computer programming')).toBe('certified');
      expect(await evidenceOf('use an application-specific interface')).toBe('self_declared');

      const after = await matchScore(page, vacancies[0]!.title);
      expect(after).toBeGreaterThan(scoreBefore);
      expect(after).toBeGreaterThanOrEqual(minimumScore);
      const card = matchCard(page, vacancies[0]!.title);
      await card.getByRole('button', { name: 'Show the explanation' }).click();
      // The decision replaces the prediction, in the qualification part of the explanation.
      await card.getByText('Recognition').first().waitFor();
      await card.getByText('Partially recognised', { exact: true }).waitFor();
      expect(await card.getByRole('heading', { name: /^Predicted recognition/ }).count()).toBe(0);
      await card.getByRole('heading', { name: 'Training that closes the gap' }).waitFor();
      const missing = card.getByRole('list', { name: /^Essential skills missing \(\d+\)$/ });
      expect(await missing.getByRole('listitem').count()).toBeGreaterThan(0);
    });

    it('GIVEN a second candidate with a close profile WHEN they sign up and import their CV THEN they match the software developer vacancy too', async () => {
      const page = await personPage('second candidate');
      await signUpWithResume(page, candidate('Karim Assoufi', secondResumeFile));
      expect(await matchScore(page, vacancies[0]!.title)).toBeGreaterThanOrEqual(minimumScore);
    });

    it('GIVEN the coordinator WHEN they run the allocation THEN every assignment is in a priority occupation and within its cap', async () => {
      const page = as('coordinator');
      await page.goto('/allocation');
      await page.getByRole('heading', { level: 1, name: 'Cohort allocation' }).waitFor();
      await page.getByLabel('Partnership').selectOption({ label: partnershipTitle });
      await page.getByLabel('Seed').fill('7');
      await page.getByRole('button', { name: 'Allocate the cohort' }).click();
      await page.waitForURL('**/allocation/runs/**');
      await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor({ timeout: 60_000 });
      const table = page.getByRole('region', { name: 'People and their slots' });
      for (const name of ['Nadia Oulfa', 'Karim Assoufi'])
        await table.getByRole('row').filter({ hasText: name }).waitFor();

      const runId = new URL(page.url()).pathname.split('/').pop()!;
      const listed = (await callApi(page, 'GET', `/api/allocations/${runId}/people?limit=200`)) as {
        people: { name: string | null; finalSlot: { label: string } | null }[];
      };
      expect(listed.people.map((p) => p.name).sort()).toEqual(['Karim Assoufi', 'Nadia Oulfa']);
      const assigned = listed.people.filter((p) => p.finalSlot !== null);
      expect(assigned.length).toBeGreaterThan(0);
      const perOccupation: Record<string, number> = {};
      for (const person of assigned) {
        const vacancy = vacancies.find((v) => person.finalSlot!.label.includes(v.title));
        expect(vacancy, `slot ${person.finalSlot!.label} is a priority vacancy`).toBeDefined();
        perOccupation[vacancy!.isco] = (perOccupation[vacancy!.isco] ?? 0) + 1;
      }
      for (const [isco, count] of Object.entries(perOccupation))
        expect(count, `people in ${isco}`).toBeLessThanOrEqual(caps[isco]!);
      // Both prefer the software developer vacancy and it has two positions: the cap decides.
      expect(perOccupation['2512']).toBe(1);
    });
  });
}
