import { describe, expect, it } from 'vitest';
import { framework, refer } from './engine.fixtures.js';
import type { FrameworkRegistry } from './framework.js';
import { compareLevels } from './level-comparison.js';

// The IE row follows the real NFQ → EQF mapping (reference/eqf/nqf-referencing-facts.json).
const ie = [
  [1, 1],
  [2, 1],
  [3, 2],
  [4, 3],
  [5, 4],
  [6, 5],
  [7, 6],
  [8, 6],
  [9, 7],
  [10, 8],
] as const;
const registry: FrameworkRegistry = {
  frameworks: [
    framework('eqf', 8),
    framework('dqr', 8, 'DE'),
    framework('ie-nfq', 10, 'IE'),
    framework('acqf', 10),
    framework('sn', 8, 'SN'),
  ],
  referencing: [
    ...Array.from({ length: 8 }, (_, i) => refer('dqr', i + 1, 'eqf', [i + 1])),
    ...ie.map(([n, e]) => ({ ...refer('ie-nfq', n, 'eqf', [e]), confidence: 'medium' as const })),
    refer('sn', 4, 'acqf', [4]),
  ],
};

describe('level comparison through referencing', () => {
  it.each([
    [
      'dqr 4 vs ie-nfq 5',
      { frameworkId: 'dqr', level: 4 },
      { frameworkId: 'ie-nfq', level: 5 },
      'equal',
      0,
    ],
    [
      'ie-nfq 8 vs dqr 6',
      { frameworkId: 'ie-nfq', level: 8 },
      { frameworkId: 'dqr', level: 6 },
      'equal',
      0,
    ],
    [
      'dqr 3 vs ie-nfq 6',
      { frameworkId: 'dqr', level: 3 },
      { frameworkId: 'ie-nfq', level: 6 },
      'lower',
      2,
    ],
    [
      'dqr 7 vs eqf 6',
      { frameworkId: 'dqr', level: 7 },
      { frameworkId: 'eqf', level: 6 },
      'higher',
      0,
    ],
    [
      'sn 4 vs dqr 4 (no common framework)',
      { frameworkId: 'sn', level: 4 },
      { frameworkId: 'dqr', level: 4 },
      'incomparable',
      0,
    ],
  ])('%s → %s', (_, from, to, relation, shortfall) => {
    const c = compareLevels(from, to, registry);
    expect(c.relation).toBe(relation);
    expect(c.shortfall).toBe(shortfall);
  });

  it('reports the weakest confidence along the path', () => {
    const c = compareLevels(
      { frameworkId: 'dqr', level: 4 },
      { frameworkId: 'ie-nfq', level: 5 },
      registry,
    );
    expect(c.via).toBe('eqf');
    expect(c.confidence).toBe('medium');
    expect(c.steps).toHaveLength(2);
  });

  it('compares levels of one framework directly', () => {
    const c = compareLevels(
      { frameworkId: 'acqf', level: 5 },
      { frameworkId: 'acqf', level: 6 },
      registry,
    );
    expect(c).toMatchObject({ relation: 'lower', via: 'acqf', shortfall: 1, steps: [] });
  });
});
