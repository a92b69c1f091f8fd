import type { MatchCandidate } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import type { Interner } from './posting.js';
import { creditUnits, skillUnits } from './skill-credit.js';
import type { SkillGraph } from './skill-graph.js';
import { grown, IntList } from './typed-arrays.js';

type TermGraph = Pick<SkillGraph, 'specificity' | 'broader' | 'narrower'>;
type CreditWeights = Pick<MatchWeights, 'evidence' | 'partialSkill'>;

/**
 * A person's credit on the skills an index has interned, in units (the credit times the skill's
 * units): what {@link candidateCredits} gives those skills, without building its map of objects.
 * A held skill earns its evidence's credit; a skill next to held ones in the hierarchy earns the
 * largest of their partial credits, so the order held skills are read in does not matter.
 * Reused from query to query: a person search reads it once per group of rows.
 */
export class TermCredits {
  /** The credited terms, each once, in the order they were first credited. */
  readonly terms = new IntList();
  /** The terms the person holds, credited or not (a held skill's credit may be 0). */
  private readonly heldTerms = new IntList();
  /** Units per term, 0 where not credited; 1 per held term in `held`. */
  private units = new Float64Array(1024);
  private held = new Uint8Array(1024);
  /** Each skill's units (its specificity in fixed point) by term, 0 until first read. */
  private skillUnitsByTerm = new Float64Array(1024);
  /** The interned neighbours of a held skill, kept while no term is added to the interner. */
  private readonly neighbours = new Map<string, Int32Array>();
  private termsSeen = 0;

  constructor(
    private readonly skills: Interner,
    private readonly graph: TermGraph,
  ) {}

  /** Credits the person's skills under the weights, replacing the last person's. */
  compute(candidate: Pick<MatchCandidate, 'skills'>, weights: CreditWeights): this {
    for (let i = 0; i < this.terms.length; i++) this.units[this.terms.at(i)] = 0;
    for (let i = 0; i < this.heldTerms.length; i++) this.held[this.heldTerms.at(i)] = 0;
    this.terms.clear();
    this.heldTerms.clear();
    this.fit();
    // forEach, not for…of: iterating a map's entries allocated an array per entry.
    candidate.skills.forEach((evidence, uri) => {
      const term = this.skills.find(uri);
      if (term === undefined) return;
      this.held[term] = 1;
      this.heldTerms.push(term);
      this.credit(term, this.skillUnits(term) * creditUnits(evidence, false, weights));
    });
    candidate.skills.forEach((evidence, uri) => {
      const partial = creditUnits(evidence, true, weights);
      if (partial === 0) return;
      const near = this.neighboursOf(uri);
      for (let i = 0; i < near.length; i++) {
        const term = near[i]!;
        const units = this.skillUnits(term) * partial;
        if (this.held[term] === 0 && units > this.units[term]!) this.credit(term, units);
      }
    });
    return this;
  }

  /** The person's units on the term; 0 when not credited. */
  get(term: number): number {
    return this.units[term] ?? 0;
  }

  /** The units of the skill interned as `term`: its specificity in fixed point. */
  skillUnits(term: number): number {
    let units = this.skillUnitsByTerm[term]!;
    if (units === 0)
      this.skillUnitsByTerm[term] = units = skillUnits(this.graph, this.skills.values[term]!);
    return units;
  }

  private credit(term: number, units: number): void {
    if (units <= 0) return;
    if (this.units[term] === 0) this.terms.push(term);
    this.units[term] = units;
  }

  private neighboursOf(uri: string): Int32Array {
    let terms = this.neighbours.get(uri);
    if (!terms) {
      const near = [
        ...(this.graph.broader.get(uri) ?? []),
        ...(this.graph.narrower.get(uri) ?? []),
      ];
      terms = Int32Array.from(
        near.flatMap((n) => {
          const term = this.skills.find(n);
          return term === undefined ? [] : [term];
        }),
      );
      this.neighbours.set(uri, terms);
    }
    return terms;
  }

  /** Makes room for every interned term; forgets neighbours found before a term was added. */
  private fit(): void {
    const count = this.skills.values.length;
    if (count === this.termsSeen) return;
    this.termsSeen = count;
    this.neighbours.clear();
    if (count > this.units.length) {
      const size = Math.max(count, 2 * this.units.length);
      this.units = grown(this.units, size);
      this.held = grown(this.held, size);
      this.skillUnitsByTerm = grown(this.skillUnitsByTerm, size);
    }
  }
}
