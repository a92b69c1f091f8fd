import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { genderOfName, personName } from '../../demo/people.js';
import { createRandom } from '../../demo/random.js';
import { candidateProfileSchema } from '../candidates/candidate-profile.js';
import { programmeProblems, programmeSchema } from '../programmes/programme.js';
import { vacancyProblems, vacancySchema } from '../vacancies/vacancy.js';
import {
  generateDemoPeople,
  generatePeople,
  generateVacancies,
  ORIGIN_COUNTRIES,
} from './demo-people.js';
import { demoPeopleOf } from './demo-people.store.js';
import { testRelations } from './demo-test-relations.js';

const relations = testRelations();
const employers = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Brussels Code SA', country: 'BE' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Vilnius Data UAB', country: 'LT' },
  { id: '00000000-0000-4000-8000-000000000003', name: 'Casablanca Soft SARL', country: 'MA' },
];
const providers = [
  { id: '00000000-0000-4000-8000-000000000004', name: 'Dakar Institute', country: 'SN' },
];
const input = (seed: number) => ({
  seed,
  accountHolders: [
    { userId: '00000000-0000-4000-8000-0000000000aa', name: 'Demo Candidate', country: 'MA' },
  ],
  extraCandidates: 120,
  employers,
  providers,
  vacanciesPerEmployer: 5,
  programmesPerProvider: 3,
  relations,
});

describe('the demo people section', () => {
  it('GIVEN the same seed WHEN generating twice THEN the sections are identical; another seed differs', () => {
    expect(generateDemoPeople(input(7))).toEqual(generateDemoPeople(input(7)));
    expect(generateDemoPeople(input(8)).candidates).not.toEqual(
      generateDemoPeople(input(7)).candidates,
    );
  });

  it('GIVEN the account holders THEN each gets a profile first, the rest have no account', () => {
    const { candidates } = generateDemoPeople(input(7));
    expect(candidates).toHaveLength(121);
    expect(candidates[0]).toMatchObject({
      userId: '00000000-0000-4000-8000-0000000000aa',
      profile: { name: 'Demo Candidate', residenceCountry: 'MA' },
    });
    expect(candidates.slice(1).every((c) => c.userId === null)).toBe(true);
    expect(new Set(candidates.map((c) => c.id)).size).toBe(candidates.length);
  });

  it('THEN every profile, vacancy and programme passes its schema and its rules', () => {
    const people = generateDemoPeople(input(3));
    for (const c of people.candidates) {
      expect(candidateProfileSchema.parse(c.profile)).toEqual(c.profile);
      expect(ORIGIN_COUNTRIES).toContain(c.profile.residenceCountry);
    }
    for (const { id: _, ...v } of people.vacancies) {
      expect(vacancySchema.parse(v)).toBeTruthy();
      expect(vacancyProblems(v)).toEqual([]);
    }
    for (const { id: _, ...p } of people.programmes) {
      expect(programmeSchema.parse(p)).toBeTruthy();
      expect(programmeProblems(p)).toEqual([]);
    }
  });

  it('THEN skills come from the ESCO relations, mostly essentials of the occupation worked in', () => {
    const known = new Set(relations.flatMap((r) => [...r.essential, ...r.optional]));
    const { candidates } = generateDemoPeople(input(5));
    const skills = candidates.flatMap((c) => c.profile.skills);
    expect(skills.every((s) => known.has(s.uri))).toBe(true);
    const levels = new Set(skills.map((s) => s.evidence));
    expect(levels).toEqual(new Set(['self_declared', 'assessed', 'certified']));
    const withExperience = candidates.filter((c) => c.profile.experience[0]?.occupationUri);
    const essentials = new Map(relations.map((r) => [r.occupationUri, new Set(r.essential)]));
    for (const c of withExperience) {
      const own = essentials.get(c.profile.experience[0]!.occupationUri!)!;
      const held = c.profile.skills.filter((s) => own.has(s.uri)).length;
      expect(held).toBeGreaterThan(3);
    }
  });

  it('THEN destination employers post away-track vacancies with a legal pathway; origin employers home-track ones', () => {
    const { vacancies } = generateDemoPeople(input(9));
    const byEmployer = (id: string) => vacancies.filter((v) => v.employerId === id);
    expect(byEmployer(employers[0]!.id).every((v) => v.track === 'away' && v.legalPathway)).toBe(
      true,
    );
    expect(byEmployer(employers[2]!.id).every((v) => v.track === 'home')).toBe(true);
  });

  it('GIVEN no relations (no taxonomy imported) THEN the section is empty', () => {
    expect(generateDemoPeople({ ...input(1), relations: [] })).toEqual({
      candidates: [],
      vacancies: [],
      programmes: [],
    });
  });
});

describe('the benchmark streams', () => {
  it('GIVEN a count WHEN streaming candidates THEN batches add up to it, deterministically', () => {
    const sizes = [...generatePeople({ seed: 1, count: 2_500, relations })].map((b) => b.length);
    expect(sizes).toEqual([1000, 1000, 500]);
    const first = (seed: number) =>
      generatePeople({ seed, count: 10, relations, batchSize: 10 }).next().value;
    expect(first(4)).toEqual(first(4));
  });

  it('GIVEN employers WHEN streaming vacancies THEN every one belongs to one of them', () => {
    const ids = new Set(employers.map((e) => e.id));
    for (const batch of generateVacancies({ seed: 2, count: 1_200, relations, employers })) {
      expect(batch.every((v) => ids.has(v.employerId))).toBe(true);
    }
  });
});

describe('demo names and recorded genders', () => {
  it('GIVEN the whole demo set at medium scale THEN every candidate’s name is of the gender their profile records, and about half are women', () => {
    const dataset = generateDemo({ seed: 1, scale: 'medium' });
    const people = demoPeopleOf(dataset, relations);
    const named = people.candidates.filter((c) => c.profile.name !== 'Demo Candidate');
    expect(named.length).toBeGreaterThan(1000);
    const mismatched = named.filter(
      (c) => genderOfName(c.profile.name, c.profile.residenceCountry) !== c.profile.gender?.kind,
    );
    expect(mismatched.map((c) => `${c.profile.name} | ${c.profile.gender?.kind}`)).toEqual([]);
    const women = named.filter((c) => c.profile.gender?.kind === 'female').length / named.length;
    expect(women).toBeGreaterThan(0.45);
    expect(women).toBeLessThan(0.55);
  });

  it('GIVEN a gender WHEN a name is drawn THEN its given name is listed under that gender', () => {
    const random = createRandom(3);
    for (const country of ORIGIN_COUNTRIES)
      for (const gender of ['female', 'male'] as const)
        for (let i = 0; i < 20; i++)
          expect(genderOfName(personName(random, country, gender), country)).toBe(gender);
  });
});
