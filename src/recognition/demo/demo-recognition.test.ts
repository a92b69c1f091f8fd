import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreement } from '../agreement.js';
import { DEFAULT_RULES } from '../rules.js';
import { validateQualification } from '../qualification.js';
import { recognizePerson } from '../recognize-person.js';
import { loadReferenceFrameworks } from '../reference-frameworks.loader.js';
import { validateFrameworks, validateReferencing } from '../referencing-validation.js';
import { occupationTarget, qualificationTarget } from '../target.js';
import { demoRecognitionData } from './demo-recognition.js';
import { ESSENTIAL_SKILLS, OCCUPATIONS } from './esco-ict.js';

const reference = loadReferenceFrameworks(path.resolve('reference'));
const data = demoRecognitionData(reference);
const context = (asOf = '2025-06-01') => ({
  asOf,
  registry: data.registry,
  agreements: data.agreements,
  catalogue: data.catalogue,
  rules: DEFAULT_RULES,
});
const byId = (id: string) => data.qualifications.find((q) => q.id === id)!;
const softwareDeveloper = (country: string) =>
  occupationTarget(
    country,
    OCCUPATIONS.softwareDeveloper,
    'software developer',
    ESSENTIAL_SKILLS[OCCUPATIONS.softwareDeveloper]!,
    data.requirements,
  );

describe('reference and demo recognition data', () => {
  it('ships the real EQF (8 levels with descriptors), the ACQF (10 levels) and the DQR and Irish NFQ referencing', () => {
    const eqf = reference.frameworks.find((f) => f.id === 'eqf')!;
    expect(eqf.levels).toHaveLength(8);
    expect(eqf.levels[6]!.descriptors.knowledge).toHaveLength(2);
    expect(reference.frameworks.find((f) => f.id === 'acqf')!.levels).toHaveLength(10);
    const ie8 = reference.referencing.find(
      (r) => r.fromFrameworkId === 'ie-nqf' && r.fromLevel === 8,
    )!;
    expect(ie8).toMatchObject({ toLevels: [6], confidence: 'medium' });
  });

  it('is consistent: frameworks, referencing, qualifications and agreements all validate', () => {
    expect(validateFrameworks(data.registry.frameworks)).toEqual([]);
    expect(validateReferencing(data.registry)).toEqual([]);
    for (const q of data.qualifications)
      expect(validateQualification(q, data.registry.frameworks)).toEqual([]);
    for (const a of data.agreements)
      expect(validateAgreement(a, data.registry.frameworks)).toEqual([]);
  });

  it('marks every demo framework and its referencing as demo', () => {
    const demo = data.registry.frameworks.filter(
      (f) => !['eqf', 'acqf', 'de-nqf', 'ie-nqf'].includes(f.id),
    );
    expect(demo.every((f) => f.demo)).toBe(true);
    const demoIds = new Set(demo.map((f) => f.id));
    expect(
      data.registry.referencing
        .filter((r) => demoIds.has(r.fromFrameworkId))
        .every((r) => r.confidence === 'demo'),
    ).toBe(true);
  });

  it('GIVEN the Moroccan ICT diploma WHEN aiming at software developer in Belgium THEN partial under the MA–BE agreement, with bridging modules', () => {
    const r = recognizePerson(
      { qualifications: [byId('ma-ts-developpement-digital')], skills: [], experience: [] },
      softwareDeveloper('BE'),
      context(),
    );
    expect(r.outcome).toBe('partial');
    expect(r.reasons[0]).toMatchObject({
      kind: 'agreement_applied',
      agreementId: 'ma-be-ict-2024',
    });
    expect(r.coverage.covered).toHaveLength(12);
    expect(r.measures[0]).toMatchObject({ kind: 'bridging_training' });
  });

  it('GIVEN a Belgian bachelor WHEN a returnee seeks the Moroccan diploma THEN the mutual agreement applies the other way (reverse recognition)', () => {
    const r = recognizePerson(
      { qualifications: [byId('be-bachelor-applied-informatics')], skills: [], experience: [] },
      qualificationTarget(byId('ma-ts-developpement-digital')),
      context(),
    );
    expect(r.reasons[0]).toMatchObject({
      kind: 'agreement_applied',
      agreementId: 'ma-be-ict-2024',
    });
  });

  it('GIVEN the Tunisian help desk diploma in Lithuania THEN recognised automatically', () => {
    const target = occupationTarget(
      'LT',
      OCCUPATIONS.ictHelpDeskAgent,
      'ICT help desk agent',
      ESSENTIAL_SKILLS[OCCUPATIONS.ictHelpDeskAgent]!,
      data.requirements,
    );
    expect(
      recognizePerson(
        { qualifications: [byId('tn-bts-support-informatique')], skills: [], experience: [] },
        target,
        context(),
      ).outcome,
    ).toBe('recognised');
  });
});
