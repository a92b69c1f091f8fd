import { GroupQuery } from './group-query.js';
import type { Interner } from './posting.js';
import type { RequiredSkills } from './required-skills.js';
import type { RowGroups } from './row-groups.js';
import { skillUnits } from './skill-credit.js';
import { grown } from './typed-arrays.js';
import type { SkillGraph } from './skill-graph.js';

/** An occupation's skills (essential and optional) by term, with their units at full credit. */
export interface OccupationSkills {
  units: ReadonlyMap<number, number>;
  /** Per group, the most units of these skills any of its rows holds (see {@link OccupationOverlaps}). */
  most: Float64Array;
  /** Per group and block of its rows, the most any row of the block holds. */
  blockMost: Float64Array[];
  /** Per group, its blocks by `blockMost`, most first; undefined until asked for, or stale. */
  blockOrder: (Int32Array | undefined)[];
}

/** The first `count` blocks of `group` by what their rows hold of the occupation, most first. */
export function blocksByMost(skills: OccupationSkills, group: number, count: number): Int32Array {
  const known = skills.blockOrder[group];
  if (known?.length === count) return known;
  const most = skills.blockMost[group] ?? new Float64Array(0);
  const order = new Int32Array(count);
  for (let block = 0; block < count; block++) order[block] = block;
  order.sort((a, b) => (most[b] ?? Infinity) - (most[a] ?? Infinity) || a - b);
  return (skills.blockOrder[group] = order);
}

/**
 * For an occupation that openings name, and per group of people, the most units of the
 * occupation's skills (essential and optional, each at full credit) that any one person of the
 * group could earn credit for. An opening for the occupation asks for some of those skills, so
 * what a person of the group earns on it is bounded by that number (scaled by the best credit),
 * plus whatever it asks for beyond the occupation: a shortlist skips whole the groups whose
 * people share too little of the occupation. Computed for an occupation when first asked for,
 * by summing every row once; kept a bound as rows are added ({@link noteRow}); rows removed
 * leave it a bound (a larger one than need be, until the index is rebuilt).
 */
export class OccupationOverlaps {
  private readonly byOccupation = new Map<string, OccupationSkills>();

  constructor(
    private readonly graph: Pick<SkillGraph, 'occupations' | 'specificity'>,
    private readonly skills: Interner,
  ) {}

  /** The occupation's skills and per-group overlaps; undefined for an unknown occupation. */
  of(occupationUri: string, rows: RowGroups): OccupationSkills | undefined {
    const known = this.byOccupation.get(occupationUri);
    if (known) return known;
    const occupation = this.graph.occupations.get(occupationUri);
    if (!occupation) return undefined;
    const units = new Map<number, number>();
    for (const uri of new Set([...occupation.essential, ...occupation.optional]))
      units.set(this.skills.id(uri), skillUnits(this.graph, uri));
    const blockMost = rows.groups.map((group) => mostHeld(group, units));
    const most = Float64Array.from(blockMost, (blocks) =>
      blocks.reduce((m, x) => Math.max(m, x), 0),
    );
    const skills = { units, most, blockMost, blockOrder: [] };
    // Each group's blocks in order now, not at the first shortlist that opens the group.
    rows.groups.forEach((group, i) => blocksByMost(skills, i, group.blocks));
    this.byOccupation.set(occupationUri, skills);
    return skills;
  }

  /** Takes a row added to `group` in `block`, holding `terms`, into every occupation's overlap. */
  noteRow(group: number, block: number, terms: readonly number[]): void {
    if (this.byOccupation.size === 0) return;
    const distinct = new Set(terms);
    for (const skills of this.byOccupation.values()) {
      if (group >= skills.most.length) skills.most = grown(skills.most, group + 1);
      let blocks = (skills.blockMost[group] ??= new Float64Array(block + 1));
      if (block >= blocks.length)
        blocks = skills.blockMost[group] = grown(blocks, Math.max(block + 1, 2 * blocks.length));
      let held = 0;
      for (const term of distinct) held += skills.units.get(term) ?? 0;
      skills.most[group] = Math.max(skills.most[group]!, held);
      if (held > blocks[block]!) {
        blocks[block] = held;
        skills.blockOrder[group] = undefined;
      }
    }
  }
}

/** Per block, the most units of `units`' skills that one of its rows holds, overflow included. */
function mostHeld(
  rows: RowGroups['groups'][number],
  units: ReadonlyMap<number, number>,
): Float64Array {
  const q = new GroupQuery(rows).begin(rows);
  const none = new Float64Array(16);
  for (const [term, u] of units) {
    const position = rows.positions.get(term);
    if (position !== undefined) q.weigh(position, u);
    // A person's overflow payload is a credit code: every code counts the skill in full.
    const list = rows.overflow.get(term);
    if (list) q.addOverflow(list, new Float64Array(16).fill(u), none);
  }
  q.tabulate(q.a, 0);
  const most = new Float64Array(rows.blocks);
  for (let block = 0; block < rows.blocks; block++) {
    q.readOverflow(block);
    const end = Math.min(rows.rows, (block + 1) * rows.blockRows);
    for (let row = block * rows.blockRows; row < end; row++)
      most[block] = Math.max(
        most[block]!,
        q.a.sum(rows.masks, row * rows.planeBytes) + q.overflowA(row),
      );
  }
  return most;
}

/**
 * A bound on a row's skill fit on an opening, given the most units of the occupation's skills
 * the row's group (or block) holds. The opening's skills of the occupation earn together at most
 * that (times the most any of them is named, at the best credit), shared between the two sums
 * as suits the fit best; its other skills earn in full. Each sum also stops counting where the
 * fit stops rising (at its total), so that units are not spent where they add nothing.
 */
export class HeldFit {
  private insideA = 0;
  private insideB = 0;
  private outsideA = 0;
  private outsideB = 0;
  /** The most units earned (at the best credit) per unit held: on either sum, and on both. */
  private timesA = 0;
  private timesB = 0;
  private timesBoth = 0;
  /**
   * The most each sum can take from the occupation's skills: what the opening asks of them, and
   * no more than brings the sum to its total (past it, a sum adds nothing to the fit).
   */
  private limitA = 0;
  private limitB = 0;

  /**
   * `fitOf` is the fit ceiling of the two sums, rising in each; `totalA` and `totalB` the sums
   * beyond which it rises no more.
   */
  constructor(
    required: RequiredSkills,
    units: ReadonlyMap<number, number>,
    totalA: number,
    totalB: number,
    private readonly fitOf: (a: number, b: number) => number,
  ) {
    const { terms, bestA, bestB } = required;
    for (let k = 0; k < terms.length; k++) {
      const u = units.get(terms[k]!);
      if (u === undefined) {
        this.outsideA += bestA[k]!;
        this.outsideB += bestB[k]!;
        continue;
      }
      this.insideA += bestA[k]!;
      this.insideB += bestB[k]!;
      this.timesA = Math.max(this.timesA, bestA[k]! / u);
      this.timesB = Math.max(this.timesB, bestB[k]! / u);
      this.timesBoth = Math.max(this.timesBoth, (bestA[k]! + bestB[k]!) / u);
    }
    // A hair above the total, so that rounding cannot stop a sum short of it.
    this.limitA = Math.min(this.insideA, Math.max(0, totalA - this.outsideA) * (1 + 1e-9));
    this.limitB = Math.min(this.insideB, Math.max(0, totalB - this.outsideB) * (1 + 1e-9));
  }

  /** The most fit a row can reach when it holds at most `most` units of the occupation. */
  fit(most: number): number {
    const both = scaled(this.timesBoth, most);
    const capA = Math.min(this.limitA, scaled(this.timesA, most));
    const capB = Math.min(this.limitB, scaled(this.timesB, most));
    // The fit is concave and piecewise linear in each sum: the best share fills one sum first.
    const firstA = Math.min(capA, both);
    const firstB = Math.min(capB, both);
    return Math.max(
      this.fitOf(this.outsideA + firstA, this.outsideB + Math.min(capB, both - firstA)),
      this.fitOf(this.outsideA + Math.min(capA, both - firstB), this.outsideB + firstB),
    );
  }
}

/** Units earned at `times` per unit held, for `held` units (which may be unbounded). */
function scaled(times: number, held: number): number {
  return times === 0 ? 0 : times * held;
}
