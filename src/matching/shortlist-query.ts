import { type BlockQueue, GROUP, REFINED } from './block-queue.js';
import type { CandidateFactors } from './candidate-factors.js';
import type { CreditLift } from './credit-lift.js';
import type { GroupQueries, GroupQuery } from './group-query.js';
import type { LinearFit } from './linear-fit.js';
import type { MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import { blocksByMost, HeldFit, type OccupationSkills } from './occupation-overlaps.js';
import type { RequiredSkills } from './required-skills.js';
import type { RowGroups } from './row-groups.js';
import { essentialCoverageNeeded, fitCeiling, skillFitOf, type SkillSums } from './score.js';
import type { PendingScores } from './top-k.js';

/** The factors of one query: consents, filter, proximity and the other aspects, per row. */
export type QueryFactors = ReturnType<CandidateFactors['forQuery']>;

/** What a shortlist reads and works in: the index's rows and its kept working parts. */
export interface ShortlistParts {
  rows: RowGroups;
  queries: GroupQueries;
  queue: BlockQueue;
  pending: PendingScores;
  /** Per group, the query's largest factor product of its rows (at least one per group). */
  groupFactors: Float64Array;
}

/** The opening's terms of a shortlist: its skills, their linear fit bound and its factors. */
export interface ShortlistTerms {
  opening: MatchOpening;
  weights: MatchWeights;
  required: RequiredSkills;
  linear: LinearFit;
  lift: CreditLift;
  factors: QueryFactors;
  ceiling: (fit: number, proximity: number, factors: number) => number;
  /** What the index's people hold of the opening's occupation; none without an occupation. */
  overlaps: OccupationSkills | undefined;
}

/**
 * One opening's shortlist over the index's groups of rows: groups are queued on their factors
 * and on what their people hold of the opening's occupation; a group's skills are weighed and
 * its blocks queued when it reaches the front; a block's bound is refined by the skills it holds
 * before its rows are read; rows are bounded before they are scored in full. The queue's loop
 * runs here so that its calls to these steps stay monomorphic.
 */
export class ShortlistQuery {
  private readonly programme: boolean;
  private readonly zeroTotals: number;
  private readonly held: HeldFit | undefined;
  private readonly earned = { essential: 0, optional: 0 };

  constructor(
    private readonly parts: ShortlistParts,
    private readonly terms: ShortlistTerms,
  ) {
    const { totals } = terms.required;
    this.programme = terms.opening.kind === 'programme';
    this.zeroTotals = (totals.essential > 0 ? 0 : 1) | (totals.optional > 0 ? 0 : 2);
    const { overlaps, required } = terms;
    this.held =
      overlaps &&
      new HeldFit(required, overlaps.units, totals.essential, totals.optional, (a, b) =>
        this.fitOf(a, b),
      );
  }

  /** Runs the queue until nothing left in it can enter the top `limit`; returns the pending. */
  run(limit: number): PendingScores {
    const pending = this.parts.pending.reset(limit);
    this.queueGroups();
    const queue = this.parts.queue;
    while (queue.take() && pending.canEnter(queue.bound)) {
      const { group, block, kind } = queue;
      if (kind === GROUP) this.openGroup(group);
      else if (kind === REFINED) this.visitBlock(group, block);
      else queue.push(group, block, Math.min(queue.bound, this.refineBlock(group, block)), true);
    }
    return pending;
  }

  /** The skill fit of exact sums. */
  fitOfSums(sums: SkillSums): number {
    const { totals } = this.terms.required;
    return skillFitOf(
      this.programme,
      sums.essential,
      sums.optional,
      totals.essential,
      totals.optional,
      this.terms.weights.optionalSkills,
    );
  }

  /** The most skill fit of rows earning at most `a` essential and `b` optional units. */
  private fitOf(a: number, b: number): number {
    const { totals } = this.terms.required;
    return fitCeiling(
      this.programme,
      a,
      b,
      totals.essential,
      totals.optional,
      this.zeroTotals,
      this.terms.weights.optionalSkills,
    );
  }

  /** Queues every group any of whose rows may be shown, on the most its rows can get. */
  private queueGroups(): void {
    const { rows, queue } = this.parts;
    const { factors, overlaps, ceiling } = this.terms;
    const groupFactors = this.parts.groupFactors.fill(0, 0, rows.groups.length);
    queue.clear();
    for (let i = 0; i < rows.groups.length; i++) {
      // The most any row of the group can get from its factors: 0 when none consented to this.
      const factorCeiling = (groupFactors[i] = factors.ofGroup(i));
      if (factorCeiling === 0) continue;
      const most = overlaps?.most[i] ?? Infinity;
      const fit = this.held ? this.held.fit(most) : 1;
      queue.pushGroup(i, ceiling(fit, factors.proximityOfGroup(i), factorCeiling));
    }
  }

  /**
   * Weighs the group's skills and queues its blocks on their factors and on what their people
   * hold of the opening's occupation, most first (the skills the opening asks for refine the
   * bound at the front), up to the first that could not enter even with the group's best
   * factors: the rest hold no more. A block that cannot enter as it stands never can.
   */
  private openGroup(i: number): void {
    const rows = this.parts.rows.groups[i]!;
    const q = this.parts.queries.at(i, rows);
    if (!weigh(q, this.terms.required, this.terms.lift)) return;
    const { factors, overlaps, ceiling } = this.terms;
    const pending = this.parts.pending;
    q.factorCeiling = this.parts.groupFactors[i]!;
    q.proximity = factors.proximityOfGroup(i);
    const blockMost = overlaps?.blockMost[i];
    const order = overlaps && blocksByMost(overlaps, i, rows.blocks);
    for (let n = 0, blocks = rows.blocks; n < blocks; n++) {
      const block = order ? order[n]! : n;
      const most = blockMost?.[block] ?? Infinity;
      const fit = this.held ? this.held.fit(most) : 1;
      if (!pending.canEnter(ceiling(fit, q.proximity, q.factorCeiling))) break;
      const bound = ceiling(fit, q.proximity, factors.ofBlock(i, rows, block));
      if (pending.canEnter(bound)) this.parts.queue.push(i, block, bound, false);
    }
  }

  /** The block's bound from the union of its rows' skills. */
  private refineBlock(i: number, block: number): number {
    const q = this.parts.queries.get(i);
    const { rows } = q;
    const { linear, factors } = this.terms;
    const fit = linear.fit(
      q.heldSum(rows.blockMasks, block * rows.planeBytes) + this.rest(q, block),
    );
    return this.terms.ceiling(fit, q.proximity, factors.ofBlock(i, rows, block));
  }

  /** What the block's rows can add beyond the skills with bits: credit lift and overflow. */
  private rest(q: GroupQuery, block: number): number {
    const { rows } = q;
    const { lift, linear } = this.terms;
    return (
      lift.most(rows.blockMaxTotals[2 * block]!, rows.blockMaxTotals[2 * block + 1]!) +
      linear.a * q.blockOverflowA(block) +
      linear.b * q.blockOverflowB(block)
    );
  }

  /** Reads the block's rows that hold enough of the opening's skills to enter. */
  private visitBlock(i: number, block: number): void {
    const q = this.parts.queries.get(i);
    const { rows, filter: rowFilter } = q;
    const { opening, weights, required } = this.terms;
    const need = essentialCoverageNeeded(
      opening.kind,
      this.parts.pending.floor,
      q.proximity,
      q.factorCeiling,
      weights,
    );
    if (!narrow(q, required, need * required.totals.essential)) return;
    const start = block * rows.blockRows;
    const end = Math.min(rows.rows, start + rows.blockRows);
    if (rowFilter.none(start, end)) return;
    const least = this.fewestHeld(q, block, this.terms.factors.ofBlock(i, rows, block));
    if (least > q.heldCount) return;
    for (let word = start >> 5, last = (end - 1) >> 5; word <= last; word++) {
      let holding = q.rowsHolding(word, least);
      if (word === start >> 5) holding &= -1 << (start & 31);
      if (word === last && (end & 31) !== 0) holding &= (1 << (end & 31)) - 1;
      if (holding === 0) continue;
      q.readOverflow(block);
      q.sumHeld(word, holding);
      this.scoreRows(q, word, holding);
    }
  }

  /**
   * The fewest of the opening's skills a row must hold to enter, with the block's best factors,
   * credit lift and overflow: rows holding fewer are never read. Past `heldCount`: none can.
   */
  private fewestHeld(q: GroupQuery, block: number, blockFactor: number): number {
    const { linear, ceiling } = this.terms;
    const pending = this.parts.pending;
    const rest = this.rest(q, block);
    const most = q.mostWeights;
    let least = 0;
    while (
      least <= q.heldCount &&
      !pending.canEnter(ceiling(linear.fit(most[least]! + rest), q.proximity, blockFactor))
    )
      least++;
    return least;
  }

  /** Bounds each row of the word's `holding` bits and scores in full those that can enter. */
  private scoreRows(q: GroupQuery, word: number, holding: number): void {
    const { rows, filter: rowFilter } = q;
    const { factors, linear, lift, ceiling, required } = this.terms;
    const pending = this.parts.pending;
    const earned = this.earned;
    for (; holding !== 0; holding &= holding - 1) {
      const row = 32 * word + 31 - Math.clz32(holding & -holding);
      if (!rowFilter.allows(row)) continue;
      if (rows.dead[row] === 1) continue;
      // Factors first (consents and the filter included): one cached lookup per row.
      const factor = factors.ofCombo(rows.tags[row]!);
      if (factor === 0) continue;
      const near = factors.proximityOf(rows.marks[row]!);
      if (!pending.canEnter(ceiling(1, near, factor))) continue;
      const bound = linear.fit(
        q.heldOf(row) +
          lift.most(rows.totals[2 * row]!, rows.totals[2 * row + 1]!) +
          linear.a * q.overflowA(row) +
          linear.b * q.overflowB(row),
      );
      if (!pending.canEnter(ceiling(bound, near, factor))) continue;
      q.exactSums(row, required.unitsA, required.unitsB, earned);
      const fit = this.fitOfSums(earned);
      pending.add(rows.slots[row]!, ceiling(fit, near, factor), earned.essential, earned.optional);
    }
  }
}

/**
 * Gathers the weights of the opening's linear fit bound over the group's rows (each skill at
 * its low credit, see {@link CreditLift}) and its overflow lists; returns whether the group
 * holds any of its skills. Rows are summed on them from the skills' columns
 * ({@link GroupQuery.sumHeld}), blocks from their unions ({@link GroupQuery.heldSum}).
 */
function weigh(q: GroupQuery, required: RequiredSkills, lift: CreditLift): boolean {
  const { rows } = q;
  const { terms, unitsA, unitsB } = required;
  for (let k = 0; k < terms.length; k++) {
    const position = rows.positionOf(terms[k]!);
    if (position >= 0) {
      q.countHeld(position, lift.low[k]!);
      q.readExactly(position, k);
    }
    const list = rows.listOf(terms[k]!);
    if (list) q.addOverflow(list, unitsA, unitsB, 16 * k + 1);
  }
  q.sumMostWeights();
  return q.touches;
}

/**
 * Narrows the group's rows to those holding every required skill they cannot do without: a
 * row missing skill k earns at most `bestTotal − best[k]` of its essential units at the best
 * credit, so when that is below `needed`, every row must hold k. Returns false when no row of
 * the group can earn `needed`.
 */
function narrow(q: GroupQuery, required: RequiredSkills, needed: number): boolean {
  if (needed <= 0) return true;
  const budget = required.bestTotalA - needed;
  if (budget < -1e-9 * required.bestTotalA) return false;
  const { order, bestA, terms } = required;
  const { filter, rows } = q;
  while (filter.applied < order.length) {
    const k = order[filter.applied]!;
    if (!(bestA[k]! > budget + 1e-9 * required.bestTotalA)) break;
    const position = rows.positionOf(terms[k]!);
    filter.keepHolding(rows, position < 0 ? undefined : position, rows.listOf(terms[k]!));
    filter.applied++;
  }
  return true;
}
