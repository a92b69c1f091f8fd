import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageBand,
  buildCohortProblem,
  cohortQuotas,
  emptyCohortReason,
  type CohortInput,
  type CohortQuotas,
} from './cohort-problem.js';
import { problemFromSnapshot, snapshotProblem } from './cohort-snapshot.js';
import { essentialSkillShareScore } from './cohort-score.js';

const noQuotas: CohortQuotas = {
  trackShares: {},
  minWomenShare: null,
  perRegion: [],
  perEmployer: [],
  perOccupation: [],
  trackShareTolerance: 10,
};

const person = (id: string, arrival: number) => ({
  id,
  gender: 'female' as const,
  nationality: 'MA',
  originRegion: 'MA',
  birthYear: 1995,
  arrival,
});

function input(scores: (number | null)[][], edgesPerCandidate = 50): CohortInput {
  return {
    candidates: scores.map((_, i) => person(`c${i}`, i)),
    vacancies: [
      {
        id: 'v-away',
        title: 'Developer in Ghent',
        track: 'away',
        positions: 3,
        employerId: 'e1',
        occupation: '2512',
      },
      {
        id: 'v-home',
        title: 'Developer in Rabat',
        track: 'home',
        positions: 2,
        employerId: 'e2',
        occupation: '2513',
      },
    ],
    programmes: [
      { id: 'p1', title: 'Cloud bootcamp', seats: 20, providerId: 't1', occupation: '2512' },
    ],
    quotas: noQuotas,
    eligibility: { priorityOccupations: [], minimumScore: 0 },
    score: (i, j) => scores[i]?.[j] ?? null,
    edgesPerCandidate,
    referenceYear: 2026,
  };
}

const edgesOf = (p: ReturnType<typeof buildCohortProblem>, i: number) =>
  Array.from(p.edgeSlot.subarray(p.edgeStart[i], p.edgeStart[i + 1])).map((slot, k) => ({
    slot,
    score: p.edgeScore[(p.edgeStart[i] ?? 0) + k],
  }));

describe('building the cohort problem', () => {
  it('GIVEN vacancies and programmes THEN slots are away jobs, home jobs and training seats with their capacity', () => {
    const p = buildCohortProblem(input([[50, 60, 70]]));
    expect(p.slots.map((s) => [s.id, s.kind, s.capacity])).toEqual([
      ['v-away', 'away_job', 3],
      ['v-home', 'home_job', 2],
      ['p1', 'training_seat', 20],
    ]);
    expect(p.slots[0]?.employerId).toBe('e1');
  });

  it('GIVEN ineligible pairs (null) THEN they have no edge; the edges are best first', () => {
    const p = buildCohortProblem(
      input([
        [40, null, 90],
        [null, null, null],
      ]),
    );
    expect(edgesOf(p, 0)).toEqual([
      { slot: 2, score: 90 },
      { slot: 0, score: 40 },
    ]);
    expect(edgesOf(p, 1)).toEqual([]);
    expect(p.edgeStart.length).toBe(3);
  });

  it('GIVEN edgesPerCandidate = 1 THEN each candidate keeps only their best slot (ties: first slot)', () => {
    const p = buildCohortProblem(input([[70, 70, 10]], 1));
    expect(edgesOf(p, 0)).toEqual([{ slot: 0, score: 70 }]);
  });

  it('GIVEN a score out of 0–100 THEN the error names the score and the pair', () => {
    expect(() => buildCohortProblem(input([[120, 1, 1]]))).toThrow(/score.*c0.*v-away/);
    expect(() => buildCohortProblem(input([[Number.NaN, 1, 1]]))).toThrow(/score/);
  });

  it('GIVEN a lock THEN the candidate keeps one edge to the locked slot, even an ineligible one', () => {
    const locked = buildCohortProblem({
      ...input([[80, null, 90]]),
      locks: new Map([['c0', 'v-home']]),
    });
    expect(edgesOf(locked, 0)).toEqual([{ slot: 1, score: 0 }]);
    const unassigned = buildCohortProblem({
      ...input([[80, 70, 90]]),
      locks: new Map([['c0', null]]),
    });
    expect(edgesOf(unassigned, 0)).toEqual([]);
  });

  it('property: never more edges than asked, every kept edge scores at least every dropped one', () => {
    let dropped = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { minLength: 3, maxLength: 3 }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.integer({ min: 1, max: 3 }),
        (scores, k) => {
          const p = buildCohortProblem(input(scores, k));
          scores.forEach((row, i) => {
            const kept = edgesOf(p, i);
            const eligible = row.filter((s): s is number => s !== null);
            expect(kept.length).toBe(Math.min(k, eligible.length));
            const worstKept = Math.min(...kept.map((e) => e.score ?? 0));
            const keptSlots = new Set(kept.map((e) => e.slot));
            row.forEach((s, j) => {
              if (s === null || keptSlots.has(j)) return;
              dropped++;
              expect(s).toBeLessThanOrEqual(worstKept);
            });
          });
        },
      ),
    );
    // The comparison runs only for dropped edges: enough generated rows must drop some.
    expect(dropped).toBeGreaterThan(50);
  });

  it('GIVEN a problem WHEN snapshotted as JSON and restored THEN it is the same problem', () => {
    const p = buildCohortProblem(
      input([
        [40, null, 90],
        [10, 20, 30],
      ]),
    );
    const restored = problemFromSnapshot(JSON.parse(JSON.stringify(snapshotProblem(p))));
    expect(restored).toEqual(p);
  });
});

describe('the cohort quotas', () => {
  it.each([
    [
      { away: 50, home: 50 },
      { away: { min: 40, max: 60 }, home: { min: 40, max: 60 } },
    ],
    [
      { away: 40, home: 40, study: 20 },
      { away: { min: 40, max: 60 }, home: { min: 40, max: 60 } },
    ],
    [{ away: 100 }, { away: { min: 90, max: 100 } }],
    [{}, undefined],
  ])('track targets %j become share ranges %j', (trackShares, expected) => {
    expect(cohortQuotas({ ...noQuotas, trackShares }).trackShare).toEqual(expected);
  });

  it('GIVEN women, region and employer caps THEN they carry over', () => {
    const q = cohortQuotas({
      ...noQuotas,
      minWomenShare: 40,
      perRegion: [{ region: 'MA-06', max: 5 }],
      perEmployer: [{ employerId: 'e1', max: 2 }],
    });
    expect(q).toEqual({
      minWomenShare: 40,
      perRegionMax: [{ region: 'MA-06', max: 5 }],
      perEmployerMax: [{ employerId: 'e1', max: 2 }],
    });
  });
});

describe('ages, empty cohorts and the temporary score', () => {
  it.each([
    [null, 'unknown'],
    [2010, 'under-18'],
    [2002, '18-24'],
    [1995, '25-34'],
    [1985, '35-44'],
    [1970, '45+'],
  ])('born %s → %s in 2026', (year, band) => {
    expect(ageBand(year, 2026)).toBe(band);
  });

  it('GIVEN no candidate, no slot or no eligible pair THEN the reason says which', () => {
    expect(emptyCohortReason(buildCohortProblem({ ...input([]) }))).toMatch(/cohort is empty/);
    expect(
      emptyCohortReason(buildCohortProblem({ ...input([[1]]), vacancies: [], programmes: [] })),
    ).toMatch(/no slots/);
    expect(emptyCohortReason(buildCohortProblem(input([[null, null, null]])))).toMatch(
      /No eligible pair: none of the 1 candidates/,
    );
    expect(emptyCohortReason(buildCohortProblem(input([[1, null, null]])))).toBeNull();
  });

  it('GIVEN a skill held THEN the share of essentials counts; none held → not eligible', () => {
    expect(essentialSkillShareScore(new Set(['a', 'b']), ['a', 'b', 'c', 'd'])).toBe(50);
    expect(essentialSkillShareScore(new Set(['x']), ['a', 'b'])).toBeNull();
    expect(essentialSkillShareScore(new Set(['a']), [])).toBeNull();
  });

  it('GIVEN priority occupations THEN a slot outside them has no edge, and a person with only such slots is told so', () => {
    const p = buildCohortProblem({
      ...input([
        [50, 60, 70],
        [null, 80, null],
      ]),
      eligibility: { priorityOccupations: ['2512'], minimumScore: 0 },
    });
    expect(edgesOf(p, 0).map((e) => e.slot)).toEqual([2, 0]); // v-home (2513) left out
    expect(edgesOf(p, 1)).toEqual([]);
    expect(p.candidates[1]?.excluded).toEqual({ rule: 'no_priority_slot' });
    expect(p.candidates[0]?.excluded).toBeUndefined();
  });

  it('GIVEN a minimum score THEN pairs below it have no edge, and a person with none left is told the best score', () => {
    const p = buildCohortProblem({
      ...input([
        [39.99, 40, 10],
        [30, 20, null],
        [null, null, null],
      ]),
      eligibility: { priorityOccupations: [], minimumScore: 40 },
    });
    expect(edgesOf(p, 0)).toEqual([{ slot: 1, score: 40 }]);
    expect(p.candidates[1]?.excluded).toEqual({
      rule: 'below_minimum_score',
      minimumScore: 40,
      bestScore: 30,
    });
    // Nobody scored at all: no partnership rule is to blame.
    expect(p.candidates[2]?.excluded).toBeUndefined();
  });

  it('GIVEN occupation caps THEN they carry over and slots name their occupation', () => {
    const p = buildCohortProblem({
      ...input([[50, 60, 70]]),
      quotas: { ...noQuotas, perOccupation: [{ occupation: '2512', max: 1 }] },
    });
    expect(p.quotas.perOccupationMax).toEqual([{ occupation: '2512', max: 1 }]);
    expect(p.slots.map((s) => s.occupation)).toEqual(['2512', '2513', '2512']);
  });
});
