import { describe, expect, it } from 'vitest';
import { blocksByMost, OccupationOverlaps } from './occupation-overlaps.js';
import { Interner } from './posting.js';
import { RowGroups, type GroupEntry } from './row-groups.js';
import type { SkillGraph } from './skill-graph.js';

const occupation = 'http://data.europa.eu/esco/occupation/o';
const skill = (i: number) => `http://data.europa.eu/esco/skill/s${i}`;
const graph = {
  occupations: new Map([[occupation, { essential: [skill(0), skill(1)], optional: [skill(2)] }]]),
  specificity: () => 1,
} as unknown as Pick<SkillGraph, 'occupations' | 'specificity'>;

describe('occupation overlaps', () => {
  it('keep per block the most any person holds of the occupation, and the blocks in that order', () => {
    const skills = new Interner();
    const entry = (slot: number, held: number[]): GroupEntry => ({
      key: 'people',
      shard: 0,
      slot,
      // Code 2: certified, which the overlaps count in full like every other code.
      skills: { terms: held.map((i) => skills.id(skill(i))), kinds: held.map(() => 2) },
    });
    // Blocks of 2 rows; every skill held by 1 row in 1 gets a bit.
    const rows = new RowGroups(1, true, 2, 1);
    rows.addAll([
      entry(0, [0]),
      entry(1, [5]),
      entry(2, [0, 1]),
      entry(3, [0, 1, 2]),
      entry(4, []),
    ]);
    const overlaps = new OccupationOverlaps(graph, skills);
    const held = overlaps.of(occupation, rows)!;
    const group = rows.groups[0]!;
    const most = [...held.blockMost[0]!.subarray(0, group.blocks)];
    // Each skill counts 1000 units at specificity 1; the person holding all three leads.
    expect(held.most[0]).toBe(3000);
    expect(Math.max(...most)).toBe(3000);
    const order = [...blocksByMost(held, 0, group.blocks)];
    expect(order.map((b) => most[b])).toEqual([...most].sort((a, b) => b - a));

    // A person added to the last block, which had room, holding every skill: it comes first.
    const last = group.blocks - 1;
    const added = entry(5, [0, 1, 2]);
    rows.add(added);
    expect(group.blocks - 1).toBe(last);
    overlaps.noteRow(0, last, added.skills.terms);
    expect(held.blockMost[0]![last]).toBe(3000);
    const now = [...blocksByMost(held, 0, group.blocks)].map((b) => held.blockMost[0]![b]!);
    expect(now).toEqual([...now].sort((a, b) => b - a));
    expect(now.filter((m) => m === 3000)).toHaveLength(2);
  });
});
