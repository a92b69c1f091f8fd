import { describe, expect, it } from 'vitest';
import { PREREQUISITES, readinessScorecard, type ScorecardEvidence } from './scorecard.js';

const nothing: ScorecardEvidence = {
  durationYears: null,
  objectives: 0,
  milestones: 0,
  partySides: { origin: false, destination: false },
  roles: new Set(),
  originRoles: new Set(),
  committedComponents: new Set(),
  occupations: 0,
  tracks: [],
  cohortSize: null,
  minWomenShare: null,
  labourMarketObservations: null,
  labourMarketPeriod: null,
  recognitionAgreements: 0,
  clauses: { recognition: 0, training: 0, cost_sharing: 0, protection: 0 },
  agreementsInForce: 0,
  costRules: null,
};

describe('readiness scorecard', () => {
  it('GIVEN no evidence and no assessment THEN every prerequisite is weak, with a recommendation per missing check', () => {
    const card = readinessScorecard(nothing, {});
    expect(card.overall).toBe(0);
    expect(card.prerequisites.map((p) => p.prerequisite)).toEqual([...PREREQUISITES]);
    for (const p of card.prerequisites) {
      expect(p.level).toBe('weak');
      expect(p.recommendations).toHaveLength(p.checks.length);
    }
  });

  it('GIVEN recognition evidence THEN skills recognition scores from it and recommends only what is missing', () => {
    const card = readinessScorecard(
      { ...nothing, recognitionAgreements: 2, clauses: { ...nothing.clauses, recognition: 1 } },
      {},
    );
    const recognition = card.prerequisites.find((p) => p.prerequisite === 'skills_recognition');
    expect(recognition).toMatchObject({ evidenceScore: 67, score: 67, level: 'partial' });
    expect(recognition?.recommendations).toEqual(['Involve a recognition body as a party.']);
  });

  it("GIVEN the coordinator's assessment THEN it is averaged with the evidence", () => {
    const card = readinessScorecard(nothing, { cost_sharing: { level: 4, note: 'Budget agreed' } });
    expect(card.prerequisites.find((p) => p.prerequisite === 'cost_sharing')).toMatchObject({
      evidenceScore: 0,
      score: 50,
      level: 'partial',
      assessment: { level: 4 },
    });
  });

  it('GIVEN observations of the corridor THEN the data check is met and the scorecard shows their count and months', () => {
    const card = readinessScorecard(
      {
        ...nothing,
        labourMarketObservations: 17_655,
        labourMarketPeriod: { from: '2019-01', to: '2025-12' },
      },
      {},
    );
    const data = card.prerequisites.find((p) => p.prerequisite === 'data')!;
    expect(data.checks.find((c) => c.key === 'labour_market_data')?.met).toBe(true);
    expect(card.labourMarket).toEqual({ observations: 17_655, from: '2019-01', to: '2025-12' });
    expect(readinessScorecard(nothing, {}).labourMarket).toEqual({
      observations: 0,
      from: null,
      to: null,
    });
  });
});
