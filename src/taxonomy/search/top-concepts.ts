/** A ranked concept: its index, the label that matched best, and the score. */
export interface RankedConcept {
  concept: number;
  label: number;
  score: number;
}

/**
 * Keeps the best `limit` concepts seen, each with its best label, without sorting every
 * candidate: a query such as "m" touches tens of thousands of labels but shows 20.
 */
export class TopConcepts {
  private readonly bestOf = new Map<number, RankedConcept>();
  private readonly top: RankedConcept[] = [];

  constructor(
    private readonly limit: number,
    private readonly tieOrder: Int32Array,
  ) {}

  /** Offers one label's score for a concept. */
  offer(concept: number, label: number, score: number): void {
    const known = this.bestOf.get(concept);
    if (known) {
      if (known.score >= score) return;
      known.score = score;
      known.label = label;
      this.top.splice(this.top.indexOf(known), 1);
      this.place(known);
      return;
    }
    if (
      this.top.length === this.limit &&
      !this.before({ concept, label, score }, this.top.at(-1)!)
    ) {
      return;
    }
    const entry = { concept, label, score };
    this.bestOf.set(concept, entry);
    this.place(entry);
    if (this.top.length > this.limit) this.bestOf.delete(this.top.pop()!.concept);
  }

  /** The best concepts, best first. */
  best(): RankedConcept[] {
    return [...this.top];
  }

  private place(entry: RankedConcept): void {
    let i = this.top.length;
    while (i > 0 && this.before(entry, this.top[i - 1]!)) i--;
    this.top.splice(i, 0, entry);
  }

  private before(a: RankedConcept, b: RankedConcept): boolean {
    return (
      a.score > b.score ||
      (a.score === b.score && this.tieOrder[a.concept]! < this.tieOrder[b.concept]!)
    );
  }
}
