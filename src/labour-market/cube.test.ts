import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCube, skillGapsFromOccupations, type CubeObservation } from './cube.js';

const obs = (o: Partial<CubeObservation>): CubeObservation => ({
  measure: 'vacancies',
  country: 'BE',
  region: '',
  iscoCode: '2512',
  skillUri: '',
  month: '2024-01',
  count: 1,
  ...o,
});

describe('the gap cube', () => {
  it('GIVEN unit groups THEN rolling up to ISCO-2 sums them into their sub-major group', () => {
    const cube = buildCube(
      [
        obs({ iscoCode: '2512', count: 3 }),
        obs({ iscoCode: '2519', count: 4 }),
        obs({ iscoCode: '2512', measure: 'job_seekers', count: 2 }),
        obs({ iscoCode: '2', count: 100 }),
      ],
      { iscoLevel: 2, regionLevel: 'region' },
    );
    expect(cube).toEqual([
      {
        country: 'BE',
        region: '',
        iscoCode: '25',
        skillUri: '',
        figures: [{ month: '2024-01', demand: 7, supply: 2, workforce: 0, outflow: 0 }],
      },
    ]);
  });

  it('GIVEN regions THEN the country level sums them and a custom region rolls up to its parent', () => {
    const data = [
      obs({ region: 'BE-VLG', count: 1 }),
      obs({ region: 'BE-WAL', count: 2 }),
      obs({ region: 'BE-X-ANTWERP-PORT', count: 4 }),
    ];
    const parents = new Map([['BE-X-ANTWERP-PORT', 'BE-VLG']]);
    const byRegion = buildCube(data, { iscoLevel: 4, regionLevel: 'region' }, parents);
    expect(byRegion.map((s) => [s.region, s.figures[0]?.demand])).toEqual([
      ['BE-VLG', 5],
      ['BE-WAL', 2],
    ]);
    const national = buildCube(data, { iscoLevel: 4, regionLevel: 'country' });
    expect(national.map((s) => [s.region, s.figures[0]?.demand])).toEqual([['', 7]]);
  });

  it('keeps the total demand whatever the roll-up level', () => {
    const arbitrary = fc.array(
      fc.record({
        iscoCode: fc.constantFrom('2512', '2221', '3221', '7212'),
        region: fc.constantFrom('', 'BE-VLG', 'BE-BRU'),
        month: fc.constantFrom('2024-01', '2024-02'),
        count: fc.nat(1000),
      }),
    );
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(1, 2, 3, 4), (rows, level) => {
        const cube = buildCube(rows.map(obs), {
          iscoLevel: level as 1 | 2 | 3 | 4,
          regionLevel: 'country',
        });
        const total = cube.flatMap((s) => s.figures).reduce((t, f) => t + f.demand, 0);
        expect(total).toBe(rows.reduce((t, r) => t + r.count, 0));
      }),
    );
  });

  it('GIVEN two occupations sharing an essential skill THEN the skill gap sums both', () => {
    const gaps = skillGapsFromOccupations(
      [
        { occupationUri: 'o1', figures: [{ month: '2024-01', demand: 10, supply: 2 }] },
        { occupationUri: 'o2', figures: [{ month: '2024-01', demand: 5, supply: 1 }] },
      ],
      new Map([
        ['o1', ['s-shared', 's-one']],
        ['o2', ['s-shared']],
      ]),
    );
    expect(gaps.get('s-shared')).toEqual([{ month: '2024-01', demand: 15, supply: 3 }]);
    expect(gaps.get('s-one')).toEqual([{ month: '2024-01', demand: 10, supply: 2 }]);
  });
});
