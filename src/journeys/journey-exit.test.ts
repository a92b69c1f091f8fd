import { describe, expect, it } from 'vitest';
import { exitMoment, retaliationKindOf } from './journey-exit.js';

describe('exits that may be retaliation', () => {
  it('names a dismissal and leaving the employer, and no other exit', () => {
    expect(retaliationKindOf('dismissed')).toBe('dismissal');
    expect(retaliationKindOf('left_employer')).toBe('exit');
    for (const reason of ['withdrew', 'visa_refused', 'stayed_on_legally', 'unknown'] as const)
      expect(retaliationKindOf(reason)).toBeNull();
  });

  it('counts an exit from the end of its day, never later than when it is recorded', () => {
    const recorded = new Date('2026-11-21T09:00:00Z');
    expect(exitMoment('2026-11-20', recorded).toISOString()).toBe('2026-11-20T23:59:59.999Z');
    expect(exitMoment('2026-11-21', recorded)).toEqual(recorded);
  });
});
