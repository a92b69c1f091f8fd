import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idfCosineRanking, jaccardRanking } from '../../bench/occupation-baselines.js';
import {
  buildOccupationRanker,
  rankOccupations,
  type OccupationRankingOptions,
  type RankedOccupation,
} from './occupation-ranking.js';
import { buildSkillGraph, type SkillGraphInput } from './skill-graph.js';

const skill = (name: string) => `http://data.europa.eu/esco/skill/${name}`;
const occupation = (name: string) => `http://data.europa.eu/esco/occupation/${name}`;

/** Health, welding and kitchen occupations sharing a few generic skills. */
const profiles: Record<string, { isco: string; essential: string[]; optional: string[] }> = {
  nurse: {
    isco: '2221',
    essential: ['patient-care', 'wound-care', 'medication'],
    optional: ['communication'],
  },
  'nurse-specialist': {
    isco: '2221',
    essential: ['patient-care', 'medication', 'triage'],
    optional: ['communication'],
  },
  midwife: {
    isco: '2222',
    essential: ['patient-care', 'childbirth', 'prenatal-care'],
    optional: ['communication'],
  },
  welder: {
    isco: '7212',
    essential: ['welding', 'metal-cutting', 'safety'],
    optional: ['communication'],
  },
  electrician: {
    isco: '7411',
    essential: ['wiring', 'safety', 'circuits'],
    optional: ['teamwork'],
  },
  cook: {
    isco: '5120',
    essential: ['cooking', 'hygiene'],
    optional: ['teamwork', 'communication'],
  },
};

function inputOf(p: typeof profiles): SkillGraphInput {
  return {
    occupations: Object.entries(p).map(([name, o]) => ({
      uri: occupation(name),
      iscoCode: o.isco,
    })),
    relations: Object.entries(p).flatMap(([name, o]) => [
      ...o.essential.map((s) => ({
        occupationUri: occupation(name),
        skillUri: skill(s),
        relation: 'essential' as const,
      })),
      ...o.optional.map((s) => ({
        occupationUri: occupation(name),
        skillUri: skill(s),
        relation: 'optional' as const,
      })),
    ]),
    skillBroader: [{ uri: skill('arc-welding'), broaderUri: skill('welding') }],
  };
}

const graph = buildSkillGraph(inputOf(profiles));
const allSkills = [
  ...new Set(Object.values(profiles).flatMap((o) => [...o.essential, ...o.optional])),
];
const variants: OccupationRankingOptions[] = [
  {},
  { essentialWeight: 3 },
  { hierarchyCredit: 0.5 },
  { iscoSmoothing: 0.4 },
  { noiseRatio: 0.1, hierarchyCredit: 1, iscoSmoothing: 0.9 },
];

const scoreOf = (ranking: RankedOccupation[], name: string) =>
  ranking.find((r) => r.uri === occupation(name))!.score;

describe('occupation ranking', () => {
  it.each(variants)('GIVEN an occupation’s full skill set THEN it ranks first (%o)', (options) => {
    const rank = buildOccupationRanker(graph, options);
    for (const [name, o] of Object.entries(profiles)) {
      const ranking = rank([...o.essential, ...o.optional].map(skill));
      expect(ranking[0]!.uri).toBe(occupation(name));
      expect(ranking[0]!.score).toBeGreaterThan(ranking[1]!.score);
    }
  });

  it('GIVEN any held skills WHEN an essential skill of X is added THEN X’s score never drops', () => {
    const rankers = variants.map((o) => buildOccupationRanker(graph, o));
    const names = Object.keys(profiles);
    fc.assert(
      fc.property(
        fc.subarray([...allSkills, 'arc-welding', 'unknown']),
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom(...rankers.keys()),
        (held, name, pick, variant) => {
          const essential = profiles[name]!.essential;
          const added = essential[pick % essential.length]!;
          const rank = rankers[variant]!;
          const before = scoreOf(rank(held.map(skill)), name);
          const after = scoreOf(rank([...held, added].map(skill)), name);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('GIVEN one held skill THEN a specific skill of X weighs more than a generic one', () => {
    const rank = buildOccupationRanker(graph);
    // Both essential for the welder; safety is also named by the electrician.
    expect(scoreOf(rank([skill('welding')]), 'welder')).toBeGreaterThan(
      scoreOf(rank([skill('safety')]), 'welder'),
    );
  });

  it('GIVEN tied scores THEN occupations are ordered by uri, whatever the input order', () => {
    const twins = buildSkillGraph(
      inputOf({ ...profiles, 'welder-b': profiles.welder!, 'welder-a': profiles.welder! }),
    );
    const held = ['welding', 'safety'].map(skill);
    const ranking = rankOccupations(twins, held);
    expect(ranking.slice(0, 3).map((r) => r.uri)).toEqual(
      ['welder', 'welder-a', 'welder-b'].map(occupation),
    );
    expect(rankOccupations(twins, [...held].reverse())).toEqual(ranking);
    const none = rankOccupations(twins, []);
    expect(none.map((r) => r.uri)).toEqual(none.map((r) => r.uri).sort());
  });

  it.each(variants)('GIVEN one ranker used repeatedly THEN calls do not leak (%o)', (options) => {
    const rank = buildOccupationRanker(graph, options);
    const first = rank([skill('wound-care'), skill('safety')]);
    rank([skill('cooking'), skill('communication'), skill('arc-welding')]);
    expect(rank([skill('safety'), skill('wound-care')])).toEqual(first);
    expect(first).toHaveLength(Object.keys(profiles).length);
  });

  it('GIVEN a skill nobody names THEN no score changes', () => {
    const rank = buildOccupationRanker(graph);
    const held = [skill('cooking'), skill('teamwork')];
    expect(rank([...held, skill('unknown')])).toEqual(rank(held));
  });

  it('GIVEN a narrower skill of a required one THEN hierarchy credit gives partial evidence', () => {
    const exact = buildOccupationRanker(graph);
    const withCredit = buildOccupationRanker(graph, { hierarchyCredit: 0.5 });
    expect(scoreOf(exact([skill('arc-welding')]), 'welder')).toBe(0);
    const partial = scoreOf(withCredit([skill('arc-welding')]), 'welder');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(scoreOf(withCredit([skill('welding')]), 'welder'));
  });

  it('GIVEN ISCO smoothing THEN a unit-group sibling gets some but less credit', () => {
    const rank = buildOccupationRanker(graph, { iscoSmoothing: 0.3 });
    const ranking = rank([skill('wound-care')]);
    expect(scoreOf(ranking, 'nurse-specialist')).toBeGreaterThan(0);
    expect(scoreOf(ranking, 'nurse')).toBeGreaterThan(scoreOf(ranking, 'nurse-specialist'));
    expect(scoreOf(ranking, 'midwife')).toBe(0);
  });

  it.each([
    [{ essentialWeight: 0 }, 'essentialWeight'],
    [{ optionalWeight: -1 }, 'optionalWeight'],
    [{ hierarchyCredit: 2 }, 'hierarchyCredit'],
    [{ iscoSmoothing: 1 }, 'iscoSmoothing'],
    [{ noiseRatio: Number.NaN }, 'noiseRatio'],
  ])('GIVEN bad options %o THEN the error names %s', (options, field) => {
    expect(() => buildOccupationRanker(graph, options)).toThrow(field);
  });
});

describe('baselines', () => {
  it.each([
    ['jaccard', jaccardRanking],
    ['idf-cosine', idfCosineRanking],
  ])('%s scores an occupation’s own skill set 1 and ranks it first', (_, baseline) => {
    const rank = baseline(graph);
    for (const [name, o] of Object.entries(profiles)) {
      const ranking = rank([...o.essential, ...o.optional].map(skill));
      expect(ranking[0]).toEqual({ uri: occupation(name), score: expect.closeTo(1, 9) });
    }
  });
});
