import { describe, expect, it } from 'vitest';
import type { RecognitionPrediction } from '../recognition/prediction.js';
import { bestPrediction, predictionKeys } from './recognition-prediction.js';

const OCC = 'http://data.europa.eu/esco/occupation/o1';
const vacancy = { kind: 'vacancy' as const, country: 'BE', occupationUri: OCC };
const prediction = (
  qualificationId: string,
  outcome: RecognitionPrediction['outcome'],
  measures = 0,
) =>
  ({
    qualificationId,
    outcome,
    licenceRequired: false,
    measures: Array.from({ length: measures }, () => ({
      kind: 'aptitude_test' as const,
      skills: [],
    })),
    asOf: '2026-12-04',
  }) satisfies RecognitionPrediction;

describe('which pairs the engine predicts for', () => {
  it('GIVEN two catalogue qualifications and a vacancy THEN one key per qualification', () => {
    const keys = predictionKeys({ recognitions: [] }, ['q2', 'q1'], vacancy, '2026-12-04');
    expect(keys).toEqual([
      { qualificationId: 'q1', country: 'BE', occupationUri: OCC, asOf: '2026-12-04' },
      { qualificationId: 'q2', country: 'BE', occupationUri: OCC, asOf: '2026-12-04' },
    ]);
  });

  it.each([
    [
      'a case decided for that country',
      { recognitions: [{ country: 'BE', outcome: 'partial' as const }] },
      vacancy,
    ],
    ['a programme', { recognitions: [] }, { ...vacancy, kind: 'programme' as const }],
    ['a vacancy without occupation', { recognitions: [] }, { ...vacancy, occupationUri: null }],
  ])('GIVEN %s THEN no prediction is asked for', (_, candidate, opening) => {
    expect(predictionKeys(candidate, ['q1'], opening, '2026-12-04')).toEqual([]);
  });

  it('GIVEN a decision elsewhere THEN the destination is still predicted', () => {
    const candidate = { recognitions: [{ country: 'FR', outcome: 'recognised' as const }] };
    expect(predictionKeys(candidate, ['q1'], vacancy, '2026-12-04')).toHaveLength(1);
  });
});

describe('the best prediction of a person', () => {
  it('GIVEN several THEN the highest outcome, then the fewest measures, wins; unknowns are skipped', () => {
    expect(
      bestPrediction([null, prediction('a', 'partial', 2), prediction('b', 'partial', 1)])
        ?.qualificationId,
    ).toBe('b');
    expect(
      bestPrediction([prediction('a', 'partial'), prediction('b', 'recognised')])?.outcome,
    ).toBe('recognised');
    expect(bestPrediction([null])).toBeNull();
  });
});
