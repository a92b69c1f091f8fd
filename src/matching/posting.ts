/** A list of dense integer ids, each with a small integer payload, in growable typed arrays. */
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
