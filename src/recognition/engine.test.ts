import { describe, expect, it } from 'vitest';
import { S, agreement, beTarget, context, maDiploma } from './engine.fixtures.js';
import type { EvidencedSkill } from './evidence.js';
import type { RecognitionReason } from './outcome.js';
import type { Qualification } from './qualification.js';
import { recognizePerson, type PersonRecord } from './recognize-person.js';
import type { RecognitionTarget } from './target.js';

const person = (over: Partial<PersonRecord> = {}): PersonRecord => ({
  qualifications: [maDiploma],
  skills: [],
  experience: [],
  ...over,
});
const atLevel = (level: number): Qualification => ({
  ...maDiploma,
  level: { frameworkId: 'ma-nqf', level },
});
const certified = (...uris: string[]): EvidencedSkill[] =>
  uris.map((skillUri) => ({ skillUri, evidence: 'certified', source: 'test' }));
const reason = <K extends RecognitionReason['kind']>(reasons: RecognitionReason[], kind: K) =>
  reasons.find((r): r is Extract<RecognitionReason, { kind: K }> => r.kind === kind);

describe('recognition engine', () => {
  it('GIVEN the right level and 3 of 5 essential skills THEN partial, with the cheapest bridging training', () => {
    const r = recognizePerson(person(), beTarget, context());
    expect(r.outcome).toBe('partial');
    expect(r.coverage.missing).toEqual([S(4), S(5)]);
    expect(r.measures).toEqual([
      { kind: 'bridging_training', moduleIds: ['m-ab'], skills: [S(4), S(5)], cost: 500 },
    ]);
    expect(reason(r.reasons, 'no_agreement')).toBeDefined();
    expect(reason(r.reasons, 'level_comparison')?.comparison.relation).toBe('equal');
  });

  it('GIVEN every essential skill THEN recognised', () => {
    expect(
      recognizePerson(person({ skills: certified(S(4), S(5)) }), beTarget, context()).outcome,
    ).toBe('recognised');
  });

  it('GIVEN a regulated target and every skill THEN licence required, naming the authority', () => {
    const target: RecognitionTarget = {
      ...beTarget,
      regulated: true,
      competentAuthority: 'BE health ministry',
    };
    const r = recognizePerson(person({ skills: certified(S(4), S(5)) }), target, context());
    expect(r.outcome).toBe('licence_required');
    expect(reason(r.reasons, 'licence_required')?.competentAuthority).toBe('BE health ministry');
  });

  it('GIVEN a regulated target with gaps THEN partial, and the licence is still flagged', () => {
    const r = recognizePerson(person(), { ...beTarget, regulated: true }, context());
    expect(r).toMatchObject({ outcome: 'partial', licenceRequired: true });
  });

  it.each([
    ['two levels below', 3, 0, 'not_recognised', false],
    ['one level below, little experience', 4, 12, 'not_recognised', false],
    ['one level below, 36 months in the occupation', 4, 36, 'partial', true],
  ])('GIVEN %s THEN %s', (_, level, months, outcome, offsets) => {
    const experience = months
      ? [{ occupation: beTarget.occupations[0]!, country: 'MA', months }]
      : [];
    const r = recognizePerson(
      person({ qualifications: [atLevel(level)], experience }),
      beTarget,
      context(),
    );
    expect(r.outcome).toBe(outcome);
    expect(reason(r.reasons, 'experience_counted')?.offsetsShortfall ?? false).toBe(offsets);
  });

  it('GIVEN under half the essential skills THEN not recognised without agreement, partial with a conditional one', () => {
    const weak = { ...maDiploma, learningOutcomes: [S(1), S(2)] };
    expect(recognizePerson(person({ qualifications: [weak] }), beTarget, context()).outcome).toBe(
      'not_recognised',
    );
    const r = recognizePerson(
      person({ qualifications: [weak] }),
      beTarget,
      context({ agreements: [agreement()] }),
    );
    expect(r.outcome).toBe('partial');
    expect(reason(r.reasons, 'agreement_applied')).toMatchObject({
      agreementId: 'ma-be-ict',
      mode: 'conditional',
    });
  });

  it('GIVEN an automatic agreement THEN recognised despite gaps', () => {
    const automatic = agreement({ mode: 'automatic', measures: [] });
    expect(recognizePerson(person(), beTarget, context({ agreements: [automatic] })).outcome).toBe(
      'recognised',
    );
  });

  it('GIVEN an expired agreement THEN the general rules apply', () => {
    const r = recognizePerson(
      person(),
      beTarget,
      context({ agreements: [agreement()], asOf: '2030-01-01' }),
    );
    expect(reason(r.reasons, 'no_agreement')).toBeDefined();
  });

  it('GIVEN a missing skill the person only self-declares THEN an aptitude test for it, training for the rest', () => {
    const skills: EvidencedSkill[] = [
      { skillUri: S(4), evidence: 'self_declared', source: 'self' },
    ];
    const r = recognizePerson(person({ skills }), beTarget, context());
    expect(r.measures).toEqual([
      { kind: 'bridging_training', moduleIds: ['m-b'], skills: [S(5)], cost: 300 },
      { kind: 'aptitude_test', skills: [S(4)] },
    ]);
  });

  it('GIVEN a skill no module teaches THEN an adaptation period, and the plan says no cover exists', () => {
    const target = { ...beTarget, essentialSkills: [...beTarget.essentialSkills, S(99)] };
    const r = recognizePerson(person(), target, context());
    expect(r.measures).toContainEqual({ kind: 'adaptation_period', months: 6, skills: [S(99)] });
    expect(reason(r.reasons, 'compensation')?.plan.coverExists).toBe(false);
  });

  it('GIVEN an agreement allowing only bridging training and a skill no module teaches THEN it is left unclosed', () => {
    const target = { ...beTarget, essentialSkills: [...beTarget.essentialSkills, S(99)] };
    const r = recognizePerson(
      person(),
      target,
      context({ agreements: [agreement({ measures: ['bridging_training'] })] }),
    );
    expect(reason(r.reasons, 'compensation')?.unclosed).toEqual([S(99)]);
  });

  it('GIVEN no qualification but RPL-assessed skills THEN partial with an aptitude test', () => {
    const skills = beTarget.essentialSkills.map((skillUri) => ({
      skillUri,
      evidence: 'assessed' as const,
      source: 'rpl:a1',
    }));
    const r = recognizePerson(person({ qualifications: [], skills }), beTarget, context());
    expect(r.outcome).toBe('partial');
    expect(r.qualificationId).toBeUndefined();
    expect(r.measures).toEqual([{ kind: 'aptitude_test', skills: [] }]);
  });

  it('GIVEN a level with no referencing path to the required one THEN not recognised', () => {
    const orphan = { ...maDiploma, level: { frameworkId: 'orphan', level: 1 } };
    const r = recognizePerson(person({ qualifications: [orphan] }), beTarget, context());
    expect(r.outcome).toBe('not_recognised');
    expect(reason(r.reasons, 'level_comparison')?.comparison.relation).toBe('incomparable');
  });

  it('GIVEN a return home THEN the qualification gained abroad is judged by the same engine (reverse recognition)', () => {
    const beBachelor: Qualification = {
      ...maDiploma,
      id: 'be-ba',
      country: 'BE',
      awardingBody: 'be-uni',
      level: { frameworkId: 'be-nqf', level: 6 },
      learningOutcomes: [S(1), S(2), S(3), S(4), S(5)],
    };
    const home: RecognitionTarget = {
      ...beTarget,
      country: 'MA',
      requiredLevel: { frameworkId: 'ma-nqf', level: 5 },
    };
    const r = recognizePerson(
      person({ qualifications: [beBachelor] }),
      home,
      context({ agreements: [agreement()] }),
    );
    expect(r.outcome).toBe('recognised');
    expect(reason(r.reasons, 'agreement_applied')?.direction).toBe('mutual');
  });

  it('records the rules version, the date and every basis considered', () => {
    const r = recognizePerson(person(), beTarget, context());
    expect(r).toMatchObject({ asOf: '2025-06-01', rulesVersion: 'recognition-rules-1' });
    expect(r.considered).toEqual([
      { outcome: 'not_recognised' },
      { qualificationId: 'ma-ict', outcome: 'partial' },
    ]);
  });
});
