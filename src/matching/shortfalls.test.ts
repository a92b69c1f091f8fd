import { describe, expect, it } from 'vitest';
import { Interner, Posting } from './posting.js';
import { Shortfalls } from './shortfalls.js';
import { UNIT } from './skill-credit.js';
import { SkillRows } from './skill-rows.js';
import { TermCredits } from './term-credits.js';

const uri = (name: string) => `http://data.europa.eu/esco/skill/${name}`;
const specificity: Record<string, number> = { a: 0.5, b: 0.9, c: 0.5, d: 0.2, e: 0.9, f: 0.7 };

function world() {
  const skills = new Interner();
  for (const name of Object.keys(specificity)) skills.id(uri(name));
  const graph = {
    specificity: (u: string) => specificity[u.split('/').pop()!] ?? 0,
    broader: new Map<string, string[]>(),
    narrower: new Map<string, string[]>(),
  };
  const term = (name: string) => skills.find(uri(name))!;
  // a, b, c, d in the vocabulary; e and f in overflow lists only (d in both).
  const rows = new SkillRows(['a', 'b', 'c', 'd'].map(term), 2);
  for (const name of ['e', 'f', 'd']) rows.overflow.set(term(name), new Posting());
  return { credits: new TermCredits(skills, graph), rows, term };
}

describe('a group’s shortfalls for a person', () => {
  it('lists the skills short on anything, most units short first, ties by term, each once', () => {
    const { credits, rows, term } = world();
    // b held in full (no shortfall), e self-declared (short by its discount).
    credits.compute(
      {
        skills: new Map([
          [uri('b'), 'certified'],
          [uri('e'), 'self_declared'],
        ]),
      },
      { evidence: 1, partialSkill: 0.5 },
    );
    const shortfalls = new Shortfalls();
    expect(shortfalls.ready).toBe(false);
    shortfalls.fill(rows, credits);
    expect(shortfalls.ready).toBe(true);
    const listed = Array.from({ length: shortfalls.length }, (_, i) => ({
      units: shortfalls.unitsAt(i),
      term: shortfalls.termAt(i),
      position: shortfalls.positionAt(i),
    }));
    const e = UNIT * 0.9 * UNIT - credits.get(term('e'));
    expect(e).toBeGreaterThan(0);
    const expected = [
      { name: 'f', units: 0.7 * UNIT * UNIT, position: -1 },
      { name: 'a', units: 0.5 * UNIT * UNIT, position: 0 },
      { name: 'c', units: 0.5 * UNIT * UNIT, position: 2 },
      { name: 'e', units: e, position: -1 },
      { name: 'd', units: 0.2 * UNIT * UNIT, position: 3 },
    ].sort((x, y) => y.units - x.units || term(x.name) - term(y.name));
    expect(listed).toEqual(
      expected.map((s) => ({ units: s.units, term: term(s.name), position: s.position })),
    );
    shortfalls.reset();
    expect(shortfalls.ready).toBe(false);
  });
});
