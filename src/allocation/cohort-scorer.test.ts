import { describe, expect, it } from 'vitest';
import { defaultMatchWeights } from '../matching/match-weights.js';
import { occupationProximity } from '../matching/occupation-proximity.js';
import { buildSkillGraph } from '../matching/skill-graph.js';
import type { CandidateProfile } from '../people/candidates/candidate-profile.js';
import type { Vacancy } from '../people/vacancies/vacancy.js';
import { matchingScorer, skillShareScorer, type CohortRows } from './cohort-scorer.js';

const skill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-00000000000${n}`;
const OCCUPATION = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000001';
const graph = buildSkillGraph({
  occupations: [{ uri: OCCUPATION, iscoCode: '2512' }],
  relations: [1, 2, 3, 4].map((n) => ({
    occupationUri: OCCUPATION,
    skillUri: skill(n),
    relation: 'essential' as const,
  })),
  skillBroader: [],
});
const ctx = { graph, weights: defaultMatchWeights, proximity: occupationProximity(graph) };

const profile = (skills: number[]): CandidateProfile => ({
  name: 'Test',
  residenceCountry: 'MA',
  nationality: 'MA',
  skills: skills.map((n) => ({ uri: skill(n), evidence: 'certified', source: 'test' })),
  languages: [{ tag: 'fr', native: true }],
  qualifications: [],
  experience: [],
  preferences: { destinationCountries: ['BE'], tracks: ['away'], sectors: [] },
  availability: {},
});
const vacancy: Vacancy = {
  title: 'Developer',
  employerId: '00000000-0000-4000-8000-0000000000e1',
  occupationUri: OCCUPATION,
  essentialSkills: [1, 2, 3, 4].map(skill),
  optionalSkills: [],
  languages: [],
  country: 'BE',
  positions: 2,
  contractType: 'permanent',
  legalPathway: 'single permit',
  track: 'away',
};
const rows: CohortRows = {
  candidates: [
    { id: 'all', profile: profile([1, 2, 3, 4]) },
    { id: 'half', profile: profile([1, 2]) },
    { id: 'none', profile: profile([]) },
  ],
  vacancies: [{ id: 'v', posting: vacancy }],
  programmes: [],
};

describe.each([
  ['the matching engine', matchingScorer(ctx, 'matching.score')],
  ['the skill share', skillShareScorer],
])('scoring a cohort with %s', (_, scorer) => {
  const score = scorer.prepare(rows);
  it('GIVEN more of the essential skills THEN a higher score, within 0–100', () => {
    const all = score(0, 0) as number;
    const half = score(1, 0) as number;
    expect(all).toBeGreaterThan(half);
    expect(half).toBeGreaterThan(0);
    expect(all).toBeLessThanOrEqual(100);
  });

  it('GIVEN no skill in common THEN the pair is not eligible', () => {
    expect(score(2, 0)).toBeNull();
  });
});
