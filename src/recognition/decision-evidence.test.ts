import { describe, expect, it } from 'vitest';
import { decisionEvidence } from './decision-evidence.js';
import type { RecognitionOutcome } from './outcome.js';

const S = (n: number) => `http://data.europa.eu/esco/skill/s${n}`;
const evaluation = {
  coverage: {
    essential: [S(1), S(2), S(3)],
    covered: [
      { skillUri: S(2), evidence: 'certified' as const, source: 'qualification:q' },
      { skillUri: S(1), evidence: 'assessed' as const, source: 'rpl:a' },
    ],
    missing: [S(3)],
  },
};

describe('skills a recognition decision certifies', () => {
  it.each<[RecognitionOutcome, string[]]>([
    ['recognised', [S(1), S(2)]],
    ['partial', [S(1), S(2)]],
    ['licence_required', [S(1), S(2)]],
    ['not_recognised', []],
  ])('GIVEN the officer decides %s THEN the covered skills become certified', (outcome, uris) => {
    const raised = decisionEvidence('case-1', outcome, evaluation);
    expect(raised.map((s) => s.skillUri)).toEqual(uris);
    for (const s of raised)
      expect(s).toMatchObject({ evidence: 'certified', source: 'recognition:case-1' });
  });

  it('GIVEN a missing skill THEN a partial decision leaves it out (compensation closes it later)', () => {
    const raised = decisionEvidence('case-1', 'partial', evaluation).map((s) => s.skillUri);
    expect(raised).not.toContain(S(3));
  });

  it('GIVEN no recorded evaluation THEN nothing is certified', () => {
    expect(decisionEvidence('case-1', 'recognised', null)).toEqual([]);
  });
});
