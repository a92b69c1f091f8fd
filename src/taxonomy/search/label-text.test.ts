import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, normalizeLabel } from './label-text.js';

describe('label text', () => {
  it.each([
    ['Python (computer programming)', 'python computer programming'],
    ["Ingénieur d'études", 'ingenieur d etudes'],
    ['  ICT  ', 'ict'],
  ])('normalises "%s"', (label, expected) => expect(normalizeLabel(label)).toBe(expected));

  it.each([
    ['nurse', 'nurce', 1],
    ['programmer', 'programer', 1],
    ['teacher', 'taecher', 1],
    ['welder', 'welder', 0],
  ])('counts the edits between %s and %s', (a, b, d) =>
    expect(boundedEditDistance(a, b, 2)).toBe(d),
  );

  it('never reports a distance above the bound + 1, and is symmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = boundedEditDistance(a, b, 2);
        expect(d).toBeLessThanOrEqual(3);
        expect(boundedEditDistance(b, a, 2)).toBe(d);
      }),
    );
  });
});
