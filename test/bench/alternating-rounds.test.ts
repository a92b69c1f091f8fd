import { describe, expect, it } from 'vitest';
import { alternatingRounds } from '../../bench/alternating-rounds.js';

describe('alternating rounds of a comparison', () => {
  it('lets every engine go first in turn, each timed once per round', async () => {
    const calls: string[] = [];
    const engine = (name: string) => ({
      name,
      cube: async () => {
        calls.push(name);
        return name.length;
      },
    });
    const engines = ['ours', 'duckdb', 'postgres'].map(engine);
    const { orders, times, cells } = await alternatingRounds(engines, 4);
    expect(orders.map((o) => o[0])).toEqual(['ours', 'duckdb', 'postgres', 'ours']);
    expect(orders[1]).toEqual(['duckdb', 'postgres', 'ours']);
    expect(calls).toEqual(orders.flat());
    expect([...times.values()].map((t) => t.length)).toEqual([4, 4, 4]);
    expect(cells.get('postgres')).toBe(8);
  });

  it('times each engine by the clock around its own run only', async () => {
    let now = 0;
    const engines = [
      { name: 'a', cube: async () => ((now += 5), 1) },
      { name: 'b', cube: async () => ((now += 7), 1) },
    ];
    const { times } = await alternatingRounds(engines, 2, () => now);
    expect(times.get('a')).toEqual([5, 5]);
    expect(times.get('b')).toEqual([7, 7]);
  });
});
