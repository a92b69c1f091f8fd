import { grown } from './typed-arrays.js';
import { BlockTags } from './block-tags.js';
import { Posting } from './posting.js';

/** Rows per block: a block keeps the union of its rows' bits, so a query can skip it whole. */
export const BLOCK_ROWS = 64;

/**
 * An entry's skills as the rows store them: skill term ids, and per skill its kind — the plane
 * of an opening's row (essential or optional), or the credit code of a person's skill.
 */
export interface RowSkills {
  terms: readonly number[];
  kinds: readonly number[];
}

/**
 * Entries alike in skills (the vacancies of one occupation in one country, say), one row each.
 * Every skill of the group's vocabulary has a bit in each of the rows' bit planes, so a row is a
 * few bytes per plane and a query sums it by table lookup ({@link ByteSums}). With `codes`, a row
 * has one plane (the skills held in any way) and a 4-bit code per skill (its credit code + 1) that
 * a query reads skill by skill for the rows it must score exactly, kept apart from the planes so
 * that rows read for their bounds lie side by side. Skills outside the vocabulary
 * (rare in the group) are kept in overflow lists by skill, with their kind. Rows are appended; a
 * replaced or removed entry leaves its row behind and the owner, which knows its slots, skips it.
 */
export class SkillRows {
  readonly positions = new Map<number, number>();
  /**
   * Bytes per plane; bytes of a row's planes (a block's union has the same shape), which is a
   * row's stride in `masks`; bytes of a row's codes, its stride in `codeBytes`.
   */
  readonly stride: number;
  readonly planeBytes: number;
  readonly codeStride: number;
  masks: Uint8Array;
  codeBytes: Uint8Array;
  /**
   * Per block: the union of its rows' planes; the least positive value of each of its rows' two
   * totals (Infinity when none is positive); bits 1 and 2 set when some row's first or second
   * total is 0.
   */
  blockMasks: Uint8Array;
  blockMinTotals: Float64Array;
  blockZeroTotals: Uint8Array;
  /**
   * Per block: the bits of plane 0 that every one of its rows has (an opening's essential skills
   * all its rows require), and the largest of each of its rows' totals.
   */
  blockCommon: Uint8Array;
  blockMaxTotals: Float64Array;
  slots: Int32Array;
  /**
   * Per row, read side by side with its bits (the slot's own arrays would be read at random):
   * whether its entry was replaced or removed, its tag (see `blockTags`) and a second number the
   * owner keeps there (a person's occupations).
   */
  dead: Uint8Array;
  tags: Int32Array;
  marks: Int32Array;
  /**
   * Two totals per row that queries divide by (an opening's essential and optional sums) or
   * bound by (a person's counts of skills held at higher credits).
   */
  totals: Float64Array;
  /**
   * The distinct tags of each block's rows: what the owner groups its rows' non-skill factors by
   * (an opening's signature, a person's factor aspects), so that a query bounds a block by them.
   */
  readonly blockTags = new BlockTags();
  /** The largest of each of the rows' two totals. */
  readonly maxTotals = [0, 0];
  /**
   * Per skill of the vocabulary, the rows that have it in plane 0 (an opening's essential
   * skills, a person's skills), as bitmaps of `columnWords` 32-bit words: a query narrows the
   * rows it reads by them ({@link RowFilter}).
   */
  columns: Uint32Array;
  columnWords = 1;
  rows = 0;
  /** Rows by skill for skills outside the vocabulary; the payload is the kind. */
  readonly overflow = new Map<number, Posting>();
  overflowSize = 0;
  /**
   * By skill term: its position + 1 (0 outside the vocabulary), and its overflow list's number
   * + 1 in `lists`: what {@link positionOf} and {@link listOf} read without hashing. Built when
   * first asked for (a query that looks up every skill of its own in many groups).
   */
  private termPositions: Uint16Array | null = null;
  private termLists = new Int32Array(0);
  private readonly lists: Posting[] = [];

  constructor(
    readonly vocabulary: readonly number[],
    readonly planes: number,
    readonly codes = false,
    readonly blockRows = BLOCK_ROWS,
  ) {
    vocabulary.forEach((term, position) => this.positions.set(term, position));
    this.stride = Math.max(1, Math.ceil(vocabulary.length / 8));
    this.planeBytes = this.stride * planes;
    this.codeStride = codes ? Math.ceil(vocabulary.length / 2) : 0;
    this.masks = new Uint8Array(this.planeBytes * 16);
    this.codeBytes = new Uint8Array(this.codeStride * 16);
    this.blockMasks = new Uint8Array(this.planeBytes);
    this.blockMinTotals = new Float64Array(2).fill(Infinity);
    this.blockZeroTotals = new Uint8Array(1);
    this.blockCommon = new Uint8Array(this.stride);
    this.blockMaxTotals = new Float64Array(2);
    this.slots = new Int32Array(16);
    this.dead = new Uint8Array(16);
    this.tags = new Int32Array(16);
    this.marks = new Int32Array(16);
    this.totals = new Float64Array(32);
    this.columns = new Uint32Array(Math.max(1, vocabulary.length));
  }

  get blocks(): number {
    return Math.ceil(this.rows / this.blockRows);
  }

  /** The position of a skill term in the vocabulary, -1 when it has none. */
  positionOf(term: number): number {
    this.termPositions ??= this.indexTerms();
    return term < this.termPositions.length ? this.termPositions[term]! - 1 : -1;
  }

  /** The overflow list of a skill term, as `overflow.get(term)` but without hashing. */
  listOf(term: number): Posting | undefined {
    this.termPositions ??= this.indexTerms();
    const at = term < this.termLists.length ? this.termLists[term]! : 0;
    return at === 0 ? undefined : this.lists[at - 1];
  }

  private indexTerms(): Uint16Array {
    const positions = new Uint16Array(Math.max(0, ...this.vocabulary) + 1);
    this.vocabulary.forEach((term, position) => (positions[term] = position + 1));
    for (const [term, list] of this.overflow) this.indexList(term, list);
    return positions;
  }

  private indexList(term: number, list: Posting): void {
    if (term >= this.termLists.length)
      this.termLists = grown(this.termLists, Math.max(term + 1, 2 * this.termLists.length));
    this.lists.push(list);
    this.termLists[term] = this.lists.length;
  }

  /** The code + 1 of the skill at `position` in `row` (0: not held), for rows with codes. */
  code(row: number, position: number): number {
    const byte = this.codeBytes[row * this.codeStride + (position >> 1)]!;
    return position & 1 ? byte >> 4 : byte & 15;
  }

  /** Appends a row for the entry in `slot`; returns its row number. */
  add(slot: number, skills: RowSkills, totalA = 0, totalB = 0, tag = 0, mark = 0): number {
    if (this.rows === this.slots.length) this.grow();
    const row = this.rows++;
    this.tags[row] = tag;
    this.marks[row] = mark;
    const block = Math.floor(row / this.blockRows);
    if (row % this.blockRows === 0) this.growBlocks(block + 1);
    this.blockTags.add(block, tag, row % this.blockRows === 0);
    this.slots[row] = slot;
    this.totals[2 * row] = totalA;
    this.totals[2 * row + 1] = totalB;
    this.maxTotals[0] = Math.max(this.maxTotals[0]!, totalA);
    this.maxTotals[1] = Math.max(this.maxTotals[1]!, totalB);
    if (row >= 32 * this.columnWords) this.growColumns();
    if (totalA > 0)
      this.blockMinTotals[2 * block] = Math.min(this.blockMinTotals[2 * block]!, totalA);
    else this.blockZeroTotals[block]! |= 1;
    if (totalB > 0)
      this.blockMinTotals[2 * block + 1] = Math.min(this.blockMinTotals[2 * block + 1]!, totalB);
    else this.blockZeroTotals[block]! |= 2;
    this.blockMaxTotals[2 * block] = Math.max(this.blockMaxTotals[2 * block]!, totalA);
    this.blockMaxTotals[2 * block + 1] = Math.max(this.blockMaxTotals[2 * block + 1]!, totalB);
    const start = row * this.planeBytes;
    for (let i = 0; i < skills.terms.length; i++) {
      const term = skills.terms[i]!;
      const kind = skills.kinds[i]!;
      const position = this.positions.get(term);
      const plane = this.codes ? 0 : kind;
      const offset = position === undefined ? 0 : plane * this.stride + (position >> 3);
      const bit = position === undefined ? 0 : 1 << (position & 7);
      // A skill outside the vocabulary, or named twice in one plane, counts through the overflow.
      if (position === undefined || (this.masks[start + offset]! & bit) !== 0) {
        let list = this.overflow.get(term);
        if (!list) {
          this.overflow.set(term, (list = new Posting()));
          if (this.termPositions) this.indexList(term, list);
        }
        list.push(row, kind);
        this.overflowSize++;
        continue;
      }
      this.masks[start + offset]! |= bit;
      this.blockMasks[block * this.planeBytes + offset]! |= bit;
      if (plane === 0) this.columns[position * this.columnWords + (row >> 5)]! |= 1 << (row & 31);
      if (this.codes) {
        const at = row * this.codeStride + (position >> 1);
        this.codeBytes[at]! |= (kind + 1) << (position & 1 ? 4 : 0);
      }
    }
    // The block's common bits: the first row's plane 0, then only what each later row shares.
    const common = this.blockCommon.subarray(block * this.stride, (block + 1) * this.stride);
    const own = this.masks.subarray(start, start + this.stride);
    for (let b = 0; b < this.stride; b++)
      common[b] = row % this.blockRows === 0 ? own[b]! : common[b]! & own[b]!;
    return row;
  }

  /** Approximate bytes held. */
  bytes(): number {
    let overflow = 0;
    for (const p of this.overflow.values()) overflow += p.ids.byteLength + p.payloads.byteLength;
    return (
      this.masks.byteLength +
      this.codeBytes.byteLength +
      this.blockMasks.byteLength +
      this.blockMinTotals.byteLength +
      this.slots.byteLength +
      this.totals.byteLength +
      this.columns.byteLength +
      this.blockTags.bytes() +
      overflow
    );
  }

  /** Makes room for `more` rows at once (a bulk load), so that none is allocated twice over. */
  reserve(more: number): void {
    if (this.rows + more > this.slots.length) this.grow(this.rows + more);
    const words = Math.ceil((this.rows + more) / 32);
    if (words > this.columnWords) this.growColumns(words);
  }

  private grow(size = this.slots.length * 2): void {
    this.masks = grown(this.masks, size * this.planeBytes);
    this.codeBytes = grown(this.codeBytes, size * this.codeStride);
    this.slots = grown(this.slots, size);
    this.dead = grown(this.dead, size);
    this.tags = grown(this.tags, size);
    this.marks = grown(this.marks, size);
    this.totals = grown(this.totals, 2 * size);
  }

  private growColumns(words = this.columnWords * 2): void {
    const columns = new Uint32Array(Math.max(1, this.vocabulary.length) * words);
    for (let p = 0; p < this.vocabulary.length; p++)
      columns.set(
        this.columns.subarray(p * this.columnWords, (p + 1) * this.columnWords),
        p * words,
      );
    this.columns = columns;
    this.columnWords = words;
  }

  private growBlocks(blocks: number): void {
    if (this.blockZeroTotals.length >= blocks) return;
    const size = Math.max(blocks, 2 * this.blockZeroTotals.length);
    this.blockMasks = grown(this.blockMasks, size * this.planeBytes);
    this.blockMinTotals = grown(this.blockMinTotals, 2 * size, Infinity);
    this.blockZeroTotals = grown(this.blockZeroTotals, size);
    this.blockCommon = grown(this.blockCommon, size * this.stride);
    this.blockMaxTotals = grown(this.blockMaxTotals, 2 * size);
  }
}
