import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random.js';
import type { DatabaseHandle } from '../db/database.js';
import { openDemoDatabase } from '../allocation/allocation.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { demoJourney } from './demo-journeys.js';
import { replay } from './journey.js';
import { journey, journeyEvent } from './journeys.schema.js';
import { EXIT_REASONS, STAGES } from './stages.js';

const person = {
  candidateId: '00000000-0000-4000-8000-000000000001',
  partnershipId: '00000000-0000-4000-8000-000000000002',
  programmeId: null,
  employerId: '00000000-0000-4000-8000-000000000003',
};

describe('demo journeys (pure)', () => {
  const draw = (seed: number, n: number) => {
    const random = createRandom(seed);
    return Array.from({ length: n }, () => demoJourney(person, random, '2026-11-21'));
  };

  it('GIVEN a seed THEN the same journeys; each replays, lies before today, and the cohort covers every stage and exit but "unknown"', () => {
    const a = draw(5, 400);
    expect(draw(5, 400)).toEqual(a);
    const states = a.map((h) => replay(h.events));
    expect(new Set(states.map((s) => s.stage))).toEqual(new Set(STAGES));
    expect(new Set(states.flatMap((s) => (s.exit ? [s.exit.reason] : [])))).toEqual(
      new Set(EXIT_REASONS.filter((r) => r !== 'unknown')),
    );
    for (const h of a) for (const e of h.events) expect(e.occurredOn <= '2026-11-21').toBe(true);
    expect(states.filter((s) => s.stage === 'reintegrated').length).toBeGreaterThan(5);
  });
});

describe.each(testEngines())('demo journeys in the database ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
  });
  afterAll(() => handle.close());

  it('GIVEN the demo loaded THEN journeys exist at many stages, each row agrees with its replayed events', async () => {
    const rows = await handle.db.select().from(journey);
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.stage)).size).toBeGreaterThan(8);
    expect(rows.some((r) => r.status === 'exited')).toBe(true);
    const sample = rows.slice(0, 20);
    for (const row of sample) {
      const events = await handle.db
        .select()
        .from(journeyEvent)
        .where(eq(journeyEvent.journeyId, row.id));
      const state = replay(
        events
          .sort((x, y) => x.seq - y.seq)
          .map((e) => ({
            seq: e.seq,
            occurredOn: e.occurredOn,
            actor: { userId: e.actorUserId, as: 'system' as const },
            evidence: e.evidence,
            note: e.note,
            correctsSeq: e.correctsSeq,
            body: e.body,
          })),
      );
      expect([state.stage, state.status, state.version]).toEqual([
        row.stage,
        row.status,
        row.version,
      ]);
    }
    expect(sample.length).toBe(20);
    const [updates] = await handle.db.select({ n: count() }).from(journeyEvent);
    expect(Number(updates?.n)).toBeGreaterThan(rows.length);
  });

  it('GIVEN a journey event THEN it cannot be updated (append-only)', async () => {
    const [first] = await handle.db.select({ id: journeyEvent.id }).from(journeyEvent).limit(1);
    await expect(
      handle.db
        .update(journeyEvent)
        .set({ note: 'rewritten' })
        .where(eq(journeyEvent.id, first!.id)),
    ).rejects.toThrow();
  });
});
