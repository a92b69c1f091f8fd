/**
 * Inverted lists over dense integer ids with a small integer payload, grouped by term (a skill)
 * and shard (a country), in growable typed arrays: the matching index's storage. Removed ids stay
 * in the lists; readers skip them with their own liveness check and the owner rebuilds when too
 * many are dead.
 */
export class PostingLists {
  private readonly lists = new Map<number, Map<number, Posting>>();

  add(term: number, shard: number, id: number, payload: number): void {
    let shards = this.lists.get(term);
    if (!shards) this.lists.set(term, (shards = new Map()));
    let posting = shards.get(shard);
    if (!posting) shards.set(shard, (posting = new Posting()));
    posting.push(id, payload);
  }

  /** The postings of a term in the given shards, or in all shards when `shards` is null. */
  *of(term: number, shards: readonly number[] | null): Generator<Posting> {
    const byShard = this.lists.get(term);
    if (!byShard) return;
    if (shards === null) {
      yield* byShard.values();
      return;
    }
    for (const s of shards) {
      const p = byShard.get(s);
      if (p) yield p;
    }
  }

  /** Bytes held by the lists' arrays. */
  bytes(): number {
    let total = 0;
    for (const shards of this.lists.values())
      for (const p of shards.values()) total += p.ids.byteLength + p.payloads.byteLength;
    return total;
  }
}

export class Posting {
  ids = new Int32Array(4);
  payloads = new Uint16Array(4);
  length = 0;

  push(id: number, payload: number): void {
    if (this.length === this.ids.length) {
      const ids = new Int32Array(this.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const payloads = new Uint16Array(this.length * 2);
      payloads.set(this.payloads);
      this.payloads = payloads;
    }
    this.ids[this.length] = id;
    this.payloads[this.length] = payload;
    this.length++;
  }
}

/** Interns strings (skill URIs, country codes) as dense integers. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}
