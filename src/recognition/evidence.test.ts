import { describe, expect, it } from 'vitest';
import { applyAssessments, type EvidencedSkill, type RplAssessment } from './evidence.js';

const assessment = (over: Partial<RplAssessment>): RplAssessment => ({
  id: 'a1',
  personUserId: 'p1',
  assessor: 'centre',
  assessorCertifies: false,
  method: 'practical_demonstration',
  place: { country: 'MA', city: 'Casablanca', onsiteAbroad: true },
  date: '2025-03-01',
  results: [{ skillUri: 'debug', result: 'demonstrated' }],
  ...over,
});
const held = (evidence: EvidencedSkill['evidence']): EvidencedSkill[] => [
  { skillUri: 'debug', evidence, source: 'self' },
];

describe('RPL raises evidence: self_declared → assessed → certified', () => {
  it.each<[string, EvidencedSkill[], Partial<RplAssessment>, string]>([
    ['a demonstrated self-declared skill becomes assessed', held('self_declared'), {}, 'assessed'],
    ['a skill nobody declared becomes assessed', [], {}, 'assessed'],
    [
      'a certifying assessor certifies',
      held('self_declared'),
      { assessorCertifies: true },
      'certified',
    ],
    [
      'a failed assessment changes nothing',
      held('self_declared'),
      { results: [{ skillUri: 'debug', result: 'not_demonstrated' }] },
      'self_declared',
    ],
    [
      'partly demonstrated is not enough',
      held('self_declared'),
      { results: [{ skillUri: 'debug', result: 'partly_demonstrated' }] },
      'self_declared',
    ],
    ['a certified skill is never lowered', held('certified'), {}, 'certified'],
  ])('%s', (_, skills, over, expected) => {
    // The skill is kept (never dropped) and its evidence is the expected level.
    const result = applyAssessments(skills, [assessment(over)]);
    expect(result.map((s) => [s.skillUri, s.evidence])).toEqual([['debug', expected]]);
  });

  it('adds nothing for a skill nobody declared and the assessment did not demonstrate', () => {
    const over = { results: [{ skillUri: 'debug', result: 'not_demonstrated' as const }] };
    expect(applyAssessments([], [assessment(over)])).toEqual([]);
  });

  it('records the assessment as the source of the raised evidence', () => {
    expect(applyAssessments(held('self_declared'), [assessment({ id: 'asm-7' })])[0]?.source).toBe(
      'rpl:asm-7',
    );
  });
});
