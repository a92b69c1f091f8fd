import type { Posting } from './posting.js';
import type { SkillRows } from './skill-rows.js';

/**
 * The rows of a group that a query still has to read, as a bitmap narrowed skill by skill: to
 * the rows that hold a skill (a person must hold every skill too heavy to miss), or to the rows
 * that do not require one (an opening must not require a skill the person lacks and cannot do
 * without). A query narrows it as its top k fills and the score to beat rises; the narrowing
 * only ever removes rows whose bound is below that score, so the result stays exact.
 */
export class RowFilter {
  private words = new Uint32Array(0);
  private scratch = new Uint32Array(0);
  private active = false;
  /** How many skills of the query's order the filter has applied. */
  applied = 0;

  reset(): void {
    this.active = false;
    this.applied = 0;
  }

  /** Whether the row may still qualify. */
  allows(row: number): boolean {
    return !this.active || ((this.words[row >> 5]! >>> (row & 31)) & 1) === 1;
  }

  /** Whether no row of `[from, to)` may still qualify (whole words only, for speed). */
  none(from: number, to: number): boolean {
    if (!this.active) return false;
    for (let w = from >> 5; w <= (to - 1) >> 5; w++) if (this.words[w] !== 0) return false;
    return true;
  }

  /**
   * Keeps the rows that have the skill: at `position` in plane 0, or in `overflow` (entries of
   * kind `kind` only, when given).
   */
  keepHolding(rows: SkillRows, position: number | undefined, overflow?: Posting, kind?: number) {
    const having = this.rowsHaving(rows, position, overflow, kind);
    const words = this.start(rows);
    for (let w = 0; w < words.length; w++) words[w] = words[w]! & having[w]!;
  }

  /** Drops the rows that have the skill, as {@link keepHolding} finds them. */
  dropHolding(rows: SkillRows, position: number | undefined, overflow?: Posting, kind?: number) {
    const having = this.rowsHaving(rows, position, overflow, kind);
    const words = this.start(rows);
    for (let w = 0; w < words.length; w++) words[w] = words[w]! & ~having[w]!;
  }

  private start(rows: SkillRows): Uint32Array {
    const count = Math.ceil(rows.rows / 32);
    if (!this.active) {
      if (this.words.length < count) this.words = new Uint32Array(count * 2);
      this.words.fill(0xffffffff, 0, count);
      this.active = true;
    }
    return this.words.subarray(0, count);
  }

  private rowsHaving(
    rows: SkillRows,
    position: number | undefined,
    overflow: Posting | undefined,
    kind: number | undefined,
  ) {
    const count = Math.ceil(rows.rows / 32);
    if (this.scratch.length < count) this.scratch = new Uint32Array(count * 2);
    const having = this.scratch.subarray(0, count);
    if (position === undefined) having.fill(0);
    else
      having.set(
        rows.columns.subarray(position * rows.columnWords, position * rows.columnWords + count),
      );
    if (overflow)
      for (let i = 0; i < overflow.length; i++) {
        if (kind !== undefined && overflow.payloads[i] !== kind) continue;
        const row = overflow.ids[i]!;
        having[row >> 5] = having[row >> 5]! | (1 << (row & 31));
      }
    return having;
  }
}
