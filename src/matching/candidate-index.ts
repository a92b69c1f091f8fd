import { CeilingOrder } from './ceiling-order.js';
import type { ConsentingCandidate } from './exhaustive-matcher.js';
import type { CandidateConsents, CandidateFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { Interner, PostingLists } from './posting-lists.js';
import { QueryScratch } from './query-scratch.js';
import { Aspect } from './aspect.js';
import { byKey, Slots } from './slots.js';
import {
  languageFactor,
  locationFactor,
  preferenceFactor,
  qualificationFactor,
} from './score-factors.js';
import { openingTotals, scoreParts, skillFitOf, tightCeiling, type ScoreContext } from './score.js';
import type { MatchWeights } from './match-weights.js';
import { candidateCredits, creditCode, creditTable, skillUnits } from './skill-credit.js';
import { TopK, type Ranked } from './top-k.js';

/** Credit weights under which every neighbour credit exists (so postings hold them all). */
const ALL_CREDITS = { evidence: 1, partialSkill: 1 };

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
  private readonly prepared = new Slots<ConsentingCandidate>();
  /** What each factor and filter reads of a candidate, shared by candidates alike in it. */
  private readonly aspects = {
    language: new Aspect<MatchCandidate>(),
    qualification: new Aspect<MatchCandidate>(),
    preferences: new Aspect<MatchCandidate>(),
    location: new Aspect<MatchCandidate>(),
    occupations: new Aspect<MatchCandidate>(),
  };
  /** Consents per slot: bit 1 partnership matching, bit 2 sharing with employers. */
  private consentBits = new Uint8Array(1024);
  private readonly scratch = new QueryScratch();
  private readonly order = new CeilingOrder();

  constructor(private readonly ctx: ScoreContext) {}

  get size(): number {
    return this.prepared.size;
  }

  upsert(candidate: MatchCandidate, consents: CandidateConsents): void {
    this.remove(candidate.id);
    const p = { candidate, consents };
    const slot = this.prepared.add(candidate.id, p);
    this.describe(slot, candidate, consents);
    const shard = this.countries.id(candidate.residenceCountry);
    // Every skill the candidate could earn credit for under any weights, with a code that the
    // query turns into units under its weights.
    for (const [uri, credit] of candidateCredits(candidate, this.ctx.graph, ALL_CREDITS))
      this.postings.add(this.skills.id(uri), shard, slot, creditCode(credit));
  }

  /** Adds many candidates, placed by country of residence so that a query's sums stay close. */
  upsertAll(candidates: readonly ConsentingCandidate[]): void {
    for (const p of byKey(candidates, (c) => c.candidate.residenceCountry))
      this.upsert(p.candidate, p.consents);
  }

  remove(id: string): void {
    if (this.prepared.remove(id) && this.prepared.wasteful) this.rebuild();
  }

  get(id: string): ConsentingCandidate | undefined {
    return this.prepared.get(id);
  }

  all(): Generator<ConsentingCandidate> {
    return this.prepared.all();
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
    // The factors and proximity once per aspect; consents and the language filter per slot.
    const { aspects } = this;
    const language = aspects.language.values((c) =>
      filter.language && (c.languages.get(filter.language) ?? 0) === 0
        ? 0
        : languageFactor(c, opening, weights).factor,
    );
    const qualification = aspects.qualification.values(
      (c) => qualificationFactor(c, opening, weights).factor,
    );
    const preferences = aspects.preferences.values(
      (c) => preferenceFactor(c, opening, weights).factor,
    );
    const location = aspects.location.values((c) => locationFactor(c, opening, weights).factor);
    const proximity = aspects.occupations.values((c) =>
      programme ? 0 : ctx.proximity(c.occupations, opening.occupationUri).value,
    );
    const required = filter.audience === 'employer' ? 3 : 1;
    for (let t = 0; t < s.count; t++) {
      const slot = s.touched[t]!;
      s.ceilings[t] = 0;
      if (!this.prepared.at(slot) || (this.consentBits[slot]! & required) !== required) continue;
      const factor = language(slot) * qualification(slot) * preferences(slot) * location(slot);
      if (factor === 0) continue;
      const fit = skillFitOf(
        programme,
        s.essential[slot]!,
        s.optional[slot]!,
        totals.essential,
        totals.optional,
        ctx.weights.optionalSkills,
      );
      s.ceilings[t] = tightCeiling(opening.kind, fit, proximity(slot), factor, ctx.weights);
    }
    const top = new TopK<MatchCandidate>(limit);
    this.order.run(
      s.touched,
      s.ceilings,
      s.count,
      (slot) => {
        const p = this.prepared.at(slot)!;
        const earned = { essential: s.essential[slot]!, optional: s.optional[slot]! };
        const { score } = scoreParts(p.candidate, opening, earned, totals, ctx);
        if (score > 0) top.offer({ score, id: p.candidate.id, item: p.candidate });
      },
      top,
    );
    return top.sorted();
  }

  bytes(): number {
    return (
      this.postings.bytes() +
      this.scratch.bytes() +
      this.consentBits.byteLength +
      Object.values(this.aspects).reduce((sum, a) => sum + a.ids.byteLength, 0)
    );
  }

  /** Records what the factors and filters read of the candidate in this slot. */
  private describe(slot: number, c: MatchCandidate, consents: CandidateConsents): void {
    const sorted = (xs: Iterable<string>) => [...xs].sort().join(',');
    const { aspects } = this;
    aspects.language.assign(slot, sorted([...c.languages].map(([t, l]) => `${t}:${l}`)), c);
    aspects.qualification.assign(
      slot,
      `${c.eqfLevel ?? ''}|${sorted(c.recognitions.map((r) => `${r.country}:${r.outcome}`))}`,
      c,
    );
    aspects.preferences.assign(
      slot,
      `${c.residenceCountry}|${sorted(c.preferredCountries)}|${sorted(c.preferredTracks)}`,
      c,
    );
    aspects.location.assign(slot, c.residenceCountry, c);
    aspects.occupations.assign(slot, sorted(c.occupations), c);
    if (slot >= this.consentBits.length) {
      const grown = new Uint8Array(Math.max(slot + 1, this.consentBits.length * 2));
      grown.set(this.consentBits);
      this.consentBits = grown;
    }
    this.consentBits[slot] = (consents.matching ? 1 : 0) | (consents.employerSharing ? 2 : 0);
  }

  private rebuild(): void {
    const fresh = new CandidateIndex(this.ctx);
    fresh.upsertAll([...this.all()]);
    Object.assign(this, fresh);
  }
}
