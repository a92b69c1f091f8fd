import { BlockQueue } from './block-queue.js';
import { CreditLift, higherCredits } from './credit-lift.js';
import { CandidateFactors } from './candidate-factors.js';
import type { ConsentingCandidate } from './exhaustive-matcher.js';
import { GroupQueries } from './group-query.js';
import type { CandidateConsents, CandidateFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import { OccupationOverlaps } from './occupation-overlaps.js';
import { linearFit } from './linear-fit.js';
import { Interner } from './posting.js';
import { ceilingOf, type ScoreContext } from './score.js';
import { candidateCredits, creditCode } from './skill-credit.js';
import { RowGroups, type GroupEntry } from './row-groups.js';
import { groupsByKey, Slots } from './slots.js';
import { requiredSkills, RequiredSpace } from './required-skills.js';
import { ShortlistQuery, type ShortlistParts, type ShortlistTerms } from './shortlist-query.js';
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

  /**
   * Adds many candidates, one group at a time: each new group's skills are chosen from all of
   * its candidates, and only one group's entries are held at once.
   */
  upsertAll(candidates: readonly ConsentingCandidate[]): void {
    for (const group of groupsByKey(candidates, (c) => groupKey(c.candidate, c.consents))) {
      const entries = group.map((p) => {
        this.forget(p.candidate.id);
        return this.entryOf(p.candidate, p.consents);
      });
      this.rows.addAll(entries);
      for (const e of entries) this.note(this.rows.idOf(e.key)!, e);
    }
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
    const terms = this.termsOf(opening, filter, weights);
    const query = new ShortlistQuery(this.shortlistParts(), terms);
    const pending = query.run(limit);
    const top = new TopK<MatchCandidate>(limit);
    pending.drain(top, (slot, sums) => {
      const { candidate } = this.prepared.at(slot)!;
      const score = terms.factors.scoreOf(slot, query.fitOfSums(sums));
      if (score > 0) top.offer({ score, id: candidate.id, item: candidate });
    });
    return top.sorted();
  }

  /** The index's rows and the working parts a shortlist reuses from one query to the next. */
  private shortlistParts(): ShortlistParts {
    if (this.groupFactors.length < this.rows.groups.length)
      this.groupFactors = new Float64Array(2 * this.rows.groups.length);
    const { rows, queries, queue, pending, groupFactors } = this;
    return { rows, queries, queue, pending, groupFactors };
  }

  /** The opening's skills under the weights, their fit bound and the query's factors. */
  private termsOf(
    opening: MatchOpening,
    filter: CandidateFilter,
    weights: MatchWeights,
  ): ShortlistTerms {
    const ctx = { ...this.ctx, weights };
    const required = requiredSkills(opening, weights, this.skills, ctx.graph, this.space);
    const linear = linearFit(opening.kind === 'programme', required.totals, weights.optionalSkills);
    return {
      opening,
      weights,
      required,
      linear,
      lift: this.lift.set(required, linear.a, linear.b),
      factors: this.factors.forQuery(opening, filter, ctx),
      ceiling: ceilingOf(opening.kind, weights),
      overlaps:
        opening.occupationUri === null
          ? undefined
          : this.overlaps.of(opening.occupationUri, this.rows),
    };
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
