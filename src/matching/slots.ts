/**
 * The entries of an index by dense slot number, and each entry's slot by id. A replaced or
 * removed entry leaves a dead slot behind (its postings still name it); the index compacts
 * itself when dead slots outnumber live ones.
 */
export class Slots<T> {
  private readonly entries: (T | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private dead = 0;

  /** Live entries. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Slots handed out so far, dead ones included. */
  get length(): number {
    return this.entries.length;
  }

  /** Places the entry in a new slot (the caller removed any earlier one) and returns the slot. */
  add(id: string, entry: T): number {
    const slot = this.entries.length;
    this.entries.push(entry);
    this.slotOf.set(id, slot);
    return slot;
  }

  /** Forgets the entry; returns the slot it had, if it was there. */
  remove(id: string): number | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    this.dead++;
    return slot;
  }

  /** Whether so many slots are dead that rebuilding pays. */
  get wasteful(): boolean {
    return this.dead > 1024 && this.dead > this.slotOf.size;
  }

  get(id: string): T | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.entries[slot];
  }

  /** The slot of the entry with this id. */
  find(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  at(slot: number): T | undefined {
    return this.entries[slot];
  }

  *all(): Generator<T> {
    for (const e of this.entries) if (e !== undefined) yield e;
  }
}

/**
 * Entries by key, one list per key in key order (each list in the entries' order), so that a
 * bulk load places entries with the same key side by side and builds one group at a time.
 */
export function groupsByKey<T>(entries: readonly T[], key: (e: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const k = key(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return [...groups.keys()].sort().map((k) => groups.get(k)!);
}
