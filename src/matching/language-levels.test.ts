import { describe, expect, it } from 'vitest';
import type { TrainingModule } from '../recognition/training-module.js';
import { languageCourses } from './language-courses.js';
import { compareLanguage, heldLanguage, requiredSkills } from './language-levels.js';
import { candidateForMatching, vacancyForMatching } from './match-profiles.js';
import { defaultMatchWeights } from './match-weights.js';
import { languageFactor } from './score-factors.js';
import { vacancySchema } from '../people/vacancies/vacancy.js';
import { candidateProfileSchema } from '../people/candidates/candidate-profile.js';

// listening, reading, spoken interaction, spoken production, writing
const FR_SPOKEN_B2_WRITTEN_A2 = {
  tag: 'fr',
  listening: 'B2',
  reading: 'B1',
  speaking: 'B2',
  writing: 'A2',
} as const;

const person = (languages: unknown[]) =>
  candidateForMatching(
    'c',
    candidateProfileSchema.parse({
      name: 'Aminata Diallo',
      residenceCountry: 'SN',
      nationality: 'SN',
      languages,
    }),
  );

const vacancy = (languages: unknown[]) =>
  vacancyForMatching(
    'v',
    vacancySchema.parse({
      title: 'Care assistant',
      employerId: '00000000-0000-4000-8000-000000000001',
      occupationUri: 'http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d',
      languages,
      country: 'BE',
      positions: 1,
      contractType: 'permanent',
      track: 'away',
      legalPathway: 'single permit',
    }),
    { occupations: new Map() },
  );

describe('a person’s CEFR levels', () => {
  it('GIVEN a grid THEN the overall level is the mean rounded down, not the weakest skill; speaking counts for both spoken skills', () => {
    expect(heldLanguage({ native: false, ...FR_SPOKEN_B2_WRITTEN_A2 })).toEqual({
      overall: 3, // (4 + 3 + 4 + 2) / 4 = 3.25 → B1
      skills: [4, 3, 4, 4, 2],
    });
    expect(heldLanguage({ tag: 'ar', native: true })).toEqual({
      overall: 6,
      skills: [6, 6, 6, 6, 6],
    });
    expect(heldLanguage({ tag: 'en', native: false, reading: 'C1' })).toEqual({
      overall: 5,
      skills: [5, 5, 5, 5, 5],
    });
    expect(heldLanguage({ tag: 'it', native: false })).toEqual({
      overall: 0,
      skills: [0, 0, 0, 0, 0],
    });
  });
});

describe('language fit on the CEFR skill that matters', () => {
  const w = defaultMatchWeights;
  const fluentSpeaker = person([FR_SPOKEN_B2_WRITTEN_A2]);

  it('GIVEN a job that needs B2 spoken interaction THEN a person who speaks at B2 but writes at A2 loses nothing', () => {
    const fit = languageFactor(
      fluentSpeaker,
      vacancy([
        { tag: 'fr', minimumLevel: 'B2', skills: { spokenInteraction: 'B2', listening: 'B2' } },
      ]),
      w,
    );
    expect(fit.factor).toBe(1);
    expect(fit.languages).toEqual([{ tag: 'fr', skill: 'listening', required: 4, held: 4 }]);
  });

  it('GIVEN a job that needs B1 writing THEN the writing skill decides: one level short', () => {
    const fit = languageFactor(
      fluentSpeaker,
      vacancy([
        { tag: 'fr', minimumLevel: 'B1', skills: { spokenInteraction: 'B1', writing: 'B1' } },
      ]),
      w,
    );
    expect(fit.languages).toEqual([{ tag: 'fr', skill: 'writing', required: 3, held: 2 }]);
    expect(fit.factor).toBeCloseTo(0.8, 12);
  });

  it('GIVEN a general B1 requirement THEN the overall level (B1) meets it, where the weakest skill (A2) did not', () => {
    const fit = languageFactor(fluentSpeaker, vacancy([{ tag: 'fr', minimumLevel: 'B1' }]), w);
    expect(fit).toEqual({
      factor: 1,
      languages: [{ tag: 'fr', skill: null, required: 3, held: 3 }],
    });
  });

  it('GIVEN per-skill levels THEN they are carried as ranks; none stated means none', () => {
    expect(requiredSkills({ writing: 'B1', spokenProduction: 'C1' })).toEqual({
      skills: [0, 0, 0, 5, 3],
    });
    expect(requiredSkills({})).toEqual({});
    expect(compareLanguage({ tag: 'fr', minimum: 3 }, 2, undefined)).toEqual({
      skill: null,
      required: 3,
      held: 2,
    });
  });

  it('GIVEN an unknown CEFR skill in a vacancy THEN the vacancy is refused, naming it', () => {
    const parsed = vacancySchema.safeParse({
      ...vacancySchema.parse({
        title: 'x',
        employerId: '00000000-0000-4000-8000-000000000001',
        occupationUri: 'http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d',
        country: 'BE',
        positions: 1,
        contractType: 'permanent',
        track: 'home',
      }),
      languages: [{ tag: 'fr', minimumLevel: 'B1', skills: { speaking: 'B1' } }],
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('speaking');
  });
});

describe('language courses for a language gap', () => {
  const labels: Record<string, string> = {
    'esco:fr': 'French',
    'esco:write-fr': 'write French',
    'esco:nl': 'Dutch',
    'esco:js': 'JavaScript',
  };
  const module = (id: string, cost: number, skills: string[]): TrainingModule => ({
    id,
    title: id,
    provider: 'p',
    cost,
    hours: 40,
    skills,
  });
  const catalogue = [
    module('french-b1', 400, ['esco:fr']),
    module('french-writing', 250, ['esco:write-fr']),
    module('dutch', 300, ['esco:nl']),
    module('javascript', 100, ['esco:js']),
  ];

  it('GIVEN a French gap THEN the modules teaching French or one of its skills are named, cheapest first', () => {
    const courses = languageCourses(
      [
        { tag: 'fr', skill: 'writing', required: 3, held: 2 },
        { tag: 'en', skill: null, required: 3, held: 4 },
      ],
      catalogue,
      (uri) => labels[uri],
    );
    expect(courses.map((c) => [c.gap.tag, c.modules.map((m) => m.id)])).toEqual([
      ['fr', ['french-writing', 'french-b1']],
    ]);
  });

  it('GIVEN a gap in a language no module teaches THEN the gap is listed with no course', () => {
    const courses = languageCourses(
      [{ tag: 'it', skill: null, required: 3, held: 0 }],
      catalogue,
      (uri) => labels[uri],
    );
    expect(courses).toEqual([
      { gap: { tag: 'it', skill: null, required: 3, held: 0 }, modules: [] },
    ]);
  });
});
