import { ByteSums } from './byte-sums.js';
import { RowFilter } from './row-filter.js';
import type { Posting } from './posting.js';
import type { SkillRows } from './skill-rows.js';

/**
 * A query's working memory for one group of rows: the byte tables of its two sums (an opening's
 * essential and optional skills), of their bounds over a union plane, and the part of each sum
 * that comes from the group's overflow lists, per row and per block. Reused between queries.
 */
export class GroupQuery {
  /** Table sums over the rows' planes: an opening's two sums, or a person's bounds. */
  readonly a = new ByteSums();
  readonly b = new ByteSums();
  /** For openings: the units a person falls short on, over the skills a block's rows all require. */
  readonly shortfall = new ByteSums();
  /** Position weights being gathered for a table sum, and the bytes they fall in. */
  private weights = new Float64Array(64);
  private bytes: number[] = [];
  private byteSeen = new Uint8Array(8);
  /**
   * For rows with codes: the positions a query reads exactly, and for each the number of the
   * query's skill there (which indexes the caller's units per code).
   */
  private exactPositions: number[] = [];
  private exactSkills: number[] = [];
  private overflowSumA = new Float64Array(64);
  private overflowSumB = new Float64Array(64);
  private blockSumA = new Float64Array(4);
  private blockSumB = new Float64Array(4);
  private overflowUsed = false;
  /** Rows whose overflow sums are not 0, and the block size they were counted in. */
  private readonly touchedRows: number[] = [];
  private touchedBlockRows = 1;
  /** The rows still to read, narrowed as the query's top k fills. */
  readonly filter = new RowFilter();
  /**
   * For openings: the skills of the group a person falls short on, most units short first (an
   * opening requiring one short by more than its budget is dropped); built when first needed.
   */
  shortfalls: { units: number; term: number; position: number | undefined }[] | null = null;
  /** What the owner computes once per group and query. */
  proximity = 0;
  factorCeiling = 0;

  constructor(public rows: SkillRows) {}

  /** Starts a query over `rows`: clears the tables, the exact weights and the overflow. */
  begin(rows: SkillRows): this {
    this.rows = rows;
    this.a.clear();
    this.b.clear();
    this.shortfall.clear();
    this.exactPositions.length = 0;
    this.exactSkills.length = 0;
    this.filter.reset();
    this.shortfalls = null;
    this.overflowUsed = false;
    if (this.weights.length < rows.vocabulary.length)
      this.weights = new Float64Array(rows.vocabulary.length * 2);
    if (this.byteSeen.length < rows.stride) this.byteSeen = new Uint8Array(rows.stride * 2);
    return this;
  }

  /** Adds `units` to the weight of the skill at `position` in the table sum being gathered. */
  weigh(position: number, units: number): void {
    if (units === 0) return;
    this.weights[position] = this.weights[position]! + units;
    const byte = position >> 3;
    if (this.byteSeen[byte] === 0) {
      this.byteSeen[byte] = 1;
      this.bytes.push(byte);
    }
  }

  /**
   * Builds the tables of the gathered weights over the plane at row offset `start` into `sums`,
   * and, when given, over a second plane into `also`; then forgets the weights.
   */
  tabulate(sums: ByteSums, start: number, also?: ByteSums, alsoStart = 0): void {
    for (const byte of this.bytes) {
      sums.addByte(start + byte, this.weights, 8 * byte);
      also?.addByte(alsoStart + byte, this.weights, 8 * byte);
      this.byteSeen[byte] = 0;
      this.weights.fill(0, 8 * byte, Math.min(8 * byte + 8, this.weights.length));
    }
    this.bytes.length = 0;
  }

  /** Reads the query's skill number `skill`, at `position`, exactly. */
  readExactly(position: number, skill: number): void {
    this.exactPositions.push(position);
    this.exactSkills.push(skill);
  }

  /**
   * A row's two exact sums, overflow included, into `out`: skill number k held with code + 1 = c
   * earns `unitsA[16k + c]` and `unitsB[16k + c]`.
   */
  exactSums(
    row: number,
    unitsA: Float64Array,
    unitsB: Float64Array,
    out: { essential: number; optional: number },
  ): void {
    const { exactPositions, exactSkills, rows } = this;
    let a = this.overflowA(row);
    let b = this.overflowB(row);
    for (let k = 0; k < exactPositions.length; k++) {
      const at = 16 * exactSkills[k]! + rows.code(row, exactPositions[k]!);
      a += unitsA[at]!;
      b += unitsB[at]!;
    }
    out.essential = a;
    out.optional = b;
  }

  /** Whether the query shares any skill with the group. */
  get touches(): boolean {
    return this.a.size + this.b.size > 0 || this.overflowUsed;
  }

  /**
   * Adds an overflow list's rows: a row listed with payload p (its plane, or its credit code)
   * earns `toA[from + p]` in the first sum and `toB[from + p]` in the second.
   */
  addOverflow(list: Posting, toA: ArrayLike<number>, toB: ArrayLike<number>, from = 0): void {
    if (!this.overflowUsed) this.startOverflow();
    const { blockRows } = this.rows;
    const { ids, payloads, length } = list;
    for (let i = 0; i < length; i++) {
      const row = ids[i]!;
      const a = toA[from + payloads[i]!]!;
      const b = toB[from + payloads[i]!]!;
      const block = Math.floor(row / blockRows);
      this.touchedRows.push(row);
      this.overflowSumA[row] = this.overflowSumA[row]! + a;
      this.overflowSumB[row] = this.overflowSumB[row]! + b;
      // Sums only grow, so the running maximum per block ends as the largest row sum in it.
      this.blockSumA[block] = Math.max(this.blockSumA[block]!, this.overflowSumA[row]!);
      this.blockSumB[block] = Math.max(this.blockSumB[block]!, this.overflowSumB[row]!);
    }
  }

  /** The first sum's overflow part for a row. */
  overflowA(row: number): number {
    return this.overflowUsed ? this.overflowSumA[row]! : 0;
  }

  overflowB(row: number): number {
    return this.overflowUsed ? this.overflowSumB[row]! : 0;
  }

  /** The largest overflow sums of a block's rows. */
  blockOverflowA(block: number): number {
    return this.overflowUsed ? this.blockSumA[block]! : 0;
  }

  blockOverflowB(block: number): number {
    return this.overflowUsed ? this.blockSumB[block]! : 0;
  }

  /** Sizes the overflow sums to the group; the rows and blocks the last query touched go to 0. */
  private startOverflow(): void {
    const { rows, blocks } = this.rows;
    for (const row of this.touchedRows) {
      this.overflowSumA[row] = 0;
      this.overflowSumB[row] = 0;
      const block = Math.floor(row / this.touchedBlockRows);
      this.blockSumA[block] = 0;
      this.blockSumB[block] = 0;
    }
    this.touchedRows.length = 0;
    this.touchedBlockRows = this.rows.blockRows;
    if (this.overflowSumA.length < rows) {
      this.overflowSumA = new Float64Array(rows * 2);
      this.overflowSumB = new Float64Array(rows * 2);
    }
    if (this.blockSumA.length < blocks) {
      this.blockSumA = new Float64Array(blocks * 2);
      this.blockSumB = new Float64Array(blocks * 2);
    }
    this.overflowUsed = true;
  }
}

/** Per-group query memory, one per group a query visits, kept between queries. */
export class GroupQueries {
  private readonly pool: GroupQuery[] = [];

  at(i: number, rows: SkillRows): GroupQuery {
    const q = (this.pool[i] ??= new GroupQuery(rows));
    return q.begin(rows);
  }

  get(i: number): GroupQuery {
    return this.pool[i]!;
  }
}
