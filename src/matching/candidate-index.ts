import { Aspect } from './aspect.js';
import { BlockQueue } from './block-queue.js';
import type { ConsentingCandidate } from './exhaustive-matcher.js';
import { GroupQueries, type GroupQuery } from './group-query.js';
import type { CandidateConsents, CandidateFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import { Interner } from './posting.js';
import {
  languageFactor,
  locationFactor,
  preferenceFactor,
  qualificationFactor,
} from './score-factors.js';
import {
  essentialCoverageNeeded,
  fitCeiling,
  openingTotals,
  scoreParts,
  skillFitOf,
  tightCeiling,
  type ScoreContext,
} from './score.js';
import { candidateCredits, creditCode } from './skill-credit.js';
import { RowGroups, type GroupEntry } from './skill-rows.js';
import { byKey, Slots } from './slots.js';
import { requiredSkills, type RequiredSkills } from './required-skills.js';
import { PendingScores, TopK, type Ranked } from './top-k.js';

/** Credit weights under which every neighbour credit exists (so rows hold them all). */
const ALL_CREDITS = { evidence: 1, partialSkill: 1 };
/** A candidate's row: one plane of the skills they could earn credit for, with a code per skill. */
const HELD = 0;

/** The aspect ids of a group's candidates, per aspect: a query bounds the group by them. */
type GroupAspects = Record<keyof CandidateIndex['aspects'], Set<number>>;

const COMBO_PARTS = 5;

/** The largest value over a set of aspect ids (0 for none). */
function max(ids: ReadonlySet<number>, value: (id: number) => number): number {
  let most = 0;
  for (const id of ids) most = Math.max(most, value(id));
  return most;
}

/**
 * Candidates in groups of rows alike in skills — one group per country of residence and
 * occupation of experience — each row a bit mask per credit code over the group's skills: every
 * skill the candidate could earn credit for (held skills and their hierarchy neighbours), the
 * query turning codes into units under its own weights. A vacancy's query bounds each block of
 * rows by the union of its rows' skills, reads only blocks whose bound can still enter the top
 * k, best first, bounds each row by its union plane before summing its planes, and scores in
 * full only rows that can still enter. Exact: it returns what the exhaustive scorer returns.
 */
export class CandidateIndex {
  private readonly skills = new Interner();
  private readonly countries = new Interner();
  private rows: RowGroups;
  private readonly prepared = new Slots<ConsentingCandidate>();
  /** What each factor and filter reads of a candidate, shared by candidates alike in it. */
  readonly aspects = {
    language: new Aspect<MatchCandidate>(),
    qualification: new Aspect<MatchCandidate>(),
    preferences: new Aspect<MatchCandidate>(),
    location: new Aspect<MatchCandidate>(),
    occupations: new Aspect<MatchCandidate>(),
  };
  /** Consents per slot: bit 1 partnership matching, bit 2 sharing with employers. */
  private consentBits = new Uint8Array(1024);
  private groupAspects: GroupAspects[] = [];
  /**
   * Candidates alike in every factor aspect and in consents share a combination: its language,
   * qualification, preference and location aspect ids and consent bits, `COMBO_PARTS` numbers
   * each; blocks are tagged with their rows' combinations.
   */
  private readonly combos = new Interner();
  private readonly comboParts: number[] = [];
  private readonly queries = new GroupQueries();
  private readonly queue = new BlockQueue();

  constructor(
    private readonly ctx: ScoreContext,
    private readonly blockRows?: number,
  ) {
    this.rows = new RowGroups(1, true, blockRows);
  }

  get size(): number {
    return this.prepared.size;
  }

  upsert(candidate: MatchCandidate, consents: CandidateConsents): void {
    this.remove(candidate.id);
    const entry = this.entryOf(candidate, consents);
    this.noteAspects(this.rows.add(entry), entry.slot);
    if (this.rows.lateOverflow > 4096 && this.rows.lateOverflow > this.prepared.size)
      this.rebuild();
  }

  /** Adds many candidates; each new group's skills are chosen from all of its candidates. */
  upsertAll(candidates: readonly ConsentingCandidate[]): void {
    const entries = byKey(candidates, (c) => groupKey(c.candidate)).map((p) => {
      this.forget(p.candidate.id);
      return this.entryOf(p.candidate, p.consents);
    });
    this.rows.addAll(entries);
    for (const e of entries) this.noteAspects(this.rows.idOf(e.key)!, e.slot);
    if (this.prepared.wasteful) this.rebuild();
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

  rank(
    opening: MatchOpening,
    filter: CandidateFilter,
    limit: number,
    weights: MatchWeights = this.ctx.weights,
  ): Ranked<MatchCandidate>[] {
    const ctx = { ...this.ctx, weights };
    const top = new TopK<MatchCandidate>(limit);
    const totals = openingTotals(opening, ctx.graph);
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
    const ceiling = (fit: number, proximity: number, factor: number) =>
      tightCeiling(opening.kind, fit, proximity, factor, weights);
    const required = requiredSkills(opening, weights, this.skills, ctx.graph);
    const factors = this.factorsFor(opening, filter, ctx);
    this.queue.clear();
    this.rows.groups.forEach((rows, i) => {
      const q = this.queries.at(i, rows);
      const { terms, bestA, bestB, unitsA, unitsB } = required;
      for (let k = 0; k < terms.length; k++) {
        const position = rows.positions.get(terms[k]!);
        if (position !== undefined) {
          q.weigh(position, bestA[k]!);
          q.readExactly(position, k);
        }
        const list = rows.overflow.get(terms[k]!);
        if (list) q.addOverflow(list, unitsA.subarray(16 * k + 1), unitsB.subarray(16 * k + 1));
      }
      q.tabulate(q.a, HELD);
      for (let k = 0; k < terms.length; k++) {
        const position = rows.positions.get(terms[k]!);
        if (position !== undefined) q.weigh(position, bestB[k]!);
      }
      q.tabulate(q.b, HELD);
      if (!q.touches) return;
      // The most any row of the group can get from its factors and from proximity.
      const aspects = this.groupAspects[i]!;
      q.factorCeiling = factors.ceiling(aspects);
      q.proximity = max(aspects.occupations, factors.proximityOf);
      if (q.factorCeiling === 0) return;
      // Blocks are queued on their factors alone; their skills refine the bound at the front.
      for (let block = 0; block < rows.blocks; block++)
        this.queue.push(
          i,
          block,
          ceiling(1, q.proximity, factors.ofBlock(rows.blockTags[block]!)),
          false,
        );
    });
    const earned = { essential: 0, optional: 0 };
    const pending = new PendingScores(limit);
    const admits = (bound: number) => pending.canEnter(bound);
    const refine = (i: number, block: number) => {
      const q = this.queries.get(i);
      const { rows } = q;
      const base = block * rows.planeBytes;
      const fit = fitOf(
        q.a.sum(rows.blockMasks, base) + q.blockOverflowA(block),
        q.b.sum(rows.blockMasks, base) + q.blockOverflowB(block),
      );
      return ceiling(fit, q.proximity, factors.ofBlock(rows.blockTags[block]!));
    };
    this.queue.run(
      admits,
      (i, block) => {
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
        for (let row = start; row < end; row++) {
          if (!rowFilter.allows(row)) continue;
          if (rows.dead[row] === 1) continue;
          // Factors first (consents and the filter included): one cached lookup per row.
          const factor = factors.ofCombo(rows.tags[row]!);
          if (factor === 0) continue;
          const near = factors.proximityOf(rows.marks[row]!);
          if (!admits(ceiling(1, near, factor))) continue;
          const base = row * rows.rowBytes;
          const bound = fitOf(
            q.a.sum(rows.masks, base) + q.overflowA(row),
            q.b.sum(rows.masks, base) + q.overflowB(row),
          );
          if (!admits(ceiling(bound, near, factor))) continue;
          q.exactSums(row, required.unitsA, required.unitsB, earned);
          const fit = skillFitOf(
            programme,
            earned.essential,
            earned.optional,
            totals.essential,
            totals.optional,
            weights.optionalSkills,
          );
          pending.add(
            rows.slots[row]!,
            ceiling(fit, near, factor),
            earned.essential,
            earned.optional,
          );
        }
      },
      refine,
    );
    pending.drain(top, (slot, sums) => {
      const { candidate } = this.prepared.at(slot)!;
      const { score } = scoreParts(candidate, opening, sums, totals, ctx);
      if (score > 0) top.offer({ score, id: candidate.id, item: candidate });
    });
    return top.sorted();
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
      filter.keepHolding(rows, rows.positions.get(terms[k]!), rows.overflow.get(terms[k]!));
      filter.applied++;
    }
    return true;
  }

  /**
   * The factors and proximity of candidates for this opening, computed once per aspect value:
   * per slot, and at most over a group's aspect values. The language filter is a factor of 0.
   */
  private factorsFor(opening: MatchOpening, filter: CandidateFilter, ctx: ScoreContext) {
    const { weights } = ctx;
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
      opening.kind === 'programme' ? 0 : ctx.proximity(c.occupations, opening.occupationUri).value,
    );
    // Per combination: the product of its factors, or 0 when its consents or country keep its
    // candidates out of this query.
    const consented = filter.audience === 'employer' ? 3 : 1;
    const residences = filter.residenceCountries;
    const parts = this.comboParts;
    const combos = new Float64Array(parts.length / COMBO_PARTS).fill(Number.NaN);
    const ofCombo = (combo: number) => {
      let value = combos[combo]!;
      if (Number.isNaN(value)) {
        const at = COMBO_PARTS * combo;
        const country = aspects.location.samples[parts[at + 3]!]!.residenceCountry;
        const admitted =
          (parts[at + 4]! & consented) === consented &&
          (!residences || residences.includes(country));
        combos[combo] = value = admitted
          ? language(parts[at]!) *
            qualification(parts[at + 1]!) *
            preferences(parts[at + 2]!) *
            location(parts[at + 3]!)
          : 0;
      }
      return value;
    };
    return {
      /** The factor product of a combination, 0 when the query may not show its candidates. */
      ofCombo,
      /** The largest factor product of a block's candidates. */
      ofBlock: (tags: readonly number[]) => {
        let most = 0;
        for (const combo of tags) most = Math.max(most, ofCombo(combo));
        return most;
      },
      proximityOf: proximity,
      ceiling: (ids: GroupAspects) =>
        max(ids.language, language) *
        max(ids.qualification, qualification) *
        max(ids.preferences, preferences) *
        max(ids.location, location),
    };
  }

  /** The row of a candidate: every skill they could earn credit for, with its credit code. */
  private entryOf(candidate: MatchCandidate, consents: CandidateConsents): GroupEntry {
    const slot = this.prepared.add(candidate.id, { candidate, consents });
    this.describe(slot, candidate, consents);
    const terms: number[] = [];
    const kinds: number[] = [];
    for (const [uri, credit] of candidateCredits(candidate, this.ctx.graph, ALL_CREDITS)) {
      terms.push(this.skills.id(uri));
      kinds.push(creditCode(credit));
    }
    // Rows are placed by country, consents and factor aspects, so that a block's rows share
    // their factors and a query can bound (and skip) the block by them.
    const { language, qualification, preferences, location } = this.aspects;
    const parts = [
      language.ids[slot]!,
      qualification.ids[slot]!,
      preferences.ids[slot]!,
      location.ids[slot]!,
      this.consentBits[slot]!,
    ];
    const combo = this.combos.id(parts.join(','));
    if (combo === this.comboParts.length / COMBO_PARTS) this.comboParts.push(...parts);
    return {
      key: groupKey(candidate),
      shard: 0,
      cluster: [parts[3]!, 3 - parts[4]!, parts[2]!, parts[0]!, parts[1]!],
      slot,
      skills: { terms, kinds },
      tag: combo,
      mark: this.aspects.occupations.ids[slot]!,
    };
  }

  bytes(): number {
    return (
      this.rows.bytes() +
      this.consentBits.byteLength +
      Object.values(this.aspects).reduce((sum, a) => sum + a.ids.byteLength, 0)
    );
  }

  /** Adds the aspects of the candidate in `slot` to those of its group. */
  private noteAspects(group: number, slot: number): void {
    const ids = (this.groupAspects[group] ??= {
      language: new Set(),
      qualification: new Set(),
      preferences: new Set(),
      location: new Set(),
      occupations: new Set(),
    });
    for (const name of Object.keys(ids) as (keyof GroupAspects)[])
      ids[name].add(this.aspects[name].ids[slot]!);
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
    const fresh = new CandidateIndex(this.ctx, this.blockRows);
    fresh.upsertAll([...this.all()]);
    Object.assign(this, fresh);
  }
}

/** Candidates alike in skills: the same first occupation of experience (rows by country). */
function groupKey(c: MatchCandidate): string {
  return c.occupations[0] ?? '';
}
