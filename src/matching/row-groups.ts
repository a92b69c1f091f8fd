import { BLOCK_ROWS, SkillRows, type RowSkills } from './skill-rows.js';
import { grown } from './typed-arrays.js';

/** At most this many skills of a group get a bit of their own; rarer ones go to its overflow. */
const MAX_VOCABULARY = 1024;

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

  /** Total number `which` (0 or 1) of the row of the entry in `slot`, as it was added. */
  totalOf(slot: number, which: 0 | 1): number {
    return this.groups[this.groupOfSlot[slot]!]!.totals[2 * this.rowOfSlot[slot]! + which]!;
  }

  /** The row of the entry in `slot` within its group. */
  rowOf(slot: number): number {
    return this.rowOfSlot[slot]!;
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
