import { describe, expect, it } from 'vitest';
import { candidateProfileSchema } from '../candidates/candidate-profile.js';
import { emptyDraft } from './candidate-draft.js';
import { importedProfile } from './imported-profile.js';

const SKILL = 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7';
const held = candidateProfileSchema.parse({
  name: 'Amina',
  residenceCountry: 'MA',
  nationality: 'MA',
  skills: [{ uri: SKILL, evidence: 'certified', source: 'certificate' }],
  languages: [{ tag: 'ar', native: true }],
  qualifications: [{ title: 'Technicien', awardedOn: '2019-07-01' }],
  experience: [{ title: 'Electrician', employer: 'Atlas', formal: true }],
});

describe('importedProfile', () => {
  it('GIVEN a stored profile WHEN an empty CV is imported THEN nothing held is lost', () => {
    const result = candidateProfileSchema.parse(importedProfile(held, {}, emptyDraft()));
    expect(result).toEqual(held);
  });

  it('GIVEN a CV repeating held entries and adding new ones THEN only the new ones are appended and evidence is not downgraded', () => {
    const draft = {
      ...emptyDraft(),
      name: 'Amina B.',
      skills: [{ uri: SKILL, evidence: 'self_declared' as const, source: 'import' }],
      languages: [
        { tag: 'ar', native: false },
        { tag: 'fr', native: false, reading: 'B2' as const },
      ],
      qualifications: [{ title: 'technicien', awardedOn: '2019-07-01' }],
      experience: [
        { title: 'Electrician', employer: 'Atlas', formal: true },
        { title: 'Welder', formal: false },
      ],
    };
    const result = candidateProfileSchema.parse(importedProfile(held, {}, draft));
    expect(result.name).toBe('Amina B.');
    expect(result.skills).toEqual(held.skills);
    expect(result.languages.map((l) => l.tag)).toEqual(['ar', 'fr']);
    expect(result.qualifications).toHaveLength(1);
    expect(result.experience.map((e) => e.title)).toEqual(['Electrician', 'Welder']);
  });

  it('GIVEN no stored profile THEN the fill completes what the CV lacks but does not override it', () => {
    const draft = { ...emptyDraft(), name: 'Amina', residenceCountry: 'SN' };
    expect(
      importedProfile(undefined, { residenceCountry: 'MA', nationality: 'MA' }, draft),
    ).toMatchObject({
      name: 'Amina',
      residenceCountry: 'SN',
      nationality: 'MA',
    });
  });
});
