import { CeilingOrder } from './ceiling-order.js';
import type { ConsentingCandidate } from './exhaustive-matcher.js';
import { candidatePasses, type CandidateConsents, type CandidateFilter } from './match-filters.js';
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
import type { MatchWeights } from './match-weights.js';
import { candidateCredits, creditCode, creditTable, skillUnits } from './skill-credit.js';
import { TopK, type Ranked } from './top-k.js';

/** Credit weights under which every neighbour credit exists (so postings hold them all). */
const ALL_CREDITS = { evidence: 1, partialSkill: 1 };

/** Everything of a candidate that filters, factors and proximity read, but not skills. */
function signatureKey(c: MatchCandidate, consents: CandidateConsents): string {
  const sorted = (xs: Iterable<string>) => [...xs].sort().join(',');
  return [
    c.residenceCountry,
    sorted([...c.languages].map(([tag, level]) => `${tag}:${level}`)),
    c.eqfLevel ?? '',
    sorted(c.recognitions.map((r) => `${r.country}:${r.outcome}`)),
    sorted(c.preferredCountries),
    sorted(c.preferredTracks),
    sorted(c.occupations),
    `${consents.matching}:${consents.employerSharing}`,
  ].join('|');
}

/**
 * Candidates indexed by every skill they earn credit for (held skills and their hierarchy
 * neighbours, with the credit as payload), sharded by country of residence: a vacancy's query
 * walks the lists of its required skills only, bounds each candidate's score and scores in full
 * only those who can still enter the top k. Exact: it returns what the exhaustive scorer returns.
 */
export class CandidateIndex {
  private readonly skills = new Interner();
  private readonly countries = new Interner();
  private readonly postings = new PostingLists();
  private prepared: (ConsentingCandidate | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private dead = 0;
  /** Candidates alike in everything but skills share a signature (see OpeningIndex). */
  private readonly signatures = new Interner();
  private readonly sampleOf: ConsentingCandidate[] = [];
  private signatureOf = new Int32Array(1024);
  private readonly scratch = new QueryScratch();
  private readonly order = new CeilingOrder();

  constructor(private readonly ctx: ScoreContext) {}

  get size(): number {
    return this.slotOf.size;
  }

  upsert(candidate: MatchCandidate, consents: CandidateConsents): void {
    this.remove(candidate.id);
    const p = { candidate, consents };
    const slot = this.prepared.length;
    this.prepared.push(p);
    this.slotOf.set(candidate.id, slot);
    if (slot >= this.signatureOf.length) {
      const grown = new Int32Array(this.signatureOf.length * 2);
      grown.set(this.signatureOf);
      this.signatureOf = grown;
    }
    const signature = this.signatures.id(signatureKey(candidate, consents));
    this.sampleOf[signature] ??= p;
    this.signatureOf[slot] = signature;
    const shard = this.countries.id(candidate.residenceCountry);
    // Every skill the candidate could earn credit for under any weights, with a code that the
    // query turns into units under its weights.
    for (const [uri, credit] of candidateCredits(candidate, this.ctx.graph, ALL_CREDITS))
      this.postings.add(this.skills.id(uri), shard, slot, creditCode(credit));
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.prepared[slot] = undefined;
    this.slotOf.delete(id);
    this.dead++;
    if (this.dead > 1024 && this.dead > this.slotOf.size) this.rebuild();
  }

  get(id: string): ConsentingCandidate | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.prepared[slot];
  }

  *all(): Generator<ConsentingCandidate> {
    for (const p of this.prepared) if (p) yield p;
  }

  rank(
    opening: MatchOpening,
    filter: CandidateFilter,
    limit: number,
    weights: MatchWeights = this.ctx.weights,
  ): Ranked<MatchCandidate>[] {
    const ctx = { ...this.ctx, weights };
    const table = creditTable(weights);
    const shards = filter.residenceCountries
      ? filter.residenceCountries.flatMap((c) => {
          const id = this.countries.find(c);
          return id === undefined ? [] : [id];
        })
      : null;
    const s = this.scratch.begin(this.prepared.length);
    const walk = (skills: readonly string[], sums: Float64Array) => {
      for (const uri of skills) {
        const term = this.skills.find(uri);
        if (term === undefined) continue;
        const units = skillUnits(ctx.graph, uri);
        for (const posting of this.postings.of(term, shards)) {
          const { ids, payloads, length } = posting;
          for (let i = 0; i < length; i++) {
            const slot = s.touch(ids[i]!);
            sums[slot] = sums[slot]! + units * table[payloads[i]!]!;
          }
        }
      }
    };
    walk(opening.essential, s.essential);
    walk(opening.optional, s.optional);
    const totals = openingTotals(opening, ctx.graph);
    const programme = opening.kind === 'programme';
    // Factor product and proximity once per signature, filter answer with them.
    const factors = new Float64Array(this.signatures.values.length).fill(-1);
    const proximity = new Float64Array(this.signatures.values.length);
    for (let t = 0; t < s.count; t++) {
      const slot = s.touched[t]!;
      s.ceilings[t] = 0;
      if (!this.prepared[slot]) continue;
      const signature = this.signatureOf[slot]!;
      if (factors[signature]! < 0) {
        const sample = this.sampleOf[signature]!;
        const passes = candidatePasses(sample.candidate, sample.consents, filter);
        factors[signature] = passes ? factorProduct(sample.candidate, opening, ctx) : 0;
        proximity[signature] = programme
          ? 0
          : ctx.proximity(sample.candidate.occupations, opening.occupationUri).value;
      }
      const factor = factors[signature]!;
      if (factor === 0) continue;
      const fit = skillFitOf(
        programme,
        s.essential[slot]!,
        s.optional[slot]!,
        totals.essential,
        totals.optional,
        ctx.weights.optionalSkills,
      );
      s.ceilings[t] = tightCeiling(opening.kind, fit, proximity[signature]!, factor, ctx.weights);
    }
    const top = new TopK<MatchCandidate>(limit);
    this.order.run(
      s.touched,
      s.ceilings,
      s.count,
      (slot) => {
        const p = this.prepared[slot]!;
        const earned = { essential: s.essential[slot]!, optional: s.optional[slot]! };
        const { score } = scoreParts(p.candidate, opening, earned, totals, ctx);
        if (score > 0) top.offer({ score, id: p.candidate.id, item: p.candidate });
      },
      top,
    );
    return top.sorted();
  }

  bytes(): number {
    return this.postings.bytes() + this.scratch.bytes() + this.signatureOf.byteLength;
  }

  private rebuild(): void {
    const live = [...this.all()];
    const fresh = new CandidateIndex(this.ctx);
    for (const p of live) fresh.upsert(p.candidate, p.consents);
    Object.assign(this, fresh);
  }
}
