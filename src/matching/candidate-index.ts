import { BlockQueue, GROUP, REFINED } from './block-queue.js';
import { CreditLift, higherCredits } from './credit-lift.js';
import { CandidateFactors } from './candidate-factors.js';
import type { ConsentingCandidate } from './exhaustive-matcher.js';
import { GroupQueries, type GroupQuery } from './group-query.js';
import type { CandidateConsents, CandidateFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import { blocksByMost, HeldFit, OccupationOverlaps } from './occupation-overlaps.js';
import { linearFit } from './linear-fit.js';
import { Interner } from './posting.js';
import {
  essentialCoverageNeeded,
  fitCeiling,
  skillFitOf,
  ceilingOf,
  type ScoreContext,
} from './score.js';
import { candidateCredits, creditCode } from './skill-credit.js';
import { RowGroups, type GroupEntry } from './row-groups.js';
import { byKey, Slots } from './slots.js';
import { requiredSkills, RequiredSpace, type RequiredSkills } from './required-skills.js';
import { PendingScores, TopK, type Ranked } from './top-k.js';

/** Credit weights under which every neighbour credit exists (so rows hold them all). */
const ALL_CREDITS = { evidence: 1, partialSkill: 1 };

/**
 * A group's rows have a bit for every skill that 1 in this many of them holds. Openings require
 * skills of other occupations that a few people hold beside their own: as bits, a query sums
 * them with the rest and bounds blocks by them; as overflow lists, it would add up every list.
 */
const RAREST_SKILL = 1024;

/**
 * Candidates in groups of rows alike in skills — one group per occupation of experience and
 * consents, rows by country of residence — each row a bit mask over the group's skills of every
 * skill the candidate could earn credit for (held skills and their hierarchy neighbours), with
 * a credit code per skill that the query turns into units under its own weights. A vacancy's
 * query bounds each block of rows by the union of its rows' skills, reads only blocks whose
 * bound can still enter the top k, best first, bounds each row by one table sum of its bits
 * before reading its codes, and scores in full only rows that can still enter. Exact: it
 * returns what the exhaustive scorer returns.
 */
export class CandidateIndex {
  private readonly skills = new Interner();
  private rows: RowGroups;
  private readonly prepared = new Slots<ConsentingCandidate>();
  private readonly factors = new CandidateFactors();
  private readonly queries = new GroupQueries();
  private readonly queue = new BlockQueue();
  /** A query's working arrays, kept from one query to the next. */
  private readonly space = new RequiredSpace();
  private readonly lift = new CreditLift();
  private readonly pending = new PendingScores(10);
  private readonly overlaps: OccupationOverlaps;
  /** Per group, the query's largest factor product of its rows. */
  private groupFactors = new Float64Array(0);

  /** `blockRows` and `rarestSkill` (1 row in how many, for a skill to have a bit) are for tests. */
  constructor(
    private readonly ctx: ScoreContext,
    private readonly blockRows?: number,
    private readonly rarestSkill = RAREST_SKILL,
  ) {
    this.rows = new RowGroups(1, true, blockRows, rarestSkill);
    this.overlaps = new OccupationOverlaps(ctx.graph, this.skills);
  }

  get size(): number {
    return this.prepared.size;
  }

  upsert(candidate: MatchCandidate, consents: CandidateConsents): void {
    this.remove(candidate.id);
    const entry = this.entryOf(candidate, consents);
    this.note(this.rows.add(entry), entry);
    if (this.rows.lateOverflow > 4096 && this.rows.lateOverflow > this.prepared.size)
      this.rebuild();
  }

  /** Adds many candidates; each new group's skills are chosen from all of its candidates. */
  upsertAll(candidates: readonly ConsentingCandidate[]): void {
    const entries = byKey(candidates, (c) => groupKey(c.candidate, c.consents)).map((p) => {
      this.forget(p.candidate.id);
      return this.entryOf(p.candidate, p.consents);
    });
    this.rows.addAll(entries);
    for (const e of entries) this.note(this.rows.idOf(e.key)!, e);
    if (this.prepared.wasteful) this.rebuild();
  }

  /** Takes a row just placed in `group` into the group's aspects and occupation overlaps. */
  private note(group: number, entry: GroupEntry): void {
    this.factors.noteGroup(group, entry.slot);
    const rows = this.rows.groups[group]!;
    const block = Math.floor(this.rows.rowOf(entry.slot) / rows.blockRows);
    this.overlaps.noteRow(group, block, entry.skills.terms);
  }

  remove(id: string): void {
    if (this.forget(id) && this.prepared.wasteful) this.rebuild();
  }

  /** Removes the candidate and marks their row dead; returns whether they were there. */
  private forget(id: string): boolean {
    return this.rows.kill(this.prepared.remove(id));
  }

  get(id: string): ConsentingCandidate | undefined {
    return this.prepared.get(id);
  }

  all(): Generator<ConsentingCandidate> {
    return this.prepared.all();
  }

  /** Computes ahead what shortlists of the occupation need (else its first shortlist does). */
  prepare(occupationUri: string): void {
    this.overlaps.of(occupationUri, this.rows);
  }

  rank(
    opening: MatchOpening,
    filter: CandidateFilter,
    limit: number,
    weights: MatchWeights = this.ctx.weights,
  ): Ranked<MatchCandidate>[] {
    const ctx = { ...this.ctx, weights };
    if (this.groupFactors.length < this.rows.groups.length)
      this.groupFactors = new Float64Array(2 * this.rows.groups.length);
    const top = new TopK<MatchCandidate>(limit);
    const required = requiredSkills(opening, weights, this.skills, ctx.graph, this.space);
    const { totals } = required;
    const programme = opening.kind === 'programme';
    const zeroTotals = (totals.essential > 0 ? 0 : 1) | (totals.optional > 0 ? 0 : 2);
    const fitOf = (a: number, b: number) =>
      fitCeiling(
        programme,
        a,
        b,
        totals.essential,
        totals.optional,
        zeroTotals,
        weights.optionalSkills,
      );
    const fitOfSums = (sums: { essential: number; optional: number }) =>
      skillFitOf(
        programme,
        sums.essential,
        sums.optional,
        totals.essential,
        totals.optional,
        weights.optionalSkills,
      );
    const ceiling = ceilingOf(opening.kind, weights);
    const linear = linearFit(programme, totals, weights.optionalSkills);
    const lift = this.lift.set(required, linear.a, linear.b);
    const factors = this.factors.forQuery(opening, filter, ctx);
    // Groups are queued on their factors and on what their people hold of the opening's
    // occupation; a group's skills are weighed and its blocks queued when it reaches the front.
    const overlaps =
      opening.occupationUri === null
        ? undefined
        : this.overlaps.of(opening.occupationUri, this.rows);
    const held =
      overlaps && new HeldFit(required, overlaps.units, totals.essential, totals.optional, fitOf);
    this.queue.clear();
    const groupFactors = this.groupFactors.fill(0, 0, this.rows.groups.length);
    for (let i = 0; i < this.rows.groups.length; i++) {
      // The most any row of the group can get from its factors: 0 when none consented to this.
      const factorCeiling = (groupFactors[i] = factors.ofGroup(i));
      if (factorCeiling === 0) continue;
      const most = overlaps?.most[i] ?? Infinity;
      const fit = held ? held.fit(most) : 1;
      this.queue.pushGroup(i, ceiling(fit, factors.proximityOfGroup(i), factorCeiling));
    }
    const earned = { essential: 0, optional: 0 };
    const pending = this.pending.reset(limit);
    const admits = (bound: number) => pending.canEnter(bound);
    const open = (i: number) => {
      const rows = this.rows.groups[i]!;
      const q = this.queries.at(i, rows);
      if (!this.weigh(q, required, lift)) return;
      q.factorCeiling = groupFactors[i]!;
      q.proximity = factors.proximityOfGroup(i);
      // Blocks are queued on their factors and on what their people hold of the opening's
      // occupation, most first (the skills the opening asks for refine the bound at the front),
      // up to the first that could not enter even with the group's best factors: the rest hold
      // no more. A block that cannot enter the top k as it stands never can: it is not queued.
      const blockMost = overlaps?.blockMost[i];
      const order = overlaps && blocksByMost(overlaps, i, rows.blocks);
      for (let n = 0, blocks = rows.blocks; n < blocks; n++) {
        const block = order ? order[n]! : n;
        const most = blockMost?.[block] ?? Infinity;
        const fit = held ? held.fit(most) : 1;
        if (!admits(ceiling(fit, q.proximity, q.factorCeiling))) break;
        const bound = ceiling(fit, q.proximity, factors.ofBlock(i, rows, block));
        if (admits(bound)) this.queue.push(i, block, bound, false);
      }
    };
    const refine = (i: number, block: number) => {
      const q = this.queries.get(i);
      const { rows } = q;
      const fit = linear.fit(
        q.heldSum(rows.blockMasks, block * rows.planeBytes) +
          lift.most(rows.blockMaxTotals[2 * block]!, rows.blockMaxTotals[2 * block + 1]!) +
          linear.a * q.blockOverflowA(block) +
          linear.b * q.blockOverflowB(block),
      );
      return ceiling(fit, q.proximity, factors.ofBlock(i, rows, block));
    };
    const visit = (i: number, block: number) => {
      const q = this.queries.get(i);
      const { rows, filter: rowFilter } = q;
      const need = essentialCoverageNeeded(
        opening.kind,
        pending.floor,
        q.proximity,
        q.factorCeiling,
        weights,
      );
      if (!this.narrow(q, required, need * totals.essential)) return;
      const start = block * rows.blockRows;
      const end = Math.min(rows.rows, start + rows.blockRows);
      if (rowFilter.none(start, end)) return;
      // The fewest of the opening's skills a row must hold to enter, with the block's best
      // factors, credit lift and overflow: rows holding fewer are never read.
      const blockFactor = factors.ofBlock(i, rows, block);
      const rest =
        lift.most(rows.blockMaxTotals[2 * block]!, rows.blockMaxTotals[2 * block + 1]!) +
        linear.a * q.blockOverflowA(block) +
        linear.b * q.blockOverflowB(block);
      const most = q.mostWeights;
      let least = 0;
      while (
        least <= q.heldCount &&
        !admits(ceiling(linear.fit(most[least]! + rest), q.proximity, blockFactor))
      )
        least++;
      if (least > q.heldCount) return;
      for (let word = start >> 5, last = (end - 1) >> 5; word <= last; word++) {
        let holding = q.rowsHolding(word, least);
        if (word === start >> 5) holding &= -1 << (start & 31);
        if (word === last && (end & 31) !== 0) holding &= (1 << (end & 31)) - 1;
        if (holding === 0) continue;
        q.readOverflow(block);
        q.sumHeld(word, holding);
        for (; holding !== 0; holding &= holding - 1) {
          const row = 32 * word + 31 - Math.clz32(holding & -holding);
          if (!rowFilter.allows(row)) continue;
          if (rows.dead[row] === 1) continue;
          // Factors first (consents and the filter included): one cached lookup per row.
          const factor = factors.ofCombo(rows.tags[row]!);
          if (factor === 0) continue;
          const near = factors.proximityOf(rows.marks[row]!);
          if (!admits(ceiling(1, near, factor))) continue;
          const bound = linear.fit(
            q.heldOf(row) +
              lift.most(rows.totals[2 * row]!, rows.totals[2 * row + 1]!) +
              linear.a * q.overflowA(row) +
              linear.b * q.overflowB(row),
          );
          if (!admits(ceiling(bound, near, factor))) continue;
          q.exactSums(row, required.unitsA, required.unitsB, earned);
          const fit = fitOfSums(earned);
          pending.add(
            rows.slots[row]!,
            ceiling(fit, near, factor),
            earned.essential,
            earned.optional,
          );
        }
      }
    };
    // The queue's loop, run here: its calls to this index's closures stay monomorphic.
    const queue = this.queue;
    while (queue.take() && admits(queue.bound)) {
      const { group, block, kind } = queue;
      if (kind === GROUP) open(group);
      else if (kind === REFINED) visit(group, block);
      else queue.push(group, block, Math.min(queue.bound, refine(group, block)), true);
    }
    pending.drain(top, (slot, sums) => {
      const { candidate } = this.prepared.at(slot)!;
      const score = factors.scoreOf(slot, fitOfSums(sums));
      if (score > 0) top.offer({ score, id: candidate.id, item: candidate });
    });
    return top.sorted();
  }

  /**
   * Gathers the weights of the opening's linear fit bound over the group's rows (each skill at
   * its low credit, see {@link CreditLift}) and its overflow lists; returns whether the group
   * holds any of its skills. Rows are summed on them from the skills' columns
   * ({@link GroupQuery.sumHeld}), blocks from their unions ({@link GroupQuery.heldSum}).
   */
  private weigh(q: GroupQuery, required: RequiredSkills, lift: CreditLift): boolean {
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
  private narrow(q: GroupQuery, required: RequiredSkills, needed: number): boolean {
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

  /** The row of a candidate: every skill they could earn credit for, with its credit code. */
  private entryOf(candidate: MatchCandidate, consents: CandidateConsents): GroupEntry {
    const slot = this.prepared.add(candidate.id, { candidate, consents });
    const combo = this.factors.describe(slot, candidate, consents);
    const terms: number[] = [];
    const kinds: number[] = [];
    for (const [uri, credit] of candidateCredits(candidate, this.ctx.graph, ALL_CREDITS)) {
      terms.push(this.skills.id(uri));
      kinds.push(creditCode(credit));
    }
    return {
      key: groupKey(candidate, consents),
      shard: 0,
      totals: higherCredits(kinds),
      cluster: this.factors.clusterOf(slot),
      slot,
      skills: { terms, kinds },
      tag: combo,
      mark: this.factors.occupationsOf(slot),
    };
  }

  bytes(): number {
    return this.rows.bytes() + this.factors.bytes();
  }

  private rebuild(): void {
    const fresh = new CandidateIndex(this.ctx, this.blockRows, this.rarestSkill);
    fresh.upsertAll([...this.all()]);
    Object.assign(this, fresh);
  }
}

/**
 * Candidates alike in skills, the same first occupation of experience, who agreed to the same
 * uses: a query skips whole the groups it may not show (an employer's, those who did not agree
 * to sharing with employers).
 */
function groupKey(c: MatchCandidate, consents: CandidateConsents): string {
  return `${c.occupations[0] ?? ''}|${consents.matching ? 'm' : ''}${consents.employerSharing ? 'e' : ''}`;
}
