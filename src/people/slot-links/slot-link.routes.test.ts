import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../../accounts/accounts.schema.js';
import type { DemoApp, TestSession } from '../../accounts/accounts.test-support.js';
import { loadCohortRows } from '../../allocation/cohort.store.js';
import { startAllocationDemoApp } from '../../allocation/allocation.test-support.js';
import type { Vacancy } from '../vacancies/vacancy.js';
import { saveVacancy } from '../vacancies/vacancy.store.js';
import { occupation } from '../../taxonomy/taxonomy.schema.js';
import { testEngines } from '../../../test/support/database.js';
import { requirePartnership } from '../../partnerships/partnership.store.js';

const SOFTWARE_DEVELOPER =
  'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const COOK = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';

interface Link {
  id: string;
  slotId: string;
  slotKind: string;
  status: string;
  occupation: string;
  partyName: string;
}

describe.each(testEngines())('vacancy and programme links over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let admin: TestSession;
  let partnershipIds: Map<string, string>;

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    [coordinator, employer] = await Promise.all([
      demo.loginAs('coordinator'),
      demo.loginAs('employer'),
    ]);
    admin = await demo.loginAs('admin');
    // The ESCO occupations the tests post in, with their ISCO unit groups (ESCO v1.1.1).
    await demo.handle.db.insert(occupation).values(
      [
        [SOFTWARE_DEVELOPER, '2512', 'software developer'],
        [COOK, '5120', 'cook'],
      ].map(([uri, iscoCode, preferredLabel]) => ({
        versionId: 'esco-test',
        uri: uri!,
        code: `${iscoCode}.1`,
        iscoCode: iscoCode!,
        preferredLabel: preferredLabel!,
      })),
    );
    const list = (
      await demo.app.inject({
        method: 'GET',
        url: '/api/partnerships',
        headers: { cookie: admin.cookie },
      })
    ).json().partnerships as { id: string; title: string }[];
    partnershipIds = new Map(list.map((p) => [p.title, p.id]));
  });
  afterAll(() => demo.close());

  const belgiumMorocco = () => partnershipIds.get('Belgium–Morocco ICT talent partnership')!;
  const nigeriaLithuania = () => partnershipIds.get('Nigeria–Lithuania ICT scheme')!;
  const post = (url: string, s: TestSession, payload: object = {}) =>
    demo.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const links = async (s: TestSession, id = belgiumMorocco()) =>
    (
      await demo.app.inject({
        method: 'GET',
        url: `/api/partnerships/${id}/links`,
        headers: { cookie: s.cookie },
      })
    ).json().links as Link[];

  /** A new away-track vacancy of the demo employer (Belgian employer 1, a party). */
  async function newVacancy(occupationUri: string) {
    const party = (await requirePartnership(demo.handle.db, belgiumMorocco())).parties.find(
      (p) => p.role === 'employer' && p.country === 'BE',
    );
    const v: Vacancy = {
      title: 'Backend developer in Ghent',
      employerId: party!.organisationId,
      occupationUri,
      essentialSkills: [],
      optionalSkills: [],
      languages: [],
      country: 'BE',
      positions: 3,
      contractType: 'permanent',
      legalPathway: 'EU Blue Card',
      track: 'away',
    };
    return saveVacancy(demo.handle.db, v, demo.clock.now);
  }

  let proposed: Link;

  it('GIVEN the demo THEN its links were proposed and accepted, and the cohort reads them', async () => {
    const all = await links(coordinator);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((l) => l.status))).toEqual(new Set(['accepted']));
    const rows = await loadCohortRows(
      demo.handle.db,
      await requirePartnership(demo.handle.db, belgiumMorocco()),
    );
    const slotIds = [...rows.vacancies, ...rows.programmes].map((s) => s.id).sort();
    expect(slotIds).toEqual(all.map((l) => l.slotId).sort());
  });

  it('GIVEN an employer of a party WHEN it proposes its vacancy in a priority occupation THEN 201, proposed, audited; the cohort does not read it yet', async () => {
    const vacancyId = await newVacancy(SOFTWARE_DEVELOPER);
    const response = await post(`/api/partnerships/${belgiumMorocco()}/links`, employer, {
      slotKind: 'vacancy',
      slotId: vacancyId,
    });
    expect(response.statusCode).toBe(201);
    proposed = response.json().link;
    expect(proposed).toMatchObject({ slotId: vacancyId, status: 'proposed' });
    // The partnership lists ISCO unit groups: the taxonomy gives the vacancy's, 2512.
    expect(proposed.occupation).toBe('2512');
    const audits = await demo.handle.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(eq(auditEvent.entityId, proposed.id));
    expect(audits.map((a) => a.action)).toEqual(['partnership.link_propose']);
    const rows = await loadCohortRows(
      demo.handle.db,
      await requirePartnership(demo.handle.db, belgiumMorocco()),
    );
    expect(rows.vacancies.map((v) => v.id)).not.toContain(vacancyId);
  });

  it('GIVEN the same vacancy proposed again THEN 409 and nothing changes', async () => {
    const before = await links(coordinator);
    const again = await post(`/api/partnerships/${belgiumMorocco()}/links`, employer, {
      slotKind: 'vacancy',
      slotId: proposed.slotId,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('partnerships.link_exists');
    expect(await links(coordinator)).toEqual(before);
  });

  it('GIVEN the employer WHEN it tries to accept THEN 403; the coordinator accepts THEN the cohort reads the vacancy with its occupation', async () => {
    const url = `/api/partnerships/${belgiumMorocco()}/links/${proposed.id}/accept`;
    expect((await post(url, employer)).statusCode).toBe(403);
    const accepted = await post(url, coordinator);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().link.status).toBe('accepted');
    const rows = await loadCohortRows(
      demo.handle.db,
      await requirePartnership(demo.handle.db, belgiumMorocco()),
    );
    const row = rows.vacancies.find((v) => v.id === proposed.slotId);
    expect(row?.occupation).toBe(proposed.occupation);
    expect((await post(url, coordinator)).statusCode).toBe(409); // already accepted
  });

  it('GIVEN the employer WHEN it withdraws the accepted link THEN the slot leaves the cohort; audited', async () => {
    const url = `/api/partnerships/${belgiumMorocco()}/links/${proposed.id}/withdraw`;
    expect((await post(url, coordinator)).statusCode).toBe(403); // not the proposing party
    const withdrawn = await post(url, employer, { note: 'position filled' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().link).toMatchObject({ status: 'withdrawn', note: 'position filled' });
    const rows = await loadCohortRows(
      demo.handle.db,
      await requirePartnership(demo.handle.db, belgiumMorocco()),
    );
    expect(rows.vacancies.map((v) => v.id)).not.toContain(proposed.slotId);
    const audits = await demo.handle.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(inArray(auditEvent.entityId, [proposed.id]));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'partnership.link_accept',
      'partnership.link_propose',
      'partnership.link_withdraw',
    ]);
  });

  it('GIVEN a vacancy outside the priority occupations THEN 422 naming the occupation; nothing stored', async () => {
    const vacancyId = await newVacancy(COOK);
    const before = await links(coordinator);
    const response = await post(`/api/partnerships/${belgiumMorocco()}/links`, employer, {
      slotKind: 'vacancy',
      slotId: vacancyId,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().fields.map((f: { field: string }) => f.field)).toContain('occupation');
    expect(await links(coordinator)).toEqual(before);
  });

  it('GIVEN a proposal the coordinator rejects THEN it is rejected and can no longer be accepted', async () => {
    const vacancyId = await newVacancy(SOFTWARE_DEVELOPER);
    const link = (
      await post(`/api/partnerships/${belgiumMorocco()}/links`, employer, {
        slotKind: 'vacancy',
        slotId: vacancyId,
        occupation: '2512',
      })
    ).json().link as Link;
    const base = `/api/partnerships/${belgiumMorocco()}/links/${link.id}`;
    expect((await post(`${base}/reject`, coordinator, { note: 'not this year' })).statusCode).toBe(
      200,
    );
    expect((await post(`${base}/accept`, coordinator)).statusCode).toBe(409);
  });

  it('GIVEN a partnership the employer is no party of THEN its links and proposals answer 404 like a missing one', async () => {
    const vacancyId = await newVacancy(SOFTWARE_DEVELOPER);
    const outside = await post(`/api/partnerships/${nigeriaLithuania()}/links`, employer, {
      slotKind: 'vacancy',
      slotId: vacancyId,
    });
    const missing = await post(
      '/api/partnerships/00000000-0000-4000-8000-000000000000/links',
      employer,
      { slotKind: 'vacancy', slotId: vacancyId },
    );
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual(missing.json());
    const listed = await demo.app.inject({
      method: 'GET',
      url: `/api/partnerships/${nigeriaLithuania()}/links`,
      headers: { cookie: employer.cookie },
    });
    expect(listed.statusCode).toBe(404);
  });

  it("GIVEN another organisation's vacancy THEN the employer may not propose it (403)", async () => {
    const other = (await links(admin, nigeriaLithuania())).find((l) => l.slotKind === 'vacancy');
    const response = await post(`/api/partnerships/${belgiumMorocco()}/links`, employer, {
      slotKind: 'vacancy',
      slotId: other!.slotId,
    });
    expect(response.statusCode).toBe(403);
  });
});
