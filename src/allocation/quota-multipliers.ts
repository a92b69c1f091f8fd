/**
 * The next quota multipliers λ of the Lagrangian iterations (lagrangian-quotas.ts), by a proximal
 * bundle method. Every subproblem solved so far is a cut: its assignment x gives the Lagrangian
 * function `L(λ) ≥ W(x) − λ · excess(x)` for every λ (W = its score, excess = its rows' activity
 * minus right-hand side). The next λ minimises the largest cut plus a pull towards the best λ so
 * far, `‖λ − centre‖² / 2τ`. With a handful of quota rows a few cuts pin the minimum down, where
 * plain subgradient steps zigzag between the rows (100,000 × 10,000 with 3 rows, from λ = 0 and
 * with the same repair: 9 iterations against 11).
 */

interface Cut {
  score: number;
  excess: Float64Array;
}

/**
 * A step that does not lower the bound enough shortens the next by this factor (on 10,000 × 1,000
 * 0.5 and 0.3 stalled above the 0.05% gap for 40 iterations; 0.7 reached it in 6).
 */
const NULL_STEP_SHRINK = 0.7;
/** Steps of the inner solver; the master problem is tiny (rows × cuts), so this costs ~1 ms. */
const MASTER_STEPS = 3_000;
/** A new λ becomes the centre when the bound fell by at least this share of the predicted fall. */
const SERIOUS_SHARE = 0.1;

export class QuotaMultipliers {
  private readonly cuts: Cut[] = [];
  readonly centre: Float64Array;
  private centreBound = Number.POSITIVE_INFINITY;
  private tau = 0;
  /** Model value at the last proposed λ: the bound the cuts predict there. */
  private predicted = Number.NEGATIVE_INFINITY;

  constructor(rowCount: number) {
    this.centre = new Float64Array(rowCount);
  }

  /**
   * Records the subproblem solved at `lambda`: its score, its rows' excess and the proven bound
   * there. `target` (the best allocation meeting the quotas) only scales the first step.
   */
  record(lambda: Float64Array, score: number, excess: Float64Array, bound: number, target: number) {
    this.cuts.push({ score, excess: excess.slice() });
    if (this.cuts.length === 1) {
      // The first step is Polyak's: it reaches the target level if the cut were exact.
      const norm = excess.reduce((s, g, k) => s + (g > 0 || lambda[k]! > 0 ? g * g : 0), 0);
      this.tau = norm > 0 ? Math.max(bound - target, 1e-9 * Math.abs(bound)) / norm : 1;
      this.centre.set(lambda);
      this.centreBound = bound;
      return;
    }
    const predictedFall = this.centreBound - this.predicted;
    const fall = this.centreBound - bound;
    if (fall >= SERIOUS_SHARE * predictedFall && fall > 0) {
      this.centre.set(lambda);
      this.centreBound = bound;
    } else this.tau *= NULL_STEP_SHRINK;
  }

  /** The next λ to try: the minimum of the cut model plus the proximal term, λ ≥ 0. */
  next(): Float64Array {
    const { cuts, centre, tau } = this;
    const m = cuts.length;
    const d = centre.length;
    // Dual of the master: weights π on the cuts (a point of the simplex), λ(π) = max(0, centre
    // + τ Σ π_i excess_i); projected gradient ascent on π, whose gradient is the cuts' values.
    let frobenius = 0;
    for (const cut of cuts) for (let k = 0; k < d; k++) frobenius += cut.excess[k]! ** 2;
    const rate = 1 / Math.max(tau * frobenius, 1e-300);
    const pi = new Float64Array(m).fill(1 / m);
    const lambda = new Float64Array(d);
    const gradient = new Float64Array(m);
    for (let step = 0; step < MASTER_STEPS; step++) {
      this.lambdaOf(pi, lambda);
      let top = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < m; i++)
        top = Math.max(top, (gradient[i] = this.valueOf(cuts[i]!, lambda)));
      // Only differences between the cuts matter on the simplex: subtracting the top keeps the
      // step precise when scores are in the hundreds of millions.
      for (let i = 0; i < m; i++) pi[i] = pi[i]! + rate * (gradient[i]! - top);
      projectOnSimplex(pi);
    }
    this.lambdaOf(pi, lambda);
    let model = Number.NEGATIVE_INFINITY;
    for (const cut of cuts) model = Math.max(model, this.valueOf(cut, lambda));
    this.predicted = model;
    return lambda;
  }

  private lambdaOf(pi: Float64Array, out: Float64Array): void {
    const { cuts, centre, tau } = this;
    for (let k = 0; k < centre.length; k++) {
      let g = 0;
      for (let i = 0; i < cuts.length; i++) g += pi[i]! * cuts[i]!.excess[k]!;
      out[k] = Math.max(0, centre[k]! + tau * g);
    }
  }

  private valueOf(cut: Cut, lambda: Float64Array): number {
    let v = cut.score;
    for (let k = 0; k < lambda.length; k++) v -= lambda[k]! * cut.excess[k]!;
    return v;
  }
}

/** Euclidean projection onto {π ≥ 0, Σ π = 1} (sort-based). */
function projectOnSimplex(pi: Float64Array): void {
  const sorted = Float64Array.from(pi).sort().reverse();
  let sum = 0;
  let shift = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!;
    const t = (sum - 1) / (i + 1);
    if (sorted[i]! - t > 0) shift = t;
  }
  for (let i = 0; i < pi.length; i++) pi[i] = Math.max(0, pi[i]! - shift);
}
