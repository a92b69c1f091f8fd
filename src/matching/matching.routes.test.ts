import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { membership } from '../accounts/accounts.schema.js';
import { sessionCache } from '../accounts/session.store.js';
import { partnershipParty } from '../partnerships/partnerships.schema.js';
import type { DemoApp, TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';
import type { MatchWeights } from './match-weights.js';
import { matchingFor } from './matching.service.js';
import {
  DEMO_OCCUPATION as OCCUPATION,
  demoProfile as profile,
  demoSkill as skill,
  startMatchingWorld,
  type MatchingWorld,
} from './matching.test-support.js';

describe.each(testEngines())('matching routes on $name', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession;
  let employer: TestSession;
  let coordinator: TestSession;
  let admin: TestSession;
  let partnerships: MatchingWorld['partnerships'];
  let vacancyId: string;
  let candidateId: string;
  let call: MatchingWorld['call'];
  let organisationOf: MatchingWorld['organisationOf'];
  let partnershipTitled: MatchingWorld['partnershipTitled'];
  const shortlist = async (session: TestSession) =>
    (await call(session, 'GET', `/api/matching/openings/${vacancyId}/candidates`))
      .json<{
        matches: { candidate: { id: string } }[];
      }>()
      .matches.map((m) => m.candidate.id);

  beforeAll(async () => {
    ({
      demo,
      candidate,
      employer,
      coordinator,
      admin,
      partnerships,
      candidateId,
      vacancyId,
      call,
      organisationOf,
      partnershipTitled,
    } = await startMatchingWorld(engine));
  });
  afterAll(() => demo.close());

  it('GIVEN a profile and a vacancy WHEN the candidate asks THEN the vacancy comes explained, with the module that closes the gap', async () => {
    const response = await call(
      candidate,
      'GET',
      '/api/matching/me/openings?country=BE&track=away',
    );
    expect(response.statusCode).toBe(200);
    const [first] = response.json().matches;
    expect(first.opening.id).toBe(vacancyId);
    expect(first.score).toBeGreaterThan(0);
    expect(first.explanation.essential.held.map((h: { uri: string }) => h.uri)).toEqual([
      skill(1),
      skill(2),
    ]);
    expect(first.explanation.essential.missing.map((m: { uri: string }) => m.uri)).toEqual([
      skill(3),
    ]);
    expect(first.explanation.language.languages).toEqual([
      { tag: 'fr', skill: null, required: 'B1', held: 'B1' },
    ]);
    // The exact score with its reading; no language gap, so no language course.
    expect(first.rating).toEqual(first.explanation.rating);
    expect(first.rating.value).toBe(
      Math.min(100, Math.round((100 * first.score) / first.rating.attainable)),
    );
    expect(['strong', 'good', 'partial', 'weak']).toContain(first.rating.band);
    expect(first.languageCourses).toEqual([]);
    expect(first.pathway).toMatchObject({ hours: 40, cost: 300, uncoverable: [] });
    expect(first.pathway.modules[0].title).toContain('Skill three');
  });

  it('GIVEN filters THEN only passing openings are ranked', async () => {
    const italy = await call(candidate, 'GET', '/api/matching/me/openings?country=IT');
    expect(italy.json().matches).toEqual([]);
    const bad = await call(candidate, 'GET', '/api/matching/me/openings?country=Belgium&limit=500');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['querystring.country', 'querystring.limit']),
    );
  });

  it('GIVEN consent to matching only THEN the employer never sees the candidate; coordinators do; sharing consent opens it; withdrawal closes it', async () => {
    expect(await shortlist(employer)).not.toContain(candidateId);
    expect(await shortlist(coordinator)).toContain(candidateId);
    const theirs = await call(
      coordinator,
      'GET',
      `/api/matching/candidates/${candidateId}/openings`,
    );
    expect(theirs.json()).toMatchObject({ candidateId, candidateName: profile.name });
    await call(candidate, 'PUT', '/api/candidates/me/consents/employer_sharing');
    expect(await shortlist(employer)).toContain(candidateId);
    await call(candidate, 'DELETE', '/api/candidates/me/consents/partnership_matching');
    expect(await shortlist(employer)).not.toContain(candidateId);
    expect(await shortlist(coordinator)).not.toContain(candidateId);
    expect(
      (await call(coordinator, 'GET', `/api/matching/candidates/${candidateId}/openings`))
        .statusCode,
    ).toBe(404);
    await call(candidate, 'PUT', '/api/candidates/me/consents/partnership_matching');
  });

  it('GIVEN a member of the employer with only the candidate role there THEN its shortlists are refused', async () => {
    await demo.handle.db.insert(membership).values({
      userId: candidate.userId,
      organisationId: await organisationOf(employer),
      role: 'candidate',
    });
    // Written straight to the table, as another process would: tell this one's session memory.
    sessionCache.forgetUser(candidate.userId);
    const refused = await call(candidate, 'GET', `/api/matching/openings/${vacancyId}/candidates`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().matches).toBeUndefined();
  });

  it("GIVEN a coordinator of another partnership (Nigeria–Lithuania) THEN the Belgium–Morocco vacancy's shortlist is refused and a Moroccan's matches do not exist for them", async () => {
    const analyst = await demo.loginAs('analyst');
    const [{ party }] = (await demo.handle.db
      .select({ party: partnershipParty.organisationId })
      .from(partnershipParty)
      .where(
        eq(partnershipParty.partnershipId, partnershipTitled('Nigeria–Lithuania ICT scheme').id),
      )
      .limit(1)) as [{ party: string }];
    await demo.handle.db
      .insert(membership)
      .values({ userId: analyst.userId, organisationId: party, role: 'coordinator' });
    // Written straight to the table, as another process would: tell this one's session memory.
    sessionCache.forgetUser(analyst.userId);
    expect(
      (await call(analyst, 'GET', `/api/matching/openings/${vacancyId}/candidates`)).statusCode,
    ).toBe(403);
    for (const path of ['openings', 'occupations']) {
      expect(
        (await call(analyst, 'GET', `/api/matching/candidates/${candidateId}/${path}`)).statusCode,
      ).toBe(404);
    }
    expect(
      (await call(coordinator, 'GET', `/api/matching/candidates/${candidateId}/openings`))
        .statusCode,
    ).toBe(200);
  });

  it("GIVEN a consenting person living in Nigeria THEN the Belgium–Morocco coordinator's shortlist leaves them out, even when asked for Nigerians; an admin's has them", async () => {
    const worker = await demo.loginAs('worker_representative');
    const me = (await call(worker, 'GET', '/api/auth/me')).json();
    await demo.handle.db.insert(membership).values({
      userId: worker.userId,
      organisationId: me.user.memberships[0].organisationId,
      role: 'candidate',
    });
    // Written straight to the table, as another process would: tell this one's session memory.
    sessionCache.forgetUser(worker.userId);
    const nigerian = (
      await call(worker, 'PUT', '/api/candidates/me', {
        ...profile,
        name: 'Chidi Test',
        residenceCountry: 'NG',
        nationality: 'NG',
      })
    ).json().id as string;
    await call(worker, 'PUT', '/api/candidates/me/consents/partnership_matching');
    const url = `/api/matching/openings/${vacancyId}/candidates?limit=50`;
    const ids = async (s: TestSession, query = '') =>
      (await call(s, 'GET', `${url}${query}`))
        .json<{ matches: { candidate: { id: string } }[] }>()
        .matches.map((m) => m.candidate.id);
    expect(await ids(admin)).toContain(nigerian);
    expect(await ids(coordinator)).toContain(candidateId);
    expect(await ids(coordinator)).not.toContain(nigerian);
    expect(await ids(coordinator, '&residence=NG')).toEqual([]);
    expect(
      (await call(coordinator, 'GET', `/api/matching/candidates/${nigerian}/openings`)).statusCode,
    ).toBe(404);
    await call(worker, 'DELETE', '/api/candidates/me');
  });

  it('GIVEN a changed profile THEN the index follows at once', async () => {
    const before = (await call(candidate, 'GET', '/api/matching/me/openings')).json().matches[0]
      .score;
    await call(candidate, 'PUT', '/api/candidates/me', {
      ...profile,
      skills: [...profile.skills, { uri: skill(3), evidence: 'assessed', source: 'self' }],
    });
    const after = (await call(candidate, 'GET', '/api/matching/me/openings')).json().matches[0];
    expect(after.score).toBeGreaterThan(before);
    expect(after.explanation.essential.missing).toEqual([]);
    expect(after.pathway).toBeNull();
  });

  it('GIVEN no taxonomy THEN occupation suggestions are empty, and someone else’s are hidden', async () => {
    const own = await call(
      coordinator,
      'GET',
      `/api/matching/candidates/${candidateId}/occupations`,
    );
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({ candidateId, suggestions: [] });
    expect(
      (await call(employer, 'GET', `/api/matching/candidates/${candidateId}/occupations`))
        .statusCode,
    ).toBe(404);
  });

  it('GIVEN unknown ids or someone else’s matches THEN 404', async () => {
    const unknown = '00000000-0000-4000-8000-000000000999';
    expect(
      (await call(candidate, 'GET', `/api/matching/candidates/${unknown}/openings`)).statusCode,
    ).toBe(404);
    expect(
      (await call(employer, 'GET', `/api/matching/openings/${unknown}/candidates`)).statusCode,
    ).toBe(404);
    expect(
      (await call(employer, 'GET', `/api/matching/candidates/${candidateId}/openings`)).statusCode,
    ).toBe(404);
  });

  it('GIVEN weights out of range THEN 400 naming the field; a coordinator of the partnership sets them', async () => {
    const partnerships = (await call(coordinator, 'GET', '/api/partnerships')).json<{
      partnerships: { id: string }[];
    }>();
    const id = partnerships.partnerships[0]!.id;
    const weights = (await call(coordinator, 'GET', `/api/matching/weights/${id}`)).json().weights;
    const bad = await call(coordinator, 'PUT', `/api/matching/weights/${id}`, {
      ...weights,
      language: 1.5,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('body.language');
    expect((await call(employer, 'PUT', `/api/matching/weights/${id}`, weights)).statusCode).toBe(
      403,
    );
    const set = await call(coordinator, 'PUT', `/api/matching/weights/${id}`, {
      ...weights,
      language: 0,
    });
    expect(set.statusCode).toBe(200);
    expect((await call(coordinator, 'GET', `/api/matching/weights/${id}`)).json()).toMatchObject({
      custom: true,
      weights: { language: 0 },
    });
  });
  it('GIVEN a person living where one active partnership starts THEN their matches rank with its weights, unless they ask for the defaults', async () => {
    const theirs = partnerships.filter(
      (p) =>
        p.status === 'active' && p.corridors.some((c) => c.origin === profile.residenceCountry),
    );
    expect(theirs).toHaveLength(1);
    const [own] = theirs;
    const weights = (await call(coordinator, 'GET', `/api/matching/weights/${own!.id}`)).json()
      .weights;
    const custom = { ...weights, optionalSkills: 0.05, location: 0.15 };
    expect(
      (await call(coordinator, 'PUT', `/api/matching/weights/${own!.id}`, custom)).statusCode,
    ).toBe(200);
    const mine = (await call(candidate, 'GET', '/api/matching/me/openings')).json();
    expect(mine.partnership).toEqual({ id: own!.id, title: own!.title });
    expect(mine.partnerships).toEqual([{ id: own!.id, title: own!.title }]);
    expect(mine.weights).toEqual(custom);
    const defaults = (
      await call(candidate, 'GET', '/api/matching/me/openings?partnershipId=none')
    ).json();
    expect(defaults.partnership).toBeNull();
    expect(defaults.weights).not.toEqual(custom);
    const other = partnerships.find((p) => p.id !== own!.id)!;
    const asked = (
      await call(candidate, 'GET', `/api/matching/me/openings?partnershipId=${other.id}`)
    ).json();
    expect(asked.partnership).toEqual({ id: other.id, title: other.title });
    const unknown = await call(
      candidate,
      'GET',
      '/api/matching/me/openings?partnershipId=00000000-0000-4000-8000-000000000999',
    );
    expect(unknown.statusCode).toBe(404);
    expect(
      (await call(candidate, 'GET', '/api/matching/me/openings?partnershipId=mine')).json()
        .fields[0].field,
    ).toBe('querystring.partnershipId');
  });

  it('GIVEN a page THEN it says whether more matches follow', async () => {
    const second = await call(employer, 'POST', '/api/vacancies', {
      title: 'Junior developer',
      employerId: await organisationOf(employer),
      occupationUri: OCCUPATION,
      essentialSkills: [skill(1)],
      optionalSkills: [],
      languages: [],
      country: 'BE',
      positions: 1,
      contractType: 'permanent',
      legalPathway: 'single permit',
      track: 'away',
    });
    expect(second.statusCode).toBe(201);
    const page = (offset: number) =>
      call(candidate, 'GET', `/api/matching/me/openings?country=BE&limit=1&offset=${offset}`);
    const first = (await page(0)).json();
    expect(first.matches).toHaveLength(1);
    expect(first.hasMore).toBe(true);
    const next = (await page(1)).json();
    expect(next.matches).toHaveLength(1);
    expect(next.matches[0].opening.id).not.toBe(first.matches[0].opening.id);
    expect(next.hasMore).toBe(false);
    const shortlisted = (
      await call(coordinator, 'GET', `/api/matching/openings/${vacancyId}/candidates?limit=50`)
    ).json();
    expect(shortlisted.hasMore).toBe(false);
  });

  it('GIVEN concurrent requests THEN the API returns exactly what the index ranks, in order, and every one sees a change committed before it', async () => {
    const service = await matchingFor(demo.handle.db);
    const person = service.people.get(candidateId)!;
    const asked = await call(candidate, 'GET', '/api/matching/me/openings?limit=10');
    const body = asked.json<{
      weights: MatchWeights;
      matches: { opening: { id: string }; score: number }[];
    }>();
    const ranked = service.openings.rank(
      person.candidate,
      { kinds: ['vacancy'] },
      11,
      body.weights,
    );
    expect(body.matches.map((m) => [m.opening.id, m.score])).toEqual(
      ranked.slice(0, 10).map((r) => [r.id, r.score]),
    );
    const opening = service.openings.get(vacancyId)!;
    const listed = (
      await call(admin, 'GET', `/api/matching/openings/${vacancyId}/candidates?limit=10`)
    ).json<{ weights: MatchWeights; matches: { candidate: { id: string }; score: number }[] }>();
    const shortlist = service.candidates.rank(
      opening,
      { audience: 'coordinator' },
      11,
      listed.weights,
    );
    expect(listed.matches.map((m) => [m.candidate.id, m.score])).toEqual(
      shortlist.slice(0, 10).map((r) => [r.id, r.score]),
    );

    // Requests arriving together share one change-log read; each still sees the change.
    const before = body.matches.find((m) => m.opening.id === vacancyId)!.score;
    await call(candidate, 'PUT', '/api/candidates/me', {
      ...profile,
      skills: [
        ...profile.skills,
        { uri: skill(3), evidence: 'certified', source: 'self' },
        { uri: skill(4), evidence: 'certified', source: 'self' },
      ],
    });
    const together = await Promise.all(
      Array.from({ length: 8 }, () => call(candidate, 'GET', '/api/matching/me/openings?limit=10')),
    );
    for (const answer of together) {
      const score = answer
        .json<{ matches: { opening: { id: string }; score: number }[] }>()
        .matches.find((m) => m.opening.id === vacancyId)!.score;
      expect(score).toBeGreaterThanOrEqual(before);
      expect(score).toBe(
        together[0]!
          .json()
          .matches.find((m: { opening: { id: string } }) => m.opening.id === vacancyId).score,
      );
    }
  });
});
