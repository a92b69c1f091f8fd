import { grown } from './typed-arrays.js';
import { Posting } from './posting.js';

/** Rows per block: a block keeps the union of its rows' bits, so a query can skip it whole. */
export const BLOCK_ROWS = 64;
/** At most this many skills of a group get a bit of their own; rarer ones go to its overflow. */
const MAX_VOCABULARY = 1024;

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
 * a query reads skill by skill for the rows it must score exactly. Skills outside the vocabulary
 * (rare in the group) are kept in overflow lists by skill, with their kind. Rows are appended; a
 * replaced or removed entry leaves its row behind and the owner, which knows its slots, skips it.
 */
export class SkillRows {
  readonly positions = new Map<number, number>();
  /** Bytes per plane; bytes of a row's planes (a block's union has the same shape); of a row. */
  readonly stride: number;
  readonly planeBytes: number;
  readonly rowBytes: number;
  masks: Uint8Array;
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
  /** Two totals per row that queries divide by (an opening's essential and optional sums). */
  totals: Float64Array;
  /**
   * The distinct tags of each block's rows, block after block (`tagList` from `tagStart(block)`
   * to `tagEnd(block)`): what the owner groups its rows' non-skill factors by (an opening's
   * signature, a person's factor aspects), so that a query bounds a block by them.
   */
  tagList: Int32Array;
  private tagStarts: Int32Array;
  private tagCount = 0;
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

  constructor(
    readonly vocabulary: readonly number[],
    readonly planes: number,
    readonly codes = false,
    readonly blockRows = BLOCK_ROWS,
  ) {
    vocabulary.forEach((term, position) => this.positions.set(term, position));
    this.stride = Math.max(1, Math.ceil(vocabulary.length / 8));
    this.planeBytes = this.stride * planes;
    this.rowBytes = this.planeBytes + (codes ? Math.ceil(vocabulary.length / 2) : 0);
    this.masks = new Uint8Array(this.rowBytes * 16);
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
    this.tagList = new Int32Array(16);
    this.tagStarts = new Int32Array(1);
  }

  tagStart(block: number): number {
    return this.tagStarts[block]!;
  }

  tagEnd(block: number): number {
    return block + 1 < this.blocks ? this.tagStarts[block + 1]! : this.tagCount;
  }

  get blocks(): number {
    return Math.ceil(this.rows / this.blockRows);
  }

  /** The code + 1 of the skill at `position` in `row` (0: not held), for rows with codes. */
  code(row: number, position: number): number {
    const byte = this.masks[row * this.rowBytes + this.planeBytes + (position >> 1)]!;
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
    this.addTag(block, tag, row % this.blockRows === 0);
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
    const start = row * this.rowBytes;
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
        if (!list) this.overflow.set(term, (list = new Posting()));
        list.push(row, kind);
        this.overflowSize++;
        continue;
      }
      this.masks[start + offset]! |= bit;
      this.blockMasks[block * this.planeBytes + offset]! |= bit;
      if (plane === 0) this.columns[position * this.columnWords + (row >> 5)]! |= 1 << (row & 31);
      if (this.codes) {
        const at = start + this.planeBytes + (position >> 1);
        this.masks[at]! |= (kind + 1) << (position & 1 ? 4 : 0);
      }
    }
    // The block's common bits: the first row's plane 0, then only what each later row shares.
    const common = this.blockCommon.subarray(block * this.stride, (block + 1) * this.stride);
    const own = this.masks.subarray(start, start + this.stride);
    for (let b = 0; b < this.stride; b++)
      common[b] = row % this.blockRows === 0 ? own[b]! : common[b]! & own[b]!;
    return row;
  }

  /** Adds a tag to the block's (the last block: rows are only ever appended). */
  private addTag(block: number, tag: number, first: boolean): void {
    if (first) this.tagStarts[block] = this.tagCount;
    for (let i = this.tagStarts[block]!; i < this.tagCount; i++)
      if (this.tagList[i] === tag) return;
    if (this.tagCount === this.tagList.length)
      this.tagList = grown(this.tagList, 2 * this.tagList.length);
    this.tagList[this.tagCount++] = tag;
  }

  /** Approximate bytes held. */
  bytes(): number {
    let overflow = 0;
    for (const p of this.overflow.values()) overflow += p.ids.byteLength + p.payloads.byteLength;
    return (
      this.masks.byteLength +
      this.blockMasks.byteLength +
      this.blockMinTotals.byteLength +
      this.slots.byteLength +
      this.totals.byteLength +
      this.columns.byteLength +
      this.tagList.byteLength +
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
    this.masks = grown(this.masks, size * this.rowBytes);
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
    this.tagStarts = grown(this.tagStarts, size);
  }
}

/**
 * The vocabulary of a new group: the skills that at least 1 row in `rarest` uses (every skill of
 * a group of `rarest` rows or fewer), most used first so that the skills a query shares with
 * most rows sit in few bytes, at most {@link MAX_VOCABULARY}.
 */
export function chooseVocabulary(rows: readonly RowSkills[], rarest = BLOCK_ROWS): number[] {
  const count = new Map<number, number>();
  for (const r of rows)
    for (const term of new Set(r.terms)) count.set(term, (count.get(term) ?? 0) + 1);
  const least = Math.max(1, Math.ceil(rows.length / rarest));
  return [...count]
    .filter(([, n]) => n >= least)
    .sort(([a, n], [b, m]) => m - n || a - b)
    .slice(0, MAX_VOCABULARY)
    .map(([term]) => term);
}

/** One entry to place in a group. */
export interface GroupEntry {
  /** Entries with the same key share a group; groups with the same shard are queried together. */
  key: string;
  shard: number;
  slot: number;
  skills: RowSkills;
  totals?: readonly [number, number];
  /** See {@link SkillRows.blockTags}. */
  tag?: number;
  /** See {@link SkillRows.marks}. */
  mark?: number;
  /**
   * A bulk load places entries by cluster first (compared number by number: a person's country,
   * then their preferences, say), then alike in skills.
   */
  cluster?: readonly number[];
}

/** The groups of an index, by key, with the shard each serves. */
export class RowGroups {
  readonly groups: SkillRows[] = [];
  readonly shardOf: number[] = [];
  private readonly byKey = new Map<string, number>();
  /** Where each slot's row is: its group (-1: none) and row number. */
  private groupOfSlot = new Int32Array(1024).fill(-1);
  private rowOfSlot = new Int32Array(1024);
  /** Rows appended to groups whose vocabulary was chosen without them: the owner may rebuild. */
  lateOverflow = 0;

  /**
   * `planes` and `codes` shape the rows ({@link SkillRows}); `rarest`: a group's vocabulary
   * holds the skills at least 1 of its rows in `rarest` uses (see {@link chooseVocabulary}).
   */
  constructor(
    private readonly planes: number,
    private readonly codes = false,
    private readonly blockRows = BLOCK_ROWS,
    private readonly rarest = BLOCK_ROWS,
  ) {}

  /**
   * Adds one entry, to its key's group or to a new group whose vocabulary is its skills;
   * returns the group's number.
   */
  add(entry: GroupEntry): number {
    const group = this.groupOf(entry.key, entry.shard, () =>
      chooseVocabulary([entry.skills], this.rarest),
    );
    const before = group.overflowSize;
    const row = group.add(
      entry.slot,
      entry.skills,
      entry.totals?.[0],
      entry.totals?.[1],
      entry.tag,
      entry.mark,
    );
    this.lateOverflow += group.overflowSize - before;
    const id = this.byKey.get(entry.key)!;
    this.locate(entry.slot, id, row);
    return id;
  }

  /** Adds many entries: the groups they create get a vocabulary chosen from all their rows. */
  addAll(entries: readonly GroupEntry[]): void {
    const byKey = new Map<string, GroupEntry[]>();
    for (const e of entries) {
      let list = byKey.get(e.key);
      if (!list) byKey.set(e.key, (list = []));
      list.push(e);
    }
    for (const [key, list] of byKey) {
      const group = this.groupOf(key, list[0]!.shard, () =>
        chooseVocabulary(
          list.map((e) => e.skills),
          this.rarest,
        ),
      );
      const id = this.byKey.get(key)!;
      group.reserve(list.length);
      for (const e of alikeFirst(list, group, this.codes))
        this.locate(
          e.slot,
          id,
          group.add(e.slot, e.skills, e.totals?.[0], e.totals?.[1], e.tag, e.mark),
        );
    }
  }

  /**
   * Marks the row of the entry in `slot` (a removed entry's, or none) dead: queries skip it
   * from now on. Returns whether there was a slot.
   */
  kill(slot: number | undefined): boolean {
    if (slot === undefined) return false;
    if (slot < this.groupOfSlot.length && this.groupOfSlot[slot]! >= 0)
      this.groups[this.groupOfSlot[slot]!]!.dead[this.rowOfSlot[slot]!] = 1;
    return true;
  }

  private locate(slot: number, group: number, row: number): void {
    if (slot >= this.groupOfSlot.length) {
      const size = Math.max(slot + 1, 2 * this.groupOfSlot.length);
      this.groupOfSlot = grown(this.groupOfSlot, size, -1);
      this.rowOfSlot = grown(this.rowOfSlot, size);
    }
    this.groupOfSlot[slot] = group;
    this.rowOfSlot[slot] = row;
  }

  /** The number of the group with this key, if there is one. */
  idOf(key: string): number | undefined {
    return this.byKey.get(key);
  }

  bytes(): number {
    return this.groups.reduce((sum, g) => sum + g.bytes(), 0);
  }

  private groupOf(key: string, shard: number, vocabulary: () => number[]): SkillRows {
    const id = this.byKey.get(key);
    if (id !== undefined) return this.groups[id]!;
    const group = new SkillRows(vocabulary(), this.planes, this.codes, this.blockRows);
    this.byKey.set(key, this.groups.length);
    this.groups.push(group);
    this.shardOf.push(shard);
    return group;
  }
}

/**
 * Entries ordered by the bits they will set, most used skill first (rows holding it before rows
 * lacking it, then by the next skill, and so on), so that the rows of a block are alike: their
 * union is then smaller and bounds the block more tightly.
 */
function alikeFirst(
  entries: readonly GroupEntry[],
  group: SkillRows,
  codes: boolean,
): GroupEntry[] {
  const width = group.vocabulary.length;
  const bits = entries.map((e) => {
    const held: number[] = [];
    e.skills.terms.forEach((term, i) => {
      const position = group.positions.get(term);
      if (position !== undefined) held.push((codes ? 0 : e.skills.kinds[i]!) * width + position);
    });
    return Int32Array.from(held).sort();
  });
  const order = entries.map((_, i) => i);
  order.sort((a, b) => {
    const c = entries[a]!.cluster ?? [];
    const d = entries[b]!.cluster ?? [];
    for (let i = 0; i < Math.min(c.length, d.length); i++) if (c[i] !== d[i]) return c[i]! - d[i]!;
    const x = bits[a]!;
    const y = bits[b]!;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return y.length - x.length || a - b;
  });
  return order.map((i) => entries[i]!);
}
