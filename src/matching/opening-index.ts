import type { Track } from '../people/profile-fields.js';
import { Aspect } from './aspect.js';
import { byKey, Slots } from './slots.js';
import { CeilingOrder } from './ceiling-order.js';
import { openingPasses, type OpeningFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { Interner, PostingLists } from './posting-lists.js';
import { QueryScratch } from './query-scratch.js';
import {
  factorProduct,
  openingTotals,
  scoreParts,
  skillFitOf,
  tightCeiling,
  type ScoreContext,
} from './score.js';
import { candidateCredits, skillUnits } from './skill-credit.js';
import { TopK, type Ranked } from './top-k.js';
import type { MatchWeights } from './match-weights.js';

/** Everything of an opening that filters or factors read, but neither skills nor occupation. */
function signatureKey(o: MatchOpening): string {
  const languages = o.languages.map((l) => `${l.tag}:${l.minimum}`).join(',');
  return [
    o.kind,
    o.country,
    o.track,
    o.iscoCode ?? '',
    o.partnershipId ?? '',
    o.minimumEqfLevel ?? '',
    languages,
  ].join('|');
}

/**
 * Vacancies and programmes indexed by the skills they require, sharded by country and track: a
 * candidate's query walks only the lists of the skills the candidate earns credit for, adds
 * fixed-point sums per opening, bounds each opening's score, and scores in full only those whose
 * bound can still enter the top k, best bound first. Exact: it returns what the exhaustive scorer
 * returns (property-tested).
 */
export class OpeningIndex {
  private readonly skills = new Interner();
  /** Shards are `country|track`: the filters a person searches with most. */
  private readonly shards = new Interner();
  private readonly postings = new PostingLists();
  private readonly openings = new Slots<MatchOpening>();
  // Per slot, in typed arrays for the inner loop.
  private totalEssential = new Float64Array(1024);
  private totalOptional = new Float64Array(1024);
  private isProgramme = new Uint8Array(1024);
  /**
   * Openings that differ only in skills and occupation share a signature: the same filter answer
   * and the same language, qualification, preference and location factors for any candidate.
   * A query computes those once per signature, and proximity once per occupation.
   */
  private readonly signatures = new Aspect<MatchOpening>();
  private readonly occupations = new Aspect<MatchOpening>();
  private readonly scratch = new QueryScratch();
  private readonly order = new CeilingOrder();

  constructor(private readonly ctx: ScoreContext) {}

  get size(): number {
    return this.openings.size;
  }

  /** Adds or replaces an opening. */
  upsert(opening: MatchOpening): void {
    this.remove(opening.id);
    const slot = this.openings.add(opening.id, opening);
    if (slot >= this.isProgramme.length) this.grow();
    const totals = openingTotals(opening, this.ctx.graph);
    this.totalEssential[slot] = totals.essential;
    this.totalOptional[slot] = totals.optional;
    this.isProgramme[slot] = opening.kind === 'programme' ? 1 : 0;
    this.signatures.assign(slot, signatureKey(opening), opening);
    this.occupations.assign(slot, opening.occupationUri ?? '', opening);
    const shard = this.shards.id(`${opening.country}|${opening.track}`);
    for (const s of opening.essential) this.postings.add(2 * this.skills.id(s), shard, slot, 0);
    for (const s of opening.optional) this.postings.add(2 * this.skills.id(s) + 1, shard, slot, 0);
  }

  /**
   * Adds many openings, placed so that each shard's openings (and, within it, each occupation's)
   * sit side by side: a query's sums then stay in a small, cache-friendly range of slots.
   */
  upsertAll(openings: readonly MatchOpening[]): void {
    const key = (o: MatchOpening) => `${o.country}|${o.track}|${o.occupationUri ?? ''}`;
    for (const o of byKey(openings, key)) this.upsert(o);
  }

  remove(id: string): void {
    if (this.openings.remove(id) && this.openings.wasteful) this.rebuild();
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
    const s = this.scratch.begin(this.openings.length);
    const shards = this.shardsOf(filter);
    const { stamp, epoch, touched, essential, optional } = s;
    let count = 0;
    for (const [uri, credit] of candidateCredits(candidate, ctx.graph, ctx.weights)) {
      const term = this.skills.find(uri);
      if (term === undefined) continue;
      const weight = skillUnits(ctx.graph, uri) * credit.units;
      // Essential and optional requirements are kept as two terms, so the hot loop has no branch.
      for (const [sums, other, list] of [
        [essential, optional, 2 * term],
        [optional, essential, 2 * term + 1],
      ] as const) {
        for (const posting of this.postings.of(list, shards)) {
          const { ids, length } = posting;
          for (let i = 0; i < length; i++) {
            const slot = ids[i]!;
            if (stamp[slot] !== epoch) {
              stamp[slot] = epoch;
              sums[slot] = weight;
              other[slot] = 0;
              touched[count++] = slot;
            } else sums[slot] = sums[slot]! + weight;
          }
        }
      }
    }
    s.count = count;
    // Bounds: skill fit and proximity exactly, the other factors once per signature.
    const factor = this.signatures.values((o) =>
      openingPasses(o, filter) ? factorProduct(candidate, o, ctx) : 0,
    );
    const proximity = this.occupations.values((o) =>
      o.occupationUri ? ctx.proximity(candidate.occupations, o.occupationUri).value : 0,
    );
    const optionalWeight = ctx.weights.optionalSkills;
    for (let t = 0; t < s.count; t++) {
      const slot = s.touched[t]!;
      s.ceilings[t] = 0;
      const opening = this.openings.at(slot);
      if (!opening) continue;
      const factors = factor(slot);
      if (factors === 0) continue;
      const fit = skillFitOf(
        this.isProgramme[slot] === 1,
        s.essential[slot]!,
        s.optional[slot]!,
        this.totalEssential[slot]!,
        this.totalOptional[slot]!,
        optionalWeight,
      );
      s.ceilings[t] = tightCeiling(opening.kind, fit, proximity(slot), factors, ctx.weights);
    }
    const top = new TopK<MatchOpening>(limit);
    this.order.run(
      s.touched,
      s.ceilings,
      s.count,
      (slot) => {
        const opening = this.openings.at(slot)!;
        const earned = { essential: s.essential[slot]!, optional: s.optional[slot]! };
        const totals = {
          essential: this.totalEssential[slot]!,
          optional: this.totalOptional[slot]!,
        };
        const { score } = scoreParts(candidate, opening, earned, totals, ctx);
        if (score > 0) top.offer({ score, id: opening.id, item: opening });
      },
      top,
    );
    return top.sorted();
  }

  /** Approximate bytes held: postings and per-slot arrays (not the opening objects). */
  bytes(): number {
    return (
      this.postings.bytes() +
      this.scratch.bytes() +
      this.totalEssential.byteLength * 2 +
      this.isProgramme.byteLength +
      this.signatures.ids.byteLength +
      this.occupations.ids.byteLength
    );
  }

  /** Shard ids that can hold openings passing the filter's countries and tracks; null = all. */
  private shardsOf(filter: OpeningFilter): number[] | null {
    if (!filter.countries && !filter.tracks) return null;
    return this.shards.values.flatMap((key, id) => {
      const [country, track] = key.split('|') as [string, Track];
      const wanted =
        (!filter.countries || filter.countries.includes(country)) &&
        (!filter.tracks || filter.tracks.includes(track));
      return wanted ? [id] : [];
    });
  }

  private grow(): void {
    const size = this.isProgramme.length * 2;
    const copy = <A extends Float64Array | Uint8Array>(a: A, b: A) => {
      b.set(a);
      return b;
    };
    this.totalEssential = copy(this.totalEssential, new Float64Array(size));
    this.totalOptional = copy(this.totalOptional, new Float64Array(size));
    this.isProgramme = copy(this.isProgramme, new Uint8Array(size));
  }

  private rebuild(): void {
    const fresh = new OpeningIndex(this.ctx);
    fresh.upsertAll([...this.all()]);
    Object.assign(this, fresh);
  }
}
