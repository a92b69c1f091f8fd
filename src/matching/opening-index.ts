import { openingPasses, type OpeningFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { Interner, PostingLists } from './posting-lists.js';
import {
  openingTotals,
  scoreCeiling,
  scoreParts,
  skillFit,
  type ScoreContext,
  type SkillSums,
} from './score.js';
import { candidateCredits, skillUnits } from './skill-credit.js';
import { TopK, type Ranked } from './top-k.js';

const ESSENTIAL = 1;
const OPTIONAL = 2;

/**
 * Vacancies and programmes indexed by the skills they require, sharded by country: a
 * candidate's query walks only the lists of the skills the candidate earns credit for, adds
 * fixed-point sums per opening, and scores in full only the openings whose score ceiling can
 * still enter the top k. Exact: it returns what the exhaustive scorer returns.
 */
export class OpeningIndex {
  private readonly skills = new Interner();
  private readonly countries = new Interner();
  private readonly postings = new PostingLists();
  private openings: (MatchOpening | undefined)[] = [];
  private totals: SkillSums[] = [];
  private readonly slotOf = new Map<string, number>();
  private dead = 0;
  // Query scratch space, reused: sums per slot and the query epoch that last touched the slot.
  private essentialSum = new Float64Array(0);
  private optionalSum = new Float64Array(0);
  private stamp = new Uint32Array(0);
  private epoch = 0;
  private touched = new Int32Array(0);

  constructor(private readonly ctx: ScoreContext) {}

  get size(): number {
    return this.slotOf.size;
  }

  /** Adds or replaces an opening. */
  upsert(opening: MatchOpening): void {
    this.remove(opening.id);
    const slot = this.openings.length;
    this.openings.push(opening);
    this.totals.push(openingTotals(opening, this.ctx.graph));
    this.slotOf.set(opening.id, slot);
    const shard = this.countries.id(opening.country);
    for (const s of opening.essential) this.postings.add(this.skills.id(s), shard, slot, ESSENTIAL);
    for (const s of opening.optional) this.postings.add(this.skills.id(s), shard, slot, OPTIONAL);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.openings[slot] = undefined;
    this.slotOf.delete(id);
    this.dead++;
    if (this.dead > 1024 && this.dead > this.slotOf.size) this.rebuild();
  }

  get(id: string): MatchOpening | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.openings[slot];
  }

  *all(): Generator<MatchOpening> {
    for (const o of this.openings) if (o) yield o;
  }

  /** The best `limit` openings for the candidate among those passing the filter. */
  rank(candidate: MatchCandidate, filter: OpeningFilter, limit: number): Ranked<MatchOpening>[] {
    const { ctx } = this;
    const credits = candidateCredits(candidate, ctx.graph, ctx.weights);
    const shards = filter.countries
      ? filter.countries.flatMap((c) => {
          const id = this.countries.find(c);
          return id === undefined ? [] : [id];
        })
      : null;
    this.ensureScratch();
    const epoch = this.nextEpoch();
    const { essentialSum, optionalSum, stamp, touched } = this;
    let count = 0;
    for (const [uri, credit] of credits) {
      const term = this.skills.find(uri);
      if (term === undefined) continue;
      const weight = skillUnits(ctx.graph, uri) * credit.units;
      for (const posting of this.postings.of(term, shards)) {
        const { ids, payloads, length } = posting;
        for (let i = 0; i < length; i++) {
          const slot = ids[i]!;
          if (stamp[slot] !== epoch) {
            stamp[slot] = epoch;
            essentialSum[slot] = 0;
            optionalSum[slot] = 0;
            touched[count++] = slot;
          }
          if (payloads[i] === ESSENTIAL) essentialSum[slot] = essentialSum[slot]! + weight;
          else optionalSum[slot] = optionalSum[slot]! + weight;
        }
      }
    }
    const top = new TopK<MatchOpening>(limit);
    for (let t = 0; t < count; t++) {
      const slot = touched[t]!;
      const opening = this.openings[slot];
      if (!opening || !openingPasses(opening, filter)) continue;
      const earned = { essential: essentialSum[slot]!, optional: optionalSum[slot]! };
      const totals = this.totals[slot]!;
      const ceiling = scoreCeiling(
        opening.kind,
        skillFit(opening.kind, earned, totals, ctx.weights),
        ctx.weights,
      );
      if (ceiling <= 0 || !top.admits(ceiling, '')) continue;
      const { score } = scoreParts(candidate, opening, earned, totals, ctx);
      if (score > 0) top.offer({ score, id: opening.id, item: opening });
    }
    return top.sorted();
  }

  /** Approximate bytes held: postings and per-slot arrays (not the opening objects). */
  bytes(): number {
    return this.postings.bytes() + this.stamp.byteLength + this.essentialSum.byteLength * 2;
  }

  private ensureScratch(): void {
    const n = this.openings.length;
    if (this.stamp.length >= n) return;
    const size = Math.max(1024, n * 2);
    this.essentialSum = new Float64Array(size);
    this.optionalSum = new Float64Array(size);
    this.stamp = new Uint32Array(size);
    this.touched = new Int32Array(size);
    this.epoch = 0;
  }

  private nextEpoch(): number {
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }

  private rebuild(): void {
    const live = [...this.all()];
    const fresh = new OpeningIndex(this.ctx);
    for (const o of live) fresh.upsert(o);
    Object.assign(this, fresh);
  }
}
