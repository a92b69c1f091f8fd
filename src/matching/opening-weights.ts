import type { GroupQuery } from './group-query.js';
import type { SkillRows } from './skill-rows.js';
import type { TermCredits } from './term-credits.js';

/** Planes of an opening's rows: the skills it requires as essential, and as optional. */
export const ESSENTIAL = 0;
export const OPTIONAL = 1;

/**
 * What an overflow entry of the person's skill number k earns, by plane (0 essential, 1
 * optional), at 2k and 2k + 1 of the first and the second sum.
 */
export interface OverflowEarnings {
  toA: Float64Array;
  toB: Float64Array;
}

export function overflowEarnings(credit: TermCredits): OverflowEarnings {
  const credited = credit.terms;
  const toA = new Float64Array(2 * credited.length);
  const toB = new Float64Array(2 * credited.length);
  for (let k = 0; k < credited.length; k++)
    toA[2 * k] = toB[2 * k + 1] = credit.get(credited.at(k));
  return { toA, toB };
}

/**
 * Weighs the group's skills (`q.rows`) for the person: each skill's units on the rows requiring
 * it, the overflow lists, and what the person falls short on of every skill the group requires.
 * `full` holds, per position of the group's vocabulary, the units of the skill held in full;
 * `shortfall` is working memory at least as long.
 */
export function weighGroup(
  q: GroupQuery,
  credit: TermCredits,
  overflow: OverflowEarnings,
  full: Float64Array,
  shortfall: Float64Array,
): void {
  const { rows } = q;
  const credited = credit.terms;
  shortfall.set(full);
  for (let skill = 0; skill < credited.length; skill++) {
    const term = credited.at(skill);
    const position = rows.positions.get(term);
    if (position !== undefined) {
      const units = credit.get(term);
      q.weigh(position, units);
      shortfall[position] = shortfall[position]! - units;
    }
    // Plane ESSENTIAL counts in the first sum, OPTIONAL in the second.
    const list = rows.overflow.get(term);
    if (list) q.addOverflow(list, overflow.toA, overflow.toB, 2 * skill);
  }
  q.tabulate(q.a, ESSENTIAL * rows.stride, q.b, OPTIONAL * rows.stride);
  for (let position = 0; position < full.length; position++)
    q.weigh(position, shortfall[position]!);
  q.tabulate(q.shortfall, 0);
}

/**
 * Narrows the group's rows to openings the person can still cover enough of: an opening
 * requiring, as essential, a skill the person falls short on by more than `(1 − need)` of the
 * group's largest essential total cannot reach coverage `need`, and is dropped.
 */
export function narrow(q: GroupQuery, credit: TermCredits, need: number): void {
  if (need <= 0) return;
  const { rows, filter } = q;
  const budget = (1 - need) * rows.maxTotals[0]!;
  const { shortfalls } = q;
  if (!shortfalls.ready) shortfalls.fill(rows, credit);
  while (filter.applied < shortfalls.length) {
    const i = filter.applied;
    if (!(shortfalls.unitsAt(i) > budget * (1 + 1e-9) + 1e-6)) return;
    const position = shortfalls.positionAt(i);
    const term = shortfalls.termAt(i);
    filter.dropHolding(
      rows,
      position < 0 ? undefined : position,
      rows.overflow.get(term),
      ESSENTIAL,
    );
    filter.applied++;
  }
}

/** The largest factor of a block's openings, once its group's factors are computed. */
export function blockFactor(rows: SkillRows, block: number, factors: Float64Array): number {
  let most = 0;
  const tags = rows.blockTags;
  for (let i = tags.start(block), end = tags.end(block); i < end; i++)
    most = Math.max(most, factors[tags.list[i]!]!);
  return most;
}
