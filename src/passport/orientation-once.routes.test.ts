import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import {
  addMoroccanCandidate,
  belgiumMoroccoId,
  openCertifiedJourney,
  organisationOf,
} from '../journeys/journeys.test-support.js';
import { candidate } from '../people/people.schema.js';
import { testEngines } from '../../test/support/database.js';
import { recordOrientation } from './orientation.store.js';

describe.each(testEngines())(
  'one orientation credential per person and destination ($name)',
  (engine) => {
    let demo: DemoApp;
    let coordinator: TestSession;
    let person: TestSession;

    beforeAll(async () => {
      demo = await startDemoApp(engine);
      [coordinator, person] = await Promise.all([
        demo.loginAs('coordinator'),
        demo.loginAs('candidate'),
      ]);
    });
    afterAll(() => demo.close());

    const issue = () =>
      demo.app.inject({
        method: 'POST',
        url: '/api/credentials/mine/issue',
        headers: person.headers,
        payload: { kinds: ['orientation_completion'] },
      });

    it('GIVEN a coordinator-recorded orientation for Belgium and the same orientation passed in the journey WHEN the person runs the issuance THEN one credential is issued, the journey’s, and no other after it', async () => {
      const db = demo.handle.db;
      const [own] = await db
        .select({ id: candidate.id })
        .from(candidate)
        .where(eq(candidate.userId, person.userId));
      const candidateId =
        own?.id ?? (await addMoroccanCandidate(db, { userId: person.userId, name: 'Demo' }));
      const journeyId = await openCertifiedJourney(db, {
        partnershipId: await belgiumMoroccoId(db),
        candidateId,
        employerId: null,
        intake: '2026-01',
        occurredOn: '2026-01-05',
        coordinatorUserId: coordinator.userId,
        now: demo.clock.now,
      });
      await recordOrientation(
        db,
        {
          personUserId: person.userId,
          organisationId: await organisationOf(db, coordinator.userId),
          title: 'Orientation for Belgium',
          destinationCountry: 'BE',
          hours: 12,
          completedOn: '2026-01-10',
        },
        { actorUserId: coordinator.userId, now: demo.clock.now },
      );
      const passed = await demo.app.inject({
        method: 'POST',
        url: `/api/journeys/${journeyId}/evidence`,
        headers: coordinator.headers,
        payload: {
          evidence: [
            {
              kind: 'orientation_completed',
              value: '2026-01-12',
              occurredOn: '2026-01-12',
              detail: { corridor: 'MA-BE' },
            },
          ],
        },
      });
      expect(passed.statusCode, passed.body).toBeLessThan(300);

      const first = await issue();
      expect(first.statusCode, first.body).toBe(200);
      const issued = first.json().issued as { kind: string; title: string }[];
      expect(issued.map((c) => c.kind)).toEqual(['orientation_completion']);
      expect(issued[0]!.title).toContain('MA → BE');
      const again = await issue();
      expect(again.json().issued).toHaveLength(0);
    });
  },
);
