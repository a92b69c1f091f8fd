import { describe, expect, it } from 'vitest';
import { moduleCost, moduleTitle } from './demo-modules.js';

describe('demo training modules', () => {
  it.each([
    ['BE', 'ict', 40, 1400],
    ['MA', 'ict', 40, 350],
    ['SN', 'hospitality', 60, 270],
    ['NL', 'health', 20, 690],
    ['XX', 'construction', 30, 330],
  ] as const)(
    'GIVEN a module in %s (%s, %i h) THEN it costs %i euros: hours at the country’s rate for the sector',
    (country, sector, hours, euros) => {
      expect(moduleCost(hours, country, sector)).toBe(euros);
    },
  );

  it('GIVEN the same hours THEN a module in a destination costs more than one in an origin', () => {
    for (const sector of ['ict', 'health', 'construction', 'hospitality'] as const)
      expect(moduleCost(50, 'BE', sector)).toBeGreaterThan(3 * moduleCost(50, 'MA', sector));
  });

  it('GIVEN the ESCO labels of what it teaches THEN a module is named after its first two skills', () => {
    const labels = { a: 'use markup languages', b: 'JavaScript', c: 'web programming' };
    expect(moduleTitle(['a', 'b', 'c'], labels, 'x')).toBe('Use markup languages and JavaScript');
    expect(moduleTitle(['c'], labels, 'x')).toBe('Web programming');
    expect(moduleTitle(['z', 'b'], labels, 'x')).toBe('JavaScript');
    expect(moduleTitle(['z'], labels, 'web developer: module 1')).toBe('web developer: module 1');
    expect(moduleTitle(['a'], { a: 'x'.repeat(300) }, 'f').length).toBe(200);
  });
});
