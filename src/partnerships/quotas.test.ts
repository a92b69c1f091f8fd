import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noQuotas, placesPerTrack, quotaViolations, type Quotas } from './quotas.js';
import type { Track } from './vocabulary.js';

const offer = { tracks: ['home', 'away'] as Track[], occupations: ['2512', '2514'] };
const quotas = (change: Partial<Quotas>): Quotas => ({ ...noQuotas, ...change });

describe('quota rules', () => {
  it.each([
    ['no quotas at all', {}, []],
    ['home 40% and away 60%', { trackShares: { home: 40, away: 60 } }, []],
    ['only an away share below 100%', { trackShares: { away: 70 } }, []],
    ['an away share of 120%', { trackShares: { away: 120 } }, ['quotas.trackShares.away']],
    ['a negative home share', { trackShares: { home: -5 } }, ['quotas.trackShares.home']],
    ['home 60% and away 60%', { trackShares: { home: 60, away: 60 } }, ['quotas.trackShares']],
    [
      'every track shared but only 90% in all',
      { trackShares: { home: 40, away: 50 } },
      ['quotas.trackShares'],
    ],
    [
      'a share for a track not offered',
      { trackShares: { study: 10 } },
      ['quotas.trackShares.study'],
    ],
    ["a women's share of 101%", { minWomenShare: 101 }, ['quotas.minWomenShare']],
    ['a half cohort size', { cohortSize: 10.5 }, ['quotas.cohortSize']],
    [
      'an occupation cap above the cohort',
      { cohortSize: 50, perOccupation: [{ occupation: '2512', max: 60 }] },
      ['quotas.perOccupation.0.max'],
    ],
    [
      'occupation caps that cannot fill the cohort',
      {
        cohortSize: 50,
        perOccupation: [
          { occupation: '2512', max: 20 },
          { occupation: '2514', max: 20 },
        ],
      },
      ['quotas.perOccupation'],
    ],
    [
      'a cap on an occupation that is not a priority',
      { perOccupation: [{ occupation: '7112', max: 5 }] },
      ['quotas.perOccupation.0.occupation'],
    ],
    [
      'a region named twice',
      {
        perRegion: [
          { region: 'MA-04', max: 5 },
          { region: 'MA-04', max: 6 },
        ],
      },
      ['quotas.perRegion.1'],
    ],
  ] as [string, Partial<Quotas>, string[]][])(
    'GIVEN %s THEN the fields at fault are %j',
    (_situation, change, fields) => {
      expect(quotaViolations(quotas(change), offer).map((v) => v.field)).toEqual(fields);
    },
  );

  it('GIVEN any track share above 100% THEN the quotas are refused', () => {
    fc.assert(
      fc.property(fc.double({ min: 100.0001, max: 1e6, noNaN: true }), (share) => {
        const v = quotaViolations(quotas({ trackShares: { away: share } }), offer);
        expect(v.some((x) => x.code === 'partnerships.quota_out_of_range')).toBe(true);
      }),
    );
  });

  it('GIVEN accepted track shares THEN they never add up to more than 100% and never give more places than the cohort', () => {
    const share = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });
    let accepted = 0;
    fc.assert(
      fc.property(share, share, fc.integer({ min: 0, max: 1000 }), (home, away, size) => {
        const q = quotas({
          cohortSize: size,
          trackShares: {
            ...(home === undefined ? {} : { home }),
            ...(away === undefined ? {} : { away }),
          },
        });
        if (quotaViolations(q, offer).length > 0) return;
        accepted++;
        expect((home ?? 0) + (away ?? 0)).toBeLessThanOrEqual(100);
        const places = placesPerTrack(q);
        expect((places.home ?? 0) + (places.away ?? 0)).toBeLessThanOrEqual(size);
      }),
    );
    // The assertions sit behind the acceptance check: enough of the 100 runs (about 30) must reach them.
    expect(accepted).toBeGreaterThan(10);
  });
});
