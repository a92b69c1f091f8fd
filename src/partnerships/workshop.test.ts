import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertFirstScore,
  criteriaViolations,
  ideaToDraft,
  ideaViolations,
  rankIdeas,
  scoreViolations,
  type Criterion,
  type Idea,
  type IdeaScore,
} from './workshop.js';

const criteria: Criterion[] = [
  { key: 'relevance', label: 'Relevance to labour needs', weight: 2 },
  { key: 'feasibility', label: 'Feasibility', weight: 1 },
];
const idea = (id: string, title: string): Idea => ({
  id,
  delegationId: 'd-sn-gov',
  title,
  summary: '',
  origin: 'SN',
  destination: 'MR',
  occupations: ['7112'],
  tracks: ['home', 'away'],
});
const ideas = [idea('i1', 'Masons'), idea('i2', 'Solar technicians'), idea('i3', 'Fishers')];
const score = (
  ideaId: string,
  participantId: string,
  relevance: number,
  feasibility: number,
): IdeaScore => ({
  ideaId,
  participantId,
  scores: { relevance, feasibility },
});

describe('workshop scoring', () => {
  it('GIVEN declared criteria THEN a score must give every criterion a whole number from 0 to 5', () => {
    expect(scoreViolations({ relevance: 4, feasibility: 5 }, criteria)).toEqual([]);
    expect(scoreViolations({ relevance: 6, extra: 1 }, criteria).map((v) => v.field)).toEqual([
      'scores.relevance',
      'scores.feasibility',
      'scores.extra',
    ]);
  });

  it('GIVEN criteria with a repeated key or no weight THEN they are refused', () => {
    expect(
      criteriaViolations([...criteria, { key: 'relevance', label: 'again', weight: 0 }]).map(
        (v) => v.field,
      ),
    ).toEqual(['criteria.2.key', 'criteria.2.weight']);
    expect(criteriaViolations([])).toHaveLength(1);
  });

  it('GIVEN a participant already scored an idea WHEN they score it again THEN it is a conflict', () => {
    const existing = [score('i1', 'u1', 3, 3)];
    expect(() => assertFirstScore(existing, 'i1', 'u1')).toThrow(
      expect.objectContaining({ code: 'workshop.duplicate_score' }),
    );
    expect(() => assertFirstScore(existing, 'i2', 'u1')).not.toThrow();
  });

  it('GIVEN scores THEN ideas rank by weighted mean, unscored ideas last', () => {
    const ranking = rankIdeas(criteria, ideas, [
      score('i1', 'u1', 2, 5),
      score('i2', 'u1', 5, 2),
      score('i2', 'u2', 4, 2),
    ]);
    expect(
      ranking.map((r) => [
        r.ideaId,
        r.weighted === null ? null : Number(r.weighted.toFixed(2)),
        r.rank,
      ]),
    ).toEqual([
      ['i2', 3.67, 1],
      ['i1', 3, 2],
      ['i3', null, 3],
    ]);
  });

  it('GIVEN any scores THEN a weighted mean stays within 0..5 and raising a score never lowers its idea', () => {
    const value = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 8 }),
        value,
        (pairs, bump) => {
          const scores = pairs.map(([r, f], i) => score('i1', `u${i}`, r, f));
          const before = rankIdeas(criteria, ideas, scores)[0]?.weighted ?? 0;
          expect(before).toBeGreaterThanOrEqual(0);
          expect(before).toBeLessThanOrEqual(5);
          const first = scores[0] as IdeaScore;
          const raised = [
            {
              ...first,
              scores: { ...first.scores, relevance: Math.max(first.scores.relevance ?? 0, bump) },
            },
            ...scores.slice(1),
          ];
          const after = rankIdeas(criteria, [ideas[0] as Idea], raised)[0]?.weighted ?? 0;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('GIVEN a winning idea THEN it becomes a draft bilateral partnership with the delegations of its countries as parties and a first plan', () => {
    const delegations = [
      {
        id: 'd-sn-gov',
        country: 'SN',
        constituency: 'government' as const,
        organisationId: 'sn-ministry',
      },
      {
        id: 'd-mr-wrk',
        country: 'MR',
        constituency: 'workers' as const,
        organisationId: 'mr-union',
      },
      {
        id: 'd-ng-emp',
        country: 'NG',
        constituency: 'employers' as const,
        organisationId: 'ng-employers',
      },
    ];
    const { draft, plan } = ideaToDraft(ideas[0] as Idea, delegations, '2026-03-10', {
      objective: 'o',
      actions: ['a1', 'a2'],
      milestone: 'm',
    });
    expect(draft).toMatchObject({
      status: 'draft',
      type: 'bilateral',
      corridors: [{ origin: 'SN', destination: 'MR' }],
    });
    expect(draft.parties.map((p) => [p.organisationId, p.role])).toEqual([
      ['sn-ministry', 'signatory'],
      ['mr-union', 'workers_representative'],
    ]);
    expect(plan.actions.map((a) => [a.ownerOrganisationId, a.deadline])).toEqual([
      ['sn-ministry', '2026-05-09'],
      ['sn-ministry', '2026-07-08'],
    ]);
  });
});

describe('idea rules', () => {
  it.each([
    { origin: 'TN', destination: 'IT', occupations: ['2512'], fields: [] },
    { origin: 'TN', destination: 'tn', occupations: ['2512'], fields: ['destination'] },
    { origin: 'TN', destination: 'IT', occupations: ['abc', '2512'], fields: ['occupations.0'] },
    {
      origin: 'MA',
      destination: 'BE',
      occupations: ['http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1'],
      fields: [],
    },
  ])(
    'GIVEN an idea $origin → $destination for $occupations THEN the refused fields are $fields',
    ({ fields, ...idea }) => {
      expect(ideaViolations(idea).map((v) => v.field)).toEqual(fields);
    },
  );
});
