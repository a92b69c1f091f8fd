import { UNIT } from './skill-credit.js';
import type { SkillRows } from './skill-rows.js';
import type { TermCredits } from './term-credits.js';
import { grown } from './typed-arrays.js';

/**
 * For a person search, a group's skills by how many units the person falls short on each (the
 * skill's full units less their credit), most first, ties by term: an opening requiring one
 * short by more than the search's budget is dropped. Filled once per group and search, ordered
 * only as far as it is read (a search rarely drops more than a few), and kept from one search to
 * the next so that none allocates.
 */
export class Shortfalls {
  private units = new Float64Array(256);
  private terms = new Int32Array(256);
  private positions = new Int32Array(256);
  /** The skills short on anything, of which the first `ordered` are in order. */
  private count = 0;
  private ordered = 0;
  private filled = false;

  /** Forgets the last group's. */
  reset(): void {
    this.filled = false;
  }

  /** Whether {@link fill} has run since the last {@link reset}. */
  get ready(): boolean {
    return this.filled;
  }

  /** Gathers every skill of the group's vocabulary and overflow lists the person falls short on. */
  fill(rows: SkillRows, credit: TermCredits): void {
    this.count = 0;
    this.ordered = 0;
    for (const term of rows.vocabulary) this.add(term, rows.positions.get(term)!, credit);
    for (const term of rows.overflow.keys())
      if (!rows.positions.has(term)) this.add(term, -1, credit);
    this.filled = true;
  }

  /** How many skills the person falls short on. */
  get length(): number {
    return this.count;
  }

  /** Orders the skills up to the i-th, largest shortfall first (selection: few are ever read). */
  order(i: number): void {
    const { units, terms } = this;
    for (; this.ordered <= i; this.ordered++) {
      let best = this.ordered;
      for (let j = best + 1; j < this.count; j++)
        if (units[j]! > units[best]! || (units[j] === units[best] && terms[j]! < terms[best]!))
          best = j;
      this.swap(this.ordered, best);
    }
  }

  /** The i-th largest shortfall's units, term and position (−1 outside the vocabulary). */
  unitsAt(i: number): number {
    this.order(i);
    return this.units[i]!;
  }

  termAt(i: number): number {
    this.order(i);
    return this.terms[i]!;
  }

  positionAt(i: number): number {
    this.order(i);
    return this.positions[i]!;
  }

  private add(term: number, position: number, credit: TermCredits): void {
    const units = credit.skillUnits(term) * UNIT - credit.get(term);
    if (!(units > 0)) return;
    if (this.count === this.units.length) {
      const size = 2 * this.count;
      this.units = grown(this.units, size);
      this.terms = grown(this.terms, size);
      this.positions = grown(this.positions, size);
    }
    this.units[this.count] = units;
    this.terms[this.count] = term;
    this.positions[this.count++] = position;
  }

  private swap(a: number, b: number): void {
    if (a === b) return;
    const { units, terms, positions } = this;
    const u = units[a]!;
    units[a] = units[b]!;
    units[b] = u;
    const t = terms[a]!;
    terms[a] = terms[b]!;
    terms[b] = t;
    const p = positions[a]!;
    positions[a] = positions[b]!;
    positions[b] = p;
  }
}
