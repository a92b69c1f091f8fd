import { describe, expect, it } from 'vitest';
import { coalesced } from './matching.service.js';

describe('coalesced checks', () => {
  it('GIVEN a run under way WHEN more calls come THEN they share one next run, which starts after all of them', async () => {
    const started: number[] = [];
    let release: () => void = () => {};
    let runs = 0;
    const check = coalesced(async () => {
      const run = ++runs;
      started.push(run);
      if (run === 1) await new Promise<void>((resolve) => (release = resolve));
      return run;
    });
    const first = check();
    while (started.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const [second, third] = [check(), check()];
    expect(second).toBe(third);
    release();
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    expect(await check()).toBe(3); // a call after the runs ended gets a run of its own
    expect(started).toEqual([1, 2, 3]);
  });

  it('GIVEN a run that fails WHEN called again THEN the next run still happens', async () => {
    let runs = 0;
    const check = coalesced(async () => {
      runs++;
      if (runs === 1) throw new Error('the database went away');
      return runs;
    });
    await expect(check()).rejects.toThrow('went away');
    expect(await check()).toBe(2);
  });
});
