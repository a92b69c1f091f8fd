import type { SkillSums } from './score.js';

/**
 * A vacancy's skill fit is linear in the two sums, `a·essential + b·optional`; a programme's is
 * `4f(1 − f)` of `f = a·essential`, at most 1 from f = ½ on. One table of the weights `a` and `b`
 * give each skill bounds a row's fit by one lookup per byte, not one per byte and sum. Its sums
 * of fractions round differently from the exact fit: `tightCeiling`'s widening (score.ts) covers that.
 */
export interface LinearFit {
  a: number;
  b: number;
  fit: (linear: number) => number;
}

export function linearFit(
  programme: boolean,
  totals: SkillSums,
  optionalWeight: number,
): LinearFit {
  const { essential, optional } = totals;
  if (programme) {
    const a = essential > 0 ? 1 / essential : 0;
    return { a, b: 0, fit: (f) => (f >= 0.5 ? 1 : 4 * f * (1 - f)) };
  }
  const fit = (f: number) => Math.min(1, f);
  if (essential > 0 && optional > 0) {
    const blend = 1 + optionalWeight;
    // A weight so small that its products would round to 0 (or not) skill by skill counts as
    // a larger one: the bound only grows.
    const b = optionalWeight > 0 ? Math.max(optionalWeight, 1e-200) / (optional * blend) : 0;
    return { a: 1 / (essential * blend), b, fit };
  }
  return { a: essential > 0 ? 1 / essential : 0, b: optional > 0 ? 1 / optional : 0, fit };
}
