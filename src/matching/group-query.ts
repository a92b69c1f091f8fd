import { ByteSums } from './byte-sums.js';
import { holdingAtLeast, MOST_COUNTED } from './held-counts.js';
import { RowFilter } from './row-filter.js';
import { Shortfalls } from './shortfalls.js';
import type { Posting } from './posting.js';
import type { SkillRows } from './skill-rows.js';
import { grown, IntList, largestFirstSums } from './typed-arrays.js';

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
  private readonly bytes = new IntList();
  private byteSeen = new Uint8Array(8);
  /**
   * For rows with codes: the positions a query reads exactly, and for each the number of the
   * query's skill there (which indexes the caller's units per code).
   */
  private readonly exactPositions = new IntList();
  private readonly exactSkills = new IntList();
  /**
   * The overflow lists the query reads in this group (the first `listFrom.length`; later ones
   * are a past query's), with the units each payload earns (from `listFrom.at(i)` on in
   * `listA[i]` and `listB[i]`); per block, a bound on its rows' overflow sums
   * (each list's largest row sum in the block, added up); each row's sums in the block last read.
   */
  private readonly lists: Posting[] = [];
  private readonly listFrom = new IntList();
  private readonly listA: Float64Array[] = [];
  private readonly listB: Float64Array[] = [];
  private blockSumA = new Float64Array(4);
  private blockSumB = new Float64Array(4);
  private readonly touchedBlocks = new IntList();
  private rowSumA = new Float64Array(64);
  private rowSumB = new Float64Array(64);
  private readBlock = -1;
  /** Per row of the word last summed ({@link sumHeld}), its sum of the counted skills' weights. */
  private readonly rowHeld = new Float64Array(32);
  private overflowUsed = false;
  /**
   * For shortlists: the positions of the opening's skills in the group's vocabulary, and the sums
   * of their n largest table weights (n = 0..count): a row holding n of them sums at most
   * `mostWeights[n]` from its tables ({@link rowsHolding}).
   */
  private heldPositions = new Int32Array(16);
  private heldWeights = new Float64Array(16);
  private sortedWeights = new Float64Array(16);
  heldCount = 0;
  mostWeights = new Float64Array(17);
  /** Whether a counted skill weighs anything. */
  private heldWeighs = false;
  /** The rows still to read, narrowed as the query's top k fills. */
  readonly filter = new RowFilter();
  /** For openings: the skills of the group a person falls short on, filled when first needed. */
  readonly shortfalls = new Shortfalls();
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
    this.exactPositions.clear();
    this.exactSkills.clear();
    this.filter.reset();
    this.shortfalls.reset();
    this.overflowUsed = false;
    this.heldCount = 0;
    this.heldWeighs = false;
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
    for (let i = 0; i < this.bytes.length; i++) {
      const byte = this.bytes.at(i);
      sums.addByte(start + byte, this.weights, 8 * byte);
      also?.addByte(alsoStart + byte, this.weights, 8 * byte);
      this.byteSeen[byte] = 0;
      this.weights.fill(0, 8 * byte, Math.min(8 * byte + 8, this.weights.length));
    }
    this.bytes.clear();
  }

  /** Counts the skill at `position`, of table weight `weight`, among those {@link rowsHolding} counts. */
  countHeld(position: number, weight: number): void {
    if (this.heldCount === this.heldPositions.length) {
      this.heldPositions = grown(this.heldPositions, 2 * this.heldCount);
      this.heldWeights = grown(this.heldWeights, 2 * this.heldCount);
    }
    if (weight !== 0) this.heldWeighs = true;
    this.heldPositions[this.heldCount] = position;
    this.heldWeights[this.heldCount++] = weight;
  }

  /** Sums the counted skills' largest weights ({@link mostWeights}), once all are counted. */
  sumMostWeights(): void {
    const count = this.heldCount;
    if (this.mostWeights.length <= count) this.mostWeights = new Float64Array(2 * count + 1);
    if (this.sortedWeights.length < count) this.sortedWeights = new Float64Array(2 * count);
    this.sortedWeights.set(this.heldWeights.subarray(0, count));
    largestFirstSums(this.sortedWeights, count, this.mostWeights);
  }

  /**
   * The sum of the counted skills' weights over the first plane at `base` in `masks` (a block's
   * union, say), skill by skill: for a few blocks, cheaper than building the tables.
   */
  heldSum(masks: Uint8Array, base: number): number {
    const { heldPositions, heldWeights } = this;
    let sum = 0;
    for (let k = 0; k < this.heldCount; k++) {
      const position = heldPositions[k]!;
      if ((masks[base + (position >> 3)]! >> (position & 7)) & 1) sum += heldWeights[k]!;
    }
    return sum;
  }

  /**
   * The rows of word `word` of the columns (rows 32·word to 32·word + 31) holding at least
   * `least` of the counted skills, as a bit mask; every row when they are too many to count.
   */
  rowsHolding(word: number, least: number): number {
    if (least <= 0 || this.heldCount > MOST_COUNTED) return -1;
    const { columns, columnWords } = this.rows;
    return holdingAtLeast(columns, columnWords, this.heldPositions, this.heldCount, word, least);
  }

  /**
   * Sums, for the rows of word `word` of the columns in `rows` (bit b: row 32·word + b), the
   * weights of the counted skills each holds, from the skills' columns: one addition per skill a
   * row holds, and no row's own bits read. Read a row's sum with {@link heldOf}.
   */
  sumHeld(word: number, rows: number): void {
    const { columns, columnWords } = this.rows;
    const { heldPositions, heldWeights, rowHeld } = this;
    for (let bits = rows; bits !== 0; bits &= bits - 1) rowHeld[31 - Math.clz32(bits & -bits)] = 0;
    for (let k = 0; k < this.heldCount; k++) {
      const weight = heldWeights[k]!;
      let bits = columns[heldPositions[k]! * columnWords + word]! & rows;
      for (; bits !== 0; bits &= bits - 1) {
        const at = 31 - Math.clz32(bits & -bits);
        rowHeld[at] = rowHeld[at]! + weight;
      }
    }
  }

  /** The sum of the counted skills' weights that `row` holds, of the word last summed. */
  heldOf(row: number): number {
    return this.rowHeld[row & 31]!;
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
      const at = 16 * exactSkills.at(k) + rows.code(row, exactPositions.at(k));
      a += unitsA[at]!;
      b += unitsB[at]!;
    }
    out.essential = a;
    out.optional = b;
  }

  /** Whether the query shares any skill with the group. */
  get touches(): boolean {
    return this.a.size + this.b.size > 0 || this.overflowUsed || this.heldWeighs;
  }

  /**
   * Adds an overflow list: a row listed with payload p (its plane, or its credit code) earns
   * `toA[from + p]` in the first sum and `toB[from + p]` in the second. Only the blocks' bounds
   * are computed now; the rows' sums when their block is read ({@link readOverflow}).
   */
  addOverflow(list: Posting, toA: Float64Array, toB: Float64Array, from = 0): void {
    if (!this.overflowUsed) this.startOverflow();
    const l = this.listFrom.length;
    this.lists[l] = list;
    this.listFrom.push(from);
    this.listA[l] = toA;
    this.listB[l] = toB;
    const { blockRows } = this.rows;
    const { ids, payloads, length } = list;
    // A list holds its rows in order, a row's entries side by side (a skill named twice).
    let block = -1;
    let row = -1;
    let a = 0;
    let b = 0;
    let mostA = 0;
    let mostB = 0;
    for (let i = 0; i <= length; i++) {
      const next = i < length ? ids[i]! : -1;
      if (next !== row) {
        mostA = Math.max(mostA, a);
        mostB = Math.max(mostB, b);
        a = 0;
        b = 0;
        row = next;
        const nextBlock = next < 0 ? -1 : Math.floor(next / blockRows);
        if (nextBlock !== block) {
          if (block >= 0) this.boundBlock(block, mostA, mostB);
          block = nextBlock;
          mostA = 0;
          mostB = 0;
        }
      }
      if (i < length) {
        a += toA[from + payloads[i]!]!;
        b += toB[from + payloads[i]!]!;
      }
    }
  }

  /** Sums the overflow of the rows of `block`: their {@link overflowA} and {@link overflowB}. */
  readOverflow(block: number): void {
    if (!this.overflowUsed || this.readBlock === block) return;
    this.readBlock = block;
    const { blockRows } = this.rows;
    if (this.rowSumA.length < blockRows) {
      this.rowSumA = new Float64Array(blockRows);
      this.rowSumB = new Float64Array(blockRows);
    }
    this.rowSumA.fill(0, 0, blockRows);
    this.rowSumB.fill(0, 0, blockRows);
    const start = block * blockRows;
    for (let l = 0; l < this.listFrom.length; l++) {
      const { ids, payloads, length } = this.lists[l]!;
      const from = this.listFrom.at(l);
      const toA = this.listA[l]!;
      const toB = this.listB[l]!;
      const { rowSumA, rowSumB } = this;
      for (let i = firstAtLeast(ids, length, start); i < length; i++) {
        const at = ids[i]! - start;
        if (at >= blockRows) break;
        rowSumA[at] = rowSumA[at]! + toA[from + payloads[i]!]!;
        rowSumB[at] = rowSumB[at]! + toB[from + payloads[i]!]!;
      }
    }
  }

  /** The first sum's overflow part for a row of the block last read. */
  overflowA(row: number): number {
    return this.overflowUsed ? this.rowSumA[row - this.readBlock * this.rows.blockRows]! : 0;
  }

  overflowB(row: number): number {
    return this.overflowUsed ? this.rowSumB[row - this.readBlock * this.rows.blockRows]! : 0;
  }

  /** At least the largest overflow sums of a block's rows. */
  blockOverflowA(block: number): number {
    return this.overflowUsed ? this.blockSumA[block]! : 0;
  }

  blockOverflowB(block: number): number {
    return this.overflowUsed ? this.blockSumB[block]! : 0;
  }

  private boundBlock(block: number, a: number, b: number): void {
    if (this.blockSumA[block] === 0 && this.blockSumB[block] === 0) this.touchedBlocks.push(block);
    this.blockSumA[block] = this.blockSumA[block]! + a;
    this.blockSumB[block] = this.blockSumB[block]! + b;
  }

  /** Sizes the block bounds to the group; the blocks the last query touched go to 0. */
  private startOverflow(): void {
    for (let i = 0; i < this.touchedBlocks.length; i++) {
      const block = this.touchedBlocks.at(i);
      this.blockSumA[block] = 0;
      this.blockSumB[block] = 0;
    }
    this.touchedBlocks.clear();
    const { blocks } = this.rows;
    if (this.blockSumA.length < blocks) {
      this.blockSumA = new Float64Array(blocks * 2);
      this.blockSumB = new Float64Array(blocks * 2);
    }
    this.listFrom.clear();
    this.readBlock = -1;
    this.overflowUsed = true;
  }
}

/** The first index of a sorted list whose id is at least `id` (binary search). */
function firstAtLeast(ids: Int32Array, length: number, id: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  return low;
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
