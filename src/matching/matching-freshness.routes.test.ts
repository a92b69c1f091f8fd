import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { membership } from '../accounts/accounts.schema.js';
import { sessionCache } from '../accounts/session.store.js';
import type { DemoApp, TestSession } from '../accounts/accounts.test-support.js';
import { partnershipParty } from '../partnerships/partnerships.schema.js';
import { emptyTaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import { testEngines } from '../../test/support/database.js';
import { candidateMatches, openingMatches } from './matching.queries.js';
import { matchWeights } from './matching.schema.js';
import { matchingFor } from './matching.service.js';
import { withPredictedRecognition, withPredictedRecognitionOf } from './prediction.presenters.js';
import { startMatchingWorld } from './matching.test-support.js';

/** What JSON makes of a value (absent optional fields dropped), as the API sends it. */
const asSent = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe.each(testEngines())('matching answers and what they rest on, on $name', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let admin: TestSession;
  let partnerships: { id: string; title: string; corridors: { origin: string }[] }[];
  const call = (session: TestSession, url: string) =>
    demo.app.inject({ method: 'GET', url, headers: session.headers });
  const partnershipTitled = (title: string) => partnerships.find((p) => p.title === title)!;

  let candidateId: string;
  let vacancyId: string;
  let belgium: string;

  beforeAll(async () => {
    const world = await startMatchingWorld(engine);
    ({ demo, coordinator, admin, partnerships, candidateId, vacancyId } = world);
    belgium = partnershipTitled('Belgium–Morocco ICT talent partnership').id;
  });
  afterAll(() => demo.close());

  it('GIVEN a person and a vacancy THEN the API returns exactly what the engine ranks and explains in process', async () => {
    const service = await matchingFor(demo.handle.db);
    const asOf = demo.clock.now.toISOString().slice(0, 10);
    let compared = 0;
    for (const person of service.people.values()) {
      if (compared === 5) break;
      const url = `/api/matching/candidates/${person.candidate.id}/openings?limit=10`;
      const answer = await call(coordinator, url);
      if (answer.statusCode !== 200) continue;
      const body = answer.json();
      const { matches, hasMore } = openingMatches(
        service,
        emptyTaxonomyIndex,
        person.candidate,
        { kind: 'vacancy', limit: 10, offset: 0 },
        body.weights,
      );
      expect(body.hasMore).toBe(hasMore);
      expect(body.matches).toEqual(
        asSent(await withPredictedRecognition(service, emptyTaxonomyIndex, person, matches, asOf)),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    const vacancies = [...service.openings.all()].filter((o) => o.kind === 'vacancy');
    for (const opening of [service.openings.get(vacancyId)!, ...vacancies.slice(0, 4)]) {
      const body = (
        await call(admin, `/api/matching/openings/${opening.id}/candidates?limit=10`)
      ).json();
      const { matches } = candidateMatches(
        service,
        emptyTaxonomyIndex,
        opening,
        { audience: 'coordinator' },
        { limit: 10, offset: 0 },
        body.weights,
      );
      expect(body.matches).toEqual(
        asSent(
          await withPredictedRecognitionOf(service, emptyTaxonomyIndex, opening, matches, asOf),
        ),
      );
    }
  });

  it("GIVEN a partnership's parties changed straight in the table (as another process would) THEN the next shortlist and match requests see it", async () => {
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
    sessionCache.forgetUser(analyst.userId);
    const shortlist = `/api/matching/openings/${vacancyId}/candidates`;
    const matches = `/api/matching/candidates/${candidateId}/openings`;
    expect((await call(analyst, shortlist)).statusCode).toBe(403);
    expect((await call(analyst, matches)).statusCode).toBe(404);

    await demo.handle.db
      .insert(partnershipParty)
      .values({ partnershipId: belgium, organisationId: party, role: 'implementer' });
    expect((await call(analyst, shortlist)).statusCode).toBe(200);
    expect((await call(analyst, matches)).statusCode).toBe(200);

    await demo.handle.db
      .delete(partnershipParty)
      .where(
        and(
          eq(partnershipParty.partnershipId, belgium),
          eq(partnershipParty.organisationId, party),
          eq(partnershipParty.role, 'implementer'),
        ),
      );
    expect((await call(analyst, shortlist)).statusCode).toBe(403);
    expect((await call(analyst, matches)).statusCode).toBe(404);
  });

  it("GIVEN a partnership's weights written straight in the table THEN the next shortlist ranks with them, and with the defaults once removed", async () => {
    const url = `/api/matching/openings/${vacancyId}/candidates?limit=3`;
    const defaults = (await call(admin, url)).json().weights;
    const custom = { ...defaults, optionalSkills: 0.05, location: 0.15 };
    await demo.handle.db
      .insert(matchWeights)
      .values({ partnershipId: belgium, weights: custom, updatedAt: demo.clock.now })
      .onConflictDoUpdate({ target: matchWeights.partnershipId, set: { weights: custom } });
    expect((await call(admin, url)).json().weights).toEqual(custom);
    await demo.handle.db.delete(matchWeights).where(eq(matchWeights.partnershipId, belgium));
    expect((await call(admin, url)).json().weights).toEqual(defaults);
  });
});
