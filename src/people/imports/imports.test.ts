import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateProfileSchema } from '../candidates/candidate-profile.js';
import { importEuropassXml } from './europass-xml.import.js';
import type { ImportVocabulary } from './import-vocabulary.js';
import { importJobPosting } from './jobposting.import.js';
import { exportJsonResume } from './json-resume.export.js';
import { importJsonResume } from './json-resume.import.js';
import { fixture, realVocabulary } from './imports.test-support.js';

let vocabulary: ImportVocabulary;
beforeAll(async () => {
  vocabulary = await realVocabulary();
});
const json = (name: string): unknown => JSON.parse(fs.readFileSync(fixture(name), 'utf8'));
const text = (name: string) => fs.readFileSync(fixture(name), 'utf8');
const JAVASCRIPT = 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7';

describe('JSON Resume → candidate', () => {
  it('GIVEN the complete sample THEN it maps basics, work, education, skills and languages', () => {
    const { draft, report } = importJsonResume(
      json('jsonresume-org_sample-data_complete-resume.json'),
      vocabulary,
    );
    expect(draft).toMatchObject({ name: 'Jane Developer', residenceCountry: 'US' });
    expect(draft.experience.length).toBeGreaterThanOrEqual(2);
    expect(draft.experience[0]).toMatchObject({
      employer: 'TechCorp Inc',
      startDate: '2021-03-01',
      formal: true,
    });
    expect(draft.languages).toContainEqual(expect.objectContaining({ tag: 'en', native: true }));
    expect(draft.languages).toContainEqual(expect.objectContaining({ tag: 'es', speaking: 'B2' }));
    expect(draft.skills.length).toBeGreaterThan(3);
    expect(draft.skills.every((s) => s.evidence === 'self_declared')).toBe(true);
    expect(report.mapped).toContain('basics.name');
    expect(report.unmapped).toContainEqual(expect.objectContaining({ path: 'publications' }));
    expect(report.unmapped).toContainEqual(expect.objectContaining({ path: 'basics.email' }));
  });

  it('GIVEN legacy 0.x field names (company, website) THEN they are read too', () => {
    const { draft } = importJsonResume(
      json('fresh-test-resumes_jrs_jane-fullstacker.json'),
      vocabulary,
    );
    expect(draft.experience[0]).toMatchObject({ employer: 'Area 52', startDate: '2013-09-01' });
  });

  it('GIVEN a résumé of empty strings THEN it imports nothing and does not fail', () => {
    const { draft } = importJsonResume(json('fresh-test-resumes_jrs_empty.json'), vocabulary);
    expect(draft.experience).toEqual([]);
    expect(draft.name).toBeUndefined();
  });

  it('GIVEN a bad date THEN the error names its path in the document', () => {
    const doc = { work: [{ name: 'A' }, { name: 'B' }, { name: 'C', startDate: 'last spring' }] };
    expect(() => importJsonResume(doc, vocabulary)).toThrow(
      expect.objectContaining({
        code: 'people.import_malformed',
        fields: [expect.objectContaining({ field: 'work[2].startDate' })],
      }),
    );
  });

  it('GIVEN something that is not a résumé THEN it is refused', () => {
    expect(() => importJsonResume([1, 2], vocabulary)).toThrow(/\$ must be a JSON object/);
    expect(() => importJsonResume({ work: 'lots' }, vocabulary)).toThrow(/work must be an array/);
  });

  it('GIVEN an export THEN importing it back gives the same experience and languages', () => {
    const { draft } = importJsonResume(
      json('jsonresume-org_sample-data_complete-resume.json'),
      vocabulary,
    );
    const profile = candidateProfileSchema.parse({ ...draft, nationality: 'US' });
    const again = importJsonResume(
      exportJsonResume(profile, () => undefined),
      vocabulary,
    ).draft;
    expect(again.experience.map((e) => e.startDate)).toEqual(
      profile.experience.map((e) => e.startDate),
    );
    expect(again.languages.map((l) => l.tag)).toEqual(profile.languages.map((l) => l.tag));
  });
});

describe('Europass XML → candidate', () => {
  it('GIVEN the classic SkillsPassport v3.4 example THEN identity, work, education and the CEFR grid map', () => {
    const { draft, report } = importEuropassXml(
      text('cedefop-ewa_Europass_CV_V3.4.0_Example.xml'),
      vocabulary,
    );
    expect(draft).toMatchObject({
      name: 'Chuck NORRIS',
      residenceCountry: 'GB',
      nationality: 'US',
      birthYear: 1940,
      gender: { kind: 'male' },
    });
    expect(draft.experience[0]).toMatchObject({
      title: 'Martial Arts Instructor',
      startDate: '2001-01-01',
      country: 'JP',
    });
    expect(draft.qualifications[0]).toMatchObject({ title: 'Martial Arts', eqfLevel: 6 });
    expect(draft.languages).toContainEqual({ tag: 'en', native: true });
    expect(draft.languages).toContainEqual(
      expect.objectContaining({ tag: 'ja', listening: 'C1', speaking: 'C1' }),
    );
    expect(report.unmapped.map((u) => u.path)).toContain(
      'SkillsPassport.LearnerInfo.Skills.Linguistic.MotherTongueList.MotherTongue[1]',
    );
  });

  it('GIVEN the new Candidate format THEN it maps person, positions, education and languages', () => {
    const { draft } = importEuropassXml(
      text('postulo_europass-candidate_handwritten-fixture.xml'),
      vocabulary,
    );
    expect(draft).toMatchObject({ name: 'Alex Morgan', residenceCountry: 'PT' });
    expect(draft.experience.map((e) => e.employer)).toEqual(['Aperture Science', 'Black Mesa']);
    expect(draft.experience[0]).toMatchObject({
      startDate: '2019-03-01',
      endDate: '2023-06-30',
      country: 'GB',
    });
    expect(draft.qualifications[0]).toMatchObject({ title: 'Master of Science', eqfLevel: 7 });
    expect(draft.languages).toContainEqual(expect.objectContaining({ tag: 'en', listening: 'C2' }));
  });

  it("GIVEN the Commission's CandidateSample1 THEN residence and nationality come from their codes", () => {
    const { draft } = importEuropassXml(
      text('postulo_europass-candidate-sample_EC-CandidateSample1.xml'),
      vocabulary,
    );
    expect(draft).toMatchObject({
      name: 'John Smith',
      residenceCountry: 'BE',
      nationality: 'FR',
      birthYear: 1967,
    });
  });

  it('GIVEN the legacy v2.0 learnerinfo or a non-XML file THEN it is refused, naming where', () => {
    expect(() =>
      importEuropassXml(text('cedefop-ewa_test_Europass-CV-version2.0.xml'), vocabulary),
    ).toThrow(/learnerinfo/);
    expect(() => importEuropassXml('{"not": "xml"}', vocabulary)).toThrow(
      expect.objectContaining({ code: 'people.import_malformed' }),
    );
  });

  it('GIVEN a CEFR level that is not one THEN the error names the grid cell', () => {
    const xml = text('cedefop-ewa_Europass_CV_V3.4.0_Example.xml').replace(
      '<Listening>C1</Listening>',
      '<Listening>D7</Listening>',
    );
    expect(() => importEuropassXml(xml, vocabulary)).toThrow(
      /ForeignLanguage\[0\]\.ProficiencyLevel\.Listening/,
    );
  });
});

describe('schema.org JobPosting → vacancy', () => {
  it('GIVEN the complete example THEN title, dates, salary, contract, education and skills map', () => {
    const { draft, report } = importJobPosting(json('schemaorg-eg-0028.jsonld'), vocabulary);
    expect(draft).toMatchObject({
      title: 'Software Engineer',
      postedOn: '2011-10-31',
      city: 'Kirkland',
      wage: { amount: 100000, currency: 'USD', per: 'year' },
      contractType: 'permanent',
      minimumEqfLevel: 6,
    });
    expect(draft.occupationUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(draft.essentialSkills.length + draft.optionalSkills.length).toBeGreaterThan(0);
    expect(report.unmapped).toContainEqual(
      expect.objectContaining({ path: 'jobLocation.address.addressCountry' }),
    );
  });

  it('GIVEN a skill as a DefinedTerm with only a code and a description THEN the description maps', () => {
    const { draft, report } = importJobPosting(json('schemaorg-eg-0213.jsonld'), vocabulary);
    // "Knowledge of computer programming principles" (NICE K0016) is ESCO's "computer programming".
    const programming = vocabulary
      .skillsIn('computer programming')
      .find((h) => h.preferredLabel === 'computer programming');
    expect(programming).toBeDefined();
    expect(draft.essentialSkills).toContain(programming?.uri);
    expect(report.mapped).toContain('skills');
    expect(report.unmapped.map((u) => u.path)).not.toContain('skills');
  });

  it('GIVEN name instead of title and an O*NET occupational category THEN both map', () => {
    const { draft, report } = importJobPosting(json('schemaorg-eg-0251.jsonld'), vocabulary);
    expect(draft.title).toBe('Mobile App Developer');
    expect(report.mapped).toEqual(expect.arrayContaining(['name', 'occupationalCategory']));
    expect(draft.occupationUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
  });

  it('GIVEN another type or a bad date THEN the error names the property', () => {
    expect(() => importJobPosting({ '@type': 'Person' }, vocabulary)).toThrow(/@type/);
    expect(() =>
      importJobPosting({ '@type': 'JobPosting', datePosted: 'yesterday' }, vocabulary),
    ).toThrow(/datePosted/);
  });
});

it('uses a real ESCO URI for JavaScript (sanity of the lexicon)', () => {
  expect(vocabulary.skillsIn('JavaScript').map((h) => h.uri)).toContain(JAVASCRIPT);
});
