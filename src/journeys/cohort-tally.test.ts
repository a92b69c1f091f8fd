import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '../allocation/allocation.test-support.js';
import type { DatabaseHandle } from '../db/database.js';
import { createRandom } from '../demo/random.js';
import { candidate } from '../people/people.schema.js';
import { PasserelleError } from '../shared/errors.js';
import { testEngines } from '../../test/support/database.js';
import { journeyCohortStay, journeyCohortTally } from './cohort-tally.schema.js';
import { planAdvance, planCorrection, planExit } from './journey-plans.js';
import { addDays, whatIsNext } from './journey.js';
import { evidenceInForce } from './journey-record.js';
import { appendEvent, requireJourney } from './journey.store.js';
import { cohortDays, cohortGroups, cohortView } from './journeys.queries.js';
import { cohortStats, talliesOfGroups } from './cohort-stats.js';
import { journey } from './journeys.schema.js';
import { STAGES } from './stages.js';
import { EXITS, PERFORMERS } from './transitions.js';

/** The kept figures recomputed in TypeScript from the journey rows, as `key → count`. */
async function recomputed(handle: DatabaseHandle) {
  const rows = await handle.db.select().from(journey);
  const tallies = new Map<string, number>();
  const stays = new Map<string, number>();
  const add = (map: Map<string, number>, key: unknown[]) =>
    map.set(JSON.stringify(key), (map.get(JSON.stringify(key)) ?? 0) + 1);
  for (const j of rows) {
    const key = [j.partnershipId, j.intake, `${j.openedOn.slice(0, 7)}-01`];
    const tally = (dimension: string, value: string) =>
      add(tallies, [...key, j.status, dimension, value]);
    tally('stage', j.stage);
    tally('gender', j.gender);
    tally('nationality', j.nationality);
    tally('track', j.track ?? 'undecided');
    if (j.exitReason) tally('exit', j.exitReason);
    STAGES.forEach((_, i) => {
      if ((j.reached & (1 << i)) !== 0) tally('reached', String(i));
    });
    j.stageDays.forEach((days, i) => {
      if (days !== null) add(stays, [...key, i, days]);
    });
  }
  return { tallies, stays };
}

/** The kept figures as stored (rows at zero left out), as `key → count`. */
async function kept(handle: DatabaseHandle) {
  const t = await handle.db.select().from(journeyCohortTally);
  const s = await handle.db.select().from(journeyCohortStay);
  return {
    tallies: new Map(
      t
        .filter((r) => r.n !== 0)
        .map((r) => [
          JSON.stringify([
            r.partnershipId,
            r.intake,
            r.openedMonth,
            r.status,
            r.dimension,
            r.value,
          ]),
          r.n,
        ]),
    ),
    stays: new Map(
      s
        .filter((r) => r.n !== 0)
        .map((r) => [
          JSON.stringify([r.partnershipId, r.intake, r.openedMonth, r.stageIndex, r.days]),
          r.n,
        ]),
    ),
  };
}

const change = (note: string, recordedAs = 'coordinator') => ({
  actorUserId: null,
  now: new Date('2026-11-21T09:00:00Z'),
  note,
  action: 'journey.test',
  recordedAs,
});

describe.each(testEngines())('cohort figures kept on write ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
  }, 600_000);
  afterAll(() => handle.close());

  it('GIVEN the demo loaded THEN the kept figures equal a recomputation from the journey rows', async () => {
    const [expected, actual] = [await recomputed(handle), await kept(handle)];
    expect(actual.tallies.size).toBeGreaterThan(50);
    expect(actual).toEqual(expected);
  });

  it('GIVEN a random sequence of advances, exits, corrections, redated openings, an erasure and a deletion THEN the kept figures still equal a recomputation, and the view equals grouping the rows', async () => {
    const random = createRandom(11);
    const ids = (await handle.db.select({ id: journey.id }).from(journey)).map((r) => r.id);
    let advances = 0;
    let exits = 0;
    let corrections = 0;
    let refused = 0;
    for (let step = 0; step < 60; step++) {
      const loaded = await requireJourney(handle.db, random.pick(ids));
      const state = loaded.state;
      const day = addDays(state.stageSince, random.int(1, 40));
      const request = { expectedVersion: state.version, occurredOn: day, performers: PERFORMERS };
      const next = whatIsNext(state, evidenceInForce(loaded.evidence));
      const roll = random.next();
      if (roll < 0.5 && next.steps.length > 0) {
        const move = random.pick(next.steps);
        const inline = move.missing.map((kind) => ({ kind, value: 'test', occurredOn: day }));
        await appendEvent(
          handle.db,
          loaded,
          inline,
          (ev) => planAdvance(state, { ...request, to: move.to }, ev),
          change('advance'),
        );
        advances++;
      } else if (roll < 0.65 && next.exits.length > 0) {
        const reason = random.pick(next.exits);
        const rule = EXITS.find((x) => x.reason === reason)!;
        const inline = rule.requires.map((kind) => ({ kind, value: 'test', occurredOn: day }));
        await appendEvent(
          handle.db,
          loaded,
          inline,
          (ev) => planExit(state, { ...request, reason, grievanceId: null }, ev),
          change('exit'),
        );
        exits++;
      } else {
        const originals = loaded.events.filter((e) => e.correctsSeq === null);
        const target = random.pick(originals);
        const voided = target.body.type !== 'opened' && random.next() < 0.6;
        // Redating the opening may move the journey to another month of opening.
        const occurredOn = addDays(target.occurredOn, random.int(-45, 10));
        try {
          await appendEvent(
            handle.db,
            loaded,
            [],
            () =>
              planCorrection(loaded.events, {
                ...request,
                correctsSeq: target.seq,
                occurredOn,
                voided,
              }),
            change('correct'),
          );
          corrections++;
        } catch (e) {
          // A correction the history refuses (a date out of order) writes nothing.
          if (!(e instanceof PasserelleError)) throw e;
          refused++;
        }
      }
    }
    expect(advances).toBeGreaterThan(5);
    expect(exits).toBeGreaterThan(0);
    expect(corrections).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(0);
    // An erasure rewrites the copied figures; a person's deletion cascades to the journey.
    await handle.db
      .update(journey)
      .set({ gender: 'undisclosed', nationality: 'XX' })
      .where(eq(journey.id, ids[0]!));
    const [gone] = await handle.db
      .select({ candidateId: journey.candidateId })
      .from(journey)
      .where(eq(journey.id, ids[1]!));
    await handle.db.delete(candidate).where(eq(candidate.id, gone!.candidateId));

    expect(await kept(handle)).toEqual(await recomputed(handle));
    const [row] = await handle.db.select().from(journey).limit(1);
    for (const filter of [
      { partnershipId: row!.partnershipId },
      { partnershipId: row!.partnershipId, intake: row!.intake },
      { partnershipId: row!.partnershipId, openedFrom: '2025-02-11', openedTo: '2026-07-20' },
      { partnershipId: row!.partnershipId, openedFrom: '2025-03-01', openedTo: '2026-02-28' },
      { partnershipId: row!.partnershipId, openedFrom: '2025-03-03', openedTo: '2025-03-20' },
    ])
      expect(await cohortView(handle.db, filter)).toEqual(
        cohortStats(
          talliesOfGroups(await cohortGroups(handle.db, filter)),
          await cohortDays(handle.db, filter),
        ),
      );
  }, 600_000);
});
