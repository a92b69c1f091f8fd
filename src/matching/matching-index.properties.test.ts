import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index.js';
import { rankCandidatesExhaustively, rankOpeningsExhaustively } from './exhaustive-matcher.js';
import type { CandidateFilter, OpeningFilter } from './match-filters.js';
import { OpeningIndex } from './opening-index.js';
import { contextOf, randomCandidate, randomOpening, smallGraph } from './matching.test-support.js';
import { seededRandom } from '../../bench/bench-support.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const weightsArbitrary = fc.record({
  optionalSkills: unit,
  partialSkill: unit,
  occupationProximity: unit,
  evidence: unit,
  language: unit,
  qualification: unit,
  preferences: unit,
  location: unit,
});

const ids = (r: { id: string; score: number }[]) => r.map((x) => `${x.id}:${x.score}`);

const openingFilters: OpeningFilter[] = [
  {},
  { countries: ['BE', 'IT'] },
  { tracks: ['away'], kinds: ['vacancy'] },
  { occupationGroup: '21', language: 'fr' },
  { partnershipId: 'p1', countries: ['MA'] },
];
const candidateFilters: CandidateFilter[] = [
  { audience: 'employer' },
  { audience: 'coordinator' },
  { audience: 'coordinator', residenceCountries: ['MA', 'SN'], language: 'fr' },
  { audience: 'coordinator', residenceCountries: [] },
];

describe('the matching index', () => {
  it('returns exactly what the exhaustive scorer returns, in both directions, after updates', () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 12 }),
        weightsArbitrary,
        (seed, limit, weights) => {
          const random = seededRandom(seed);
          // The indexes are built under default weights and queried under the drawn ones.
          const ctx = contextOf(smallGraph(random));
          const queried = { ...ctx, weights };
          // Blocks of 4 rows, so that queries skip and read many blocks; a person's skill has a
          // bit when 1 in 4 of their group holds it, so that the rest go to overflow lists.
          const openings = new OpeningIndex(ctx, 4);
          const candidates = new CandidateIndex(ctx, 4, 4);
          // Half bulk-loaded (groups choose their skills from all their rows), half one by one
          // (rows with skills their group did not choose go to its overflow lists).
          openings.upsertAll(Array.from({ length: 30 }, (_, i) => randomOpening(random, `o${i}`)));
          for (let i = 30; i < 60; i++) openings.upsert(randomOpening(random, `o${i}`));
          const consenting = (i: number) => ({
            candidate: randomCandidate(random, `c${i}`),
            consents: { matching: random() < 0.8, employerSharing: random() < 0.6 },
          });
          candidates.upsertAll(Array.from({ length: 30 }, (_, i) => consenting(i)));
          for (let i = 30; i < 60; i++) {
            const { candidate, consents } = consenting(i);
            candidates.upsert(candidate, consents);
          }
          // Updates and removals: replaced profiles must not leave stale postings behind.
          for (let i = 0; i < 15; i++) {
            openings.upsert(randomOpening(random, `o${Math.floor(random() * 70)}`));
            openings.remove(`o${Math.floor(random() * 60)}`);
            candidates.upsert(randomCandidate(random, `c${Math.floor(random() * 70)}`), {
              matching: true,
              employerSharing: random() < 0.5,
            });
            candidates.remove(`c${Math.floor(random() * 60)}`);
          }
          for (const p of [...candidates.all()].slice(0, 8)) {
            for (const f of openingFilters) {
              const ranked = openings.rank(p.candidate, f, limit, weights);
              found += ranked.length;
              expect(ids(ranked)).toEqual(
                ids(rankOpeningsExhaustively(p.candidate, openings.all(), f, limit, queried)),
              );
            }
          }
          const shortlistsMatch = () => {
            for (const o of [...openings.all()].slice(0, 8)) {
              for (const f of candidateFilters) {
                expect(ids(candidates.rank(o, f, limit, weights))).toEqual(
                  ids(rankCandidatesExhaustively(o, candidates.all(), f, limit, queried)),
                );
                // The same opening and filter under other weights: nothing the index keeps
                // from one query's factors may leak into the other's.
                expect(ids(candidates.rank(o, f, limit))).toEqual(
                  ids(rankCandidatesExhaustively(o, candidates.all(), f, limit, ctx)),
                );
              }
            }
          };
          shortlistsMatch();
          // People added after shortlists were drawn up: what the index learnt of their groups
          // (how much of each occupation they hold) must take them in.
          for (let i = 0; i < 10; i++) {
            const { candidate, consents } = consenting(60 + i);
            candidates.upsert(candidate, consents);
          }
          shortlistsMatch();
        },
      ),
      { numRuns: 40 },
    );
    // The comparison means something only if rankings are not empty.
    expect(found).toBeGreaterThan(1000);
  });

  it('compacts itself after many replacements and still returns what the exhaustive scorer does', () => {
    const random = seededRandom(11);
    const ctx = contextOf(smallGraph(random));
    const openings = new OpeningIndex(ctx);
    const candidates = new CandidateIndex(ctx);
    // 3,000 writes over 100 ids leave 2,900 dead slots: more than 1,024 and than the live ones.
    for (let i = 0; i < 3000; i++) {
      openings.upsert(randomOpening(random, `o${i % 100}`));
      candidates.upsert(randomCandidate(random, `c${i % 100}`), {
        matching: true,
        employerSharing: true,
      });
    }
    expect(openings.size).toBe(100);
    expect([...openings.all()]).toHaveLength(100);
    expect([...candidates.all()]).toHaveLength(100);
    for (const p of [...candidates.all()].slice(0, 10))
      expect(ids(openings.rank(p.candidate, {}, 10))).toEqual(
        ids(rankOpeningsExhaustively(p.candidate, openings.all(), {}, 10, ctx)),
      );
    for (const o of [...openings.all()].slice(0, 10))
      expect(ids(candidates.rank(o, { audience: 'employer' }, 10))).toEqual(
        ids(rankCandidatesExhaustively(o, candidates.all(), { audience: 'employer' }, 10, ctx)),
      );
  });

  it('never shows a candidate without both consents to an employer', () => {
    const random = seededRandom(7);
    const ctx = contextOf(smallGraph(random));
    const index = new CandidateIndex(ctx);
    const consents = [
      { matching: false, employerSharing: true },
      { matching: true, employerSharing: false },
      { matching: true, employerSharing: true },
    ];
    const opening = randomOpening(random, 'o');
    const all = opening.essential.map(() => 'certified' as const);
    consents.forEach((c, i) => {
      const candidate = {
        ...randomCandidate(random, `c${i}`),
        skills: new Map(opening.essential.map((s, j) => [s, all[j]!])),
      };
      index.upsert(candidate, c);
    });
    expect(index.rank(opening, { audience: 'employer' }, 10).map((r) => r.id)).toEqual(['c2']);
    expect(
      index
        .rank(opening, { audience: 'coordinator' }, 10)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['c1', 'c2']);
  });
});
