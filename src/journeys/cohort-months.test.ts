import { describe, expect, it } from 'vitest';
import { splitOpeningDays } from './cohort-months.js';

describe('splitting opening days into whole months and edges', () => {
  it('GIVEN no bounds THEN every month, no edge', () => {
    expect(splitOpeningDays()).toEqual({ months: { from: null, to: null }, edges: [] });
  });

  it('GIVEN bounds on month boundaries THEN whole months only', () => {
    expect(splitOpeningDays('2025-03-01', '2026-02-28')).toEqual({
      months: { from: '2025-03-01', to: '2026-02-01' },
      edges: [],
    });
  });

  it('GIVEN bounds inside months THEN the whole months between and the days at each end', () => {
    expect(splitOpeningDays('2025-02-11', '2026-07-20')).toEqual({
      months: { from: '2025-03-01', to: '2026-06-01' },
      edges: [
        { from: '2025-02-11', to: '2025-02-28' },
        { from: '2026-07-01', to: '2026-07-20' },
      ],
    });
    expect(splitOpeningDays('2024-02-10', undefined)).toEqual({
      months: { from: '2024-03-01', to: null },
      edges: [{ from: '2024-02-10', to: '2024-02-29' }],
    });
    expect(splitOpeningDays(undefined, '2025-12-30')).toEqual({
      months: { from: null, to: '2025-11-01' },
      edges: [{ from: '2025-12-01', to: '2025-12-30' }],
    });
  });

  it('GIVEN a range without a whole month THEN one edge: the range itself', () => {
    expect(splitOpeningDays('2025-03-03', '2025-03-20')).toEqual({
      months: null,
      edges: [{ from: '2025-03-03', to: '2025-03-20' }],
    });
    expect(splitOpeningDays('2025-03-15', '2025-04-10')).toEqual({
      months: null,
      edges: [{ from: '2025-03-15', to: '2025-04-10' }],
    });
  });
});
