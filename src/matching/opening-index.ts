import type { Track } from '../people/profile-fields.js';
import { Aspect } from './aspect.js';
import { BlockQueue } from './block-queue.js';
import { GroupQueries } from './group-query.js';
import { openingPasses, type OpeningFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import { groupKey, signatureKey } from './opening-keys.js';
import {
  blockFactor,
  ESSENTIAL,
  narrow,
  OPTIONAL,
  overflowEarnings,
  weighGroup,
} from './opening-weights.js';
import { Interner } from './posting.js';
import {
  essentialCoverageNeeded,
  factorProduct,
  fitCeiling,
  openingTotals,
  scoreParts,
  skillFitOf,
  tightCeiling,
  type ScoreContext,
} from './score.js';
import { UNIT } from './skill-credit.js';
import { TermCredits } from './term-credits.js';
import { RowGroups, type GroupEntry } from './row-groups.js';
import { groupsByKey, Slots } from './slots.js';
import { PendingScores, TopK, type Ranked } from './top-k.js';

/**
 * Vacancies and programmes in groups of rows alike in skills — one group per country, track,
 * kind and occupation — each row a bit mask over the group's skills (docs/matching.md#index). A
 * candidate's query weighs the group's skills by the candidate's credit, bounds every block of
 * 64 rows by its union mask, and reads rows only in the blocks whose bound can still enter the
 * top k, best bound first; a row is scored in full only when its own bound can. Exact: it
 * returns what the exhaustive scorer returns (property-tested).
 */
export class OpeningIndex {
  /** A query's pending scores and shortfalls, kept from one query to the next. */
  private readonly pending = new PendingScores(10);
  /** A query's factor product per signature (NaN until computed), kept from one query to the next. */
  private factors = new Float64Array(64);
  private shortfall = new Float64Array(1024);
  private readonly skills = new Interner();
  /** The searching person's credit on the skills interned, reused from query to query. */
  private readonly credits: TermCredits;
  /** Shards are `country|track`: the filters a person searches with most. */
  private readonly shards = new Interner();
  /** Each shard's country and track, and per shard whether a search wants it (kept arrays). */
  private readonly shardParts: { country: string; track: Track }[] = [];
  private wantedShards = new Uint8Array(64);
  private rows: RowGroups;
  private readonly openings = new Slots<MatchOpening>();
  /**
   * Openings that differ only in skills and occupation share a signature: the same filter answer
   * and the same language, qualification, preference and location factors for any candidate.
   * A query computes those once per signature.
   */
  private readonly signatures = new Aspect<MatchOpening>();
  /** Per group: an opening of it (kind and occupation are the group's) and its signatures. */
  private groupSamples: MatchOpening[] = [];
  private groupSignatures: Set<number>[] = [];
  private groupFullUnits: Float64Array[] = [];
  private readonly queries = new GroupQueries();
  /** The groups of the query under way, by their number in it. */
  private groupsAt: number[] = [];
  private readonly queue = new BlockQueue();

  constructor(
    private readonly ctx: ScoreContext,
    private readonly blockRows?: number,
  ) {
    this.rows = new RowGroups(2, false, blockRows);
    this.credits = new TermCredits(this.skills, ctx.graph);
  }

  get size(): number {
    return this.openings.size;
  }

  /** Adds or replaces an opening. */
  upsert(opening: MatchOpening): void {
    this.remove(opening.id);
    this.place(this.rows.add(this.entryOf(opening)), opening);
    if (this.rows.lateOverflow > 4096 && this.rows.lateOverflow > this.openings.size)
      this.rebuild();
  }

  /**
   * Adds many openings, one group at a time: each new group's skills are chosen from all of its
   * openings, its rows sit side by side, and only one group's entries are held at once.
   */
  upsertAll(openings: readonly MatchOpening[]): void {
    for (const group of groupsByKey(openings, groupKey)) {
      const entries = group.map((o) => {
        this.forget(o.id);
        return this.entryOf(o);
      });
      this.rows.addAll(entries);
      entries.forEach((e, i) => this.place(this.rows.idOf(e.key)!, group[i]!));
    }
    if (this.openings.wasteful) this.rebuild();
  }

  remove(id: string): void {
    if (this.forget(id) && this.openings.wasteful) this.rebuild();
  }

  /** Removes the opening and marks its row dead; returns whether it was there. */
  private forget(id: string): boolean {
    return this.rows.kill(this.openings.remove(id));
  }

  get(id: string): MatchOpening | undefined {
    return this.openings.get(id);
  }

  all(): Generator<MatchOpening> {
    return this.openings.all();
  }

  /** The best `limit` openings for the candidate among those passing the filter. */
  rank(
    candidate: MatchCandidate,
    filter: OpeningFilter,
    limit: number,
    weights: MatchWeights = this.ctx.weights,
  ): Ranked<MatchOpening>[] {
    const ctx = { ...this.ctx, weights };
    const top = new TopK<MatchOpening>(limit);
    const pending = this.pending.reset(limit);
    const credit = this.credits.compute(candidate, weights);
    if (this.factors.length < this.signatures.size)
      this.factors = new Float64Array(2 * this.signatures.size);
    const factors = this.factors.fill(Number.NaN, 0, this.signatures.size);
    const factorOf = (signature: number) => {
      let f = factors[signature]!;
      if (Number.isNaN(f)) {
        const o = this.signatures.samples[signature]!;
        factors[signature] = f = openingPasses(o, filter) ? factorProduct(candidate, o, ctx) : 0;
      }
      return f;
    };
    const groups = this.groupsOf(filter);
    this.groupsAt = groups;
    const overflow = overflowEarnings(credit);
    this.queue.clear();
    groups.forEach((g, i) => {
      const rows = this.rows.groups[g]!;
      const q = this.queries.at(i, rows);
      let factorCeiling = 0;
      for (const sig of this.groupSignatures[g]!)
        factorCeiling = Math.max(factorCeiling, factorOf(sig));
      if (factorCeiling === 0) return;
      const full = this.fullUnits(g);
      if (this.shortfall.length < full.length) this.shortfall = new Float64Array(2 * full.length);
      weighGroup(q, credit, overflow, full, this.shortfall);
      if (!q.touches) return;
      const sample = this.groupSamples[g]!;
      q.proximity =
        sample.kind === 'vacancy' && sample.occupationUri
          ? ctx.proximity(candidate.occupations, sample.occupationUri).value
          : 0;
      q.factorCeiling = factorCeiling;
      // Blocks are queued on their signatures' factors; their skills refine the bound at the front.
      for (let block = 0; block < rows.blocks; block++) {
        const bound = tightCeiling(
          sample.kind,
          1,
          q.proximity,
          blockFactor(rows, block, factors),
          weights,
        );
        this.queue.push(i, block, bound, false);
      }
    });
    this.queue.run(
      (bound) => pending.canEnter(bound),
      (i, block) => this.readBlock(i, block, credit, weights),
      (i, block) => this.refineBlock(i, block, weights),
    );
    pending.drain(top, (slot, earned) => {
      const opening = this.openings.at(slot)!;
      const [essential, optional] = [this.rows.totalOf(slot, 0), this.rows.totalOf(slot, 1)];
      const { score } = scoreParts(candidate, opening, earned, { essential, optional }, ctx);
      if (score > 0) top.offer({ score, id: opening.id, item: opening });
    });
    return top.sorted();
  }

  /** A block's bound from the person's units on its skills and what it requires of them all. */
  private refineBlock(i: number, block: number, weights: MatchWeights): number {
    const q = this.queries.get(i);
    const { rows } = q;
    const kind = this.groupSamples[this.groupsAt[i]!]!.kind;
    const base = block * rows.planeBytes;
    // Every row requires the block's common skills: what the person falls short on there is
    // lost by each row, out of at most the block's largest essential total.
    const common = q.shortfall.sum(rows.blockCommon, block * rows.stride);
    const fit = fitCeiling(
      kind === 'programme',
      q.a.sum(rows.blockMasks, base) + q.blockOverflowA(block),
      q.b.sum(rows.blockMasks, base) + q.blockOverflowB(block),
      rows.blockMinTotals[2 * block]!,
      rows.blockMinTotals[2 * block + 1]!,
      rows.blockZeroTotals[block]!,
      weights.optionalSkills,
      1 - common / rows.blockMaxTotals[2 * block]!,
    );
    return tightCeiling(kind, fit, q.proximity, blockFactor(rows, block, this.factors), weights);
  }

  /**
   * Reads a block's rows that can still enter the top k, with the factors of their signatures
   * computed: each row's essential sum bounds its score (optional skills at the block's bound),
   * and only a row whose bound can enter is summed in full and kept.
   */
  private readBlock(i: number, block: number, credit: TermCredits, weights: MatchWeights): void {
    const { pending, factors } = this;
    const q = this.queries.get(i);
    const { rows, filter, proximity } = q;
    const kind = this.groupSamples[this.groupsAt[i]!]!.kind;
    const programme = kind === 'programme';
    narrow(
      q,
      credit,
      essentialCoverageNeeded(kind, pending.floor, proximity, q.factorCeiling, weights),
    );
    const start = block * rows.blockRows;
    const end = Math.min(rows.rows, start + rows.blockRows);
    if (filter.none(start, end)) return;
    q.readOverflow(block);
    const optionalWeight = weights.optionalSkills;
    const blockOptional =
      q.b.sum(rows.blockMasks, block * rows.planeBytes) + q.blockOverflowB(block);
    for (let row = start; row < end; row++) {
      if (!filter.allows(row) || rows.dead[row] === 1) continue;
      const factor = factors[rows.tags[row]!]!;
      if (factor === 0) continue;
      const base = row * rows.planeBytes;
      const essential = q.a.sum(rows.masks, base) + q.overflowA(row);
      const totalEssential = rows.totals[2 * row]!;
      const totalOptional = rows.totals[2 * row + 1]!;
      // The fit grows with each sum (rounding included), so the block's optional bound bounds it.
      const most = skillFitOf(
        programme,
        essential,
        Math.min(blockOptional, totalOptional),
        totalEssential,
        totalOptional,
        optionalWeight,
      );
      if (!pending.canEnter(tightCeiling(kind, most, proximity, factor, weights))) continue;
      const optional = q.b.sum(rows.masks, base) + q.overflowB(row);
      const fit = skillFitOf(
        programme,
        essential,
        optional,
        totalEssential,
        totalOptional,
        optionalWeight,
      );
      const ceiling = tightCeiling(kind, fit, proximity, factor, weights);
      if (pending.canEnter(ceiling)) pending.add(rows.slots[row]!, ceiling, essential, optional);
    }
  }

  /** Per position of the group's vocabulary, the units of the skill held in full. */
  private fullUnits(group: number): Float64Array {
    const vocabulary = this.rows.groups[group]!.vocabulary;
    return (this.groupFullUnits[group] ??= Float64Array.from(
      vocabulary,
      (term) => this.credits.skillUnits(term) * UNIT,
    ));
  }

  /** Approximate bytes held: rows, overflow lists and per-slot arrays (not the opening objects). */
  bytes(): number {
    return this.rows.bytes() + this.signatures.ids.byteLength;
  }

  /** The row of an opening: its group, and its skills by plane. */
  private entryOf(opening: MatchOpening): GroupEntry {
    const slot = this.openings.add(opening.id, opening);
    const totals = openingTotals(opening, this.ctx.graph);
    const terms = [...opening.essential, ...opening.optional].map((s) => this.skills.id(s));
    const kinds = [
      ...opening.essential.map(() => ESSENTIAL),
      ...opening.optional.map(() => OPTIONAL),
    ];
    this.signatures.assign(slot, signatureKey(opening), opening);
    const signature = this.signatures.ids[slot]!;
    return {
      key: groupKey(opening),
      shard: this.shards.id(`${opening.country}|${opening.track}`),
      slot,
      skills: { terms, kinds },
      totals: [totals.essential, totals.optional],
      // Rows with one signature side by side: a block then has one or few, and is bounded by them.
      tag: signature,
      cluster: [signature],
    };
  }

  /** Records what a query reads of the opening in `slot` besides its row. */
  private place(group: number, opening: MatchOpening): void {
    const slot = this.openings.find(opening.id)!;
    this.groupSamples[group] ??= opening;
    (this.groupSignatures[group] ??= new Set()).add(this.signatures.ids[slot]!);
  }

  /**
   * Groups that can hold openings passing the filter's countries and tracks, found with plain
   * loops over each shard's country and track, split once: a search allocates no more than its
   * list of groups.
   */
  private groupsOf(filter: OpeningFilter): number[] {
    const { values } = this.shards;
    for (let id = this.shardParts.length; id < values.length; id++) {
      const [country, track] = values[id]!.split('|') as [string, Track];
      this.shardParts.push({ country, track });
    }
    const wanted =
      this.wantedShards.length < values.length ? new Uint8Array(values.length) : this.wantedShards;
    this.wantedShards = wanted;
    for (let id = 0; id < values.length; id++) {
      const { country, track } = this.shardParts[id]!;
      wanted[id] =
        (!filter.countries || filter.countries.includes(country)) &&
        (!filter.tracks || filter.tracks.includes(track))
          ? 1
          : 0;
    }
    const groups: number[] = [];
    const { shardOf } = this.rows;
    for (let g = 0; g < shardOf.length; g++) if (wanted[shardOf[g]!] === 1) groups.push(g);
    return groups;
  }

  private rebuild(): void {
    const fresh = new OpeningIndex(this.ctx, this.blockRows);
    fresh.upsertAll([...this.all()]);
    Object.assign(this, fresh);
  }
}
