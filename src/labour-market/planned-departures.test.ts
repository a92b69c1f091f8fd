import { describe, expect, it } from 'vitest';
import { plannedDepartures, type PartnershipPlan } from './planned-departures.js';

const plan = (over: Partial<PartnershipPlan>): PartnershipPlan => ({
  partnershipId: 'p1',
  tracks: ['home', 'away'],
  awayShare: 50,
  perOccupation: [{ occupation: '2512', max: 60 }],
  allocatedAway: new Map(),
  ...over,
});

describe('planned away-track departures', () => {
  it('GIVEN quotas with an away share THEN the cap times the share is planned', () => {
    expect(plannedDepartures([plan({})], new Map())).toEqual([
      {
        iscoCode: '2512',
        fromQuotas: 30,
        allocated: 0,
        typed: 0,
        total: 30,
        partnershipIds: ['p1'],
      },
    ]);
  });

  it('GIVEN an allocation run that placed more than the quota plans THEN the allocation counts, not both', () => {
    const [d] = plannedDepartures([plan({ allocatedAway: new Map([['2512', 42]]) })], new Map());
    expect(d).toMatchObject({ fromQuotas: 30, allocated: 42, total: 42 });
  });

  it('GIVEN two partnerships and typed departures THEN they add up per occupation', () => {
    const result = plannedDepartures(
      [plan({}), plan({ partnershipId: 'p2', awayShare: undefined, tracks: ['away'] })],
      new Map([
        ['2512', 5],
        ['2221', 7],
      ]),
    );
    expect(result.map((d) => [d.iscoCode, d.total])).toEqual([
      ['2221', 7],
      ['2512', 30 + 60 + 5],
    ]);
  });

  it('GIVEN a partnership with no away track and no share THEN its quotas plan no departure', () => {
    expect(
      plannedDepartures([plan({ awayShare: undefined, tracks: ['home'] })], new Map()),
    ).toEqual([]);
  });
});
