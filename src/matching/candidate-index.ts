import { candidatePasses, type CandidateConsents, type CandidateFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { prepareCandidate, type PreparedCandidate } from './exhaustive-matcher.js';
import { Interner, PostingLists } from './posting-lists.js';
import { openingTotals, scoreCeiling, scoreParts, skillFit, type ScoreContext } from './score.js';
import { skillUnits } from './skill-credit.js';
import { TopK, type Ranked } from './top-k.js';

/**
 * Candidates indexed by every skill they earn credit for (held skills and their hierarchy
 * neighbours, with the credit as payload), sharded by country of residence: a vacancy's query
 * walks the lists of its required skills only. Exact: it returns what the exhaustive scorer
 * returns for the same filter.
 */
export class CandidateIndex {
  private readonly skills = new Interner();
  private readonly countries = new Interner();
  private readonly postings = new PostingLists();
  private prepared: (PreparedCandidate | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private dead = 0;
  private essentialSum = new Float64Array(0);
  private optionalSum = new Float64Array(0);
  private stamp = new Uint32Array(0);
  private epoch = 0;
  private touched = new Int32Array(0);

  constructor(private readonly ctx: ScoreContext) {}

  get size(): number {
    return this.slotOf.size;
  }

  upsert(candidate: MatchCandidate, consents: CandidateConsents): void {
    this.remove(candidate.id);
    const p = prepareCandidate(candidate, consents, this.ctx);
    const slot = this.prepared.length;
    this.prepared.push(p);
    this.slotOf.set(candidate.id, slot);
    const shard = this.countries.id(candidate.residenceCountry);
    for (const [uri, credit] of p.credits)
      this.postings.add(this.skills.id(uri), shard, slot, credit.units);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.prepared[slot] = undefined;
    this.slotOf.delete(id);
    this.dead++;
    if (this.dead > 1024 && this.dead > this.slotOf.size) this.rebuild();
  }

  get(id: string): PreparedCandidate | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.prepared[slot];
  }

  *all(): Generator<PreparedCandidate> {
    for (const p of this.prepared) if (p) yield p;
  }

  rank(opening: MatchOpening, filter: CandidateFilter, limit: number): Ranked<MatchCandidate>[] {
    const { ctx } = this;
    const shards = filter.residenceCountries
      ? filter.residenceCountries.flatMap((c) => {
          const id = this.countries.find(c);
          return id === undefined ? [] : [id];
        })
      : null;
    this.ensureScratch();
    const epoch = this.nextEpoch();
    const { essentialSum, optionalSum, stamp, touched } = this;
    let count = 0;
    const walk = (skills: readonly string[], sums: Float64Array) => {
      for (const uri of skills) {
        const term = this.skills.find(uri);
        if (term === undefined) continue;
        const units = skillUnits(ctx.graph, uri);
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
            sums[slot] = sums[slot]! + units * payloads[i]!;
          }
        }
      }
    };
    walk(opening.essential, essentialSum);
    walk(opening.optional, optionalSum);
    const totals = openingTotals(opening, ctx.graph);
    const top = new TopK<MatchCandidate>(limit);
    for (let t = 0; t < count; t++) {
      const slot = touched[t]!;
      const p = this.prepared[slot];
      if (!p || !candidatePasses(p.candidate, p.consents, filter)) continue;
      const earned = { essential: essentialSum[slot]!, optional: optionalSum[slot]! };
      const ceiling = scoreCeiling(
        opening.kind,
        skillFit(opening.kind, earned, totals, ctx.weights),
        ctx.weights,
      );
      if (ceiling <= 0 || !top.admits(ceiling, '')) continue;
      const { score } = scoreParts(p.candidate, opening, earned, totals, ctx);
      if (score > 0) top.offer({ score, id: p.candidate.id, item: p.candidate });
    }
    return top.sorted();
  }

  bytes(): number {
    return this.postings.bytes() + this.stamp.byteLength + this.essentialSum.byteLength * 2;
  }

  private ensureScratch(): void {
    const n = this.prepared.length;
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
    const fresh = new CandidateIndex(this.ctx);
    for (const p of live) fresh.upsert(p.candidate, p.consents);
    Object.assign(this, fresh);
  }
}
