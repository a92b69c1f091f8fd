import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceLevel } from '../people/profile-fields.js';
import { explainMatch } from './explain-match.js';
import { DEMO_OCCUPATIONS } from '../people/demo/demo-occupations.js';
import { generateDemoPeople } from '../people/demo/demo-people.js';
import { testRelations } from '../people/demo/demo-test-relations.js';
import {
  candidateForMatching,
  vacancyForMatching,
  type MatchCandidate,
  type MatchOpening,
} from './match-profiles.js';
import { defaultMatchWeights } from './match-weights.js';
import { occupationProximity } from './occupation-proximity.js';
import { attainableScore, BAND_FLOORS, bandOf, readableScore } from './readable-score.js';
import { readReferenceSkillGraphInput } from './reference-skill-graph.loader.js';
import type { ScoreContext } from './score.js';
import { buildSkillGraph } from './skill-graph.js';

const esco = (kind: string, id: string) => `http://data.europa.eu/esco/${kind}/${id}`;
const WEB_DEVELOPER = esco('occupation', 'c40a2919-48a9-40ea-b506-1f34f693496d');
const COOK = esco('occupation', '90f75f67-495d-49fa-ab57-2f320e251d7e');

describe('bands', () => {
  it('GIVEN the documented floors THEN each calibrated value has the band of the highest floor it reaches', () => {
    expect([100, 80, 79, 55, 54, 30, 29, 0].map(bandOf)).toEqual([
      'strong',
      'strong',
      'good',
      'good',
      'partial',
      'partial',
      'weak',
      'weak',
    ]);
    expect(BAND_FLOORS.map((b) => b.from)).toEqual([80, 55, 30, 0]);
  });

  it('a higher exact score never reads lower, and the reading stays within 0–100', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (a, b, attainable) => {
          const [lo, hi] = [
            readableScore(Math.min(a, b), attainable),
            readableScore(Math.max(a, b), attainable),
          ];
          expect(lo.value).toBeLessThanOrEqual(hi.value);
          expect(hi.value).toBeLessThanOrEqual(100);
          expect(BAND_FLOORS.findIndex((f) => f.band === lo.band)).toBeGreaterThanOrEqual(
            BAND_FLOORS.findIndex((f) => f.band === hi.band),
          );
        },
      ),
    );
  });
});

describe('readable scores on ESCO v1.1.1', () => {
  let ctx: ScoreContext;
  let webDeveloper: MatchOpening;
  beforeAll(async () => {
    const graph = buildSkillGraph(await readReferenceSkillGraphInput(path.resolve('reference')));
    ctx = { graph, weights: defaultMatchWeights, proximity: occupationProximity(graph) };
    const occupation = graph.occupations.get(WEB_DEVELOPER)!;
    webDeveloper = {
      id: 'v',
      kind: 'vacancy',
      title: 'web developer',
      organisationId: 'e',
      partnershipId: null,
      country: 'BE',
      track: 'away',
      occupationUri: WEB_DEVELOPER,
      iscoCode: occupation.iscoCode,
      essential: occupation.essential,
      optional: occupation.optional,
      languages: [],
      minimumEqfLevel: null,
    };
  });

  const person = (
    skills: readonly string[],
    occupations: string[] = [],
    evidence: EvidenceLevel = 'self_declared',
  ): MatchCandidate => ({
    id: 'c',
    residenceCountry: 'MA',
    skills: new Map(skills.map((s) => [s, evidence])),
    languages: new Map(),
    eqfLevel: null,
    occupations,
    preferredCountries: [],
    preferredTracks: [],
    recognitions: [],
  });

  it('GIVEN every essential skill self-declared and nothing else THEN the exact score reaches the attainable one and reads 100, strong', () => {
    const e = explainMatch(person(webDeveloper.essential), webDeveloper, ctx);
    // Optional skills met in part through the hierarchy may add to it.
    expect(e.readable.exact).toBeGreaterThanOrEqual(e.readable.attainable);
    expect(e.readable).toMatchObject({ value: 100, band: 'strong' });
    expect(attainableScore('vacancy', e.possibleUnits, ctx.weights)).toBe(e.readable.attainable);
  });

  it('GIVEN a web developer with 11 of the 21 essential skills THEN the exact score is low (≈ 30) but reads good', () => {
    const e = explainMatch(person(webDeveloper.essential.slice(0, 11)), webDeveloper, ctx);
    expect(e.score).toBeLessThan(35);
    expect(e.readable.band).toBe('good');
    expect(e.readable.value).toBeGreaterThanOrEqual(55);
  });

  it('GIVEN the same 11 skills and experience as a web developer THEN it reads strong', () => {
    const e = explainMatch(
      person(webDeveloper.essential.slice(0, 11), [WEB_DEVELOPER]),
      webDeveloper,
      ctx,
    );
    expect(e.readable.band).toBe('strong');
  });

  it('GIVEN a cook with every essential skill of a cook THEN the web-developer vacancy reads weak', () => {
    const cook = ctx.graph.occupations.get(COOK)!;
    const e = explainMatch(person(cook.essential, [COOK], 'certified'), webDeveloper, ctx);
    expect(e.readable.band).toBe('weak');
  });

  it('GIVEN a third of the essential skills THEN it reads partial', () => {
    const e = explainMatch(person(webDeveloper.essential.slice(0, 7)), webDeveloper, ctx);
    expect(e.readable.band).toBe('partial');
  });

  it('GIVEN a programme THEN the attainable score is 100: the exact score reads as it is', () => {
    const e = explainMatch(
      person(webDeveloper.essential.slice(0, 10)),
      { ...webDeveloper, kind: 'programme', occupationUri: null, optional: [] },
      ctx,
    );
    expect(e.readable.attainable).toBe(100);
    expect(e.readable.value).toBe(Math.round(e.score));
  });
});

describe('readable scores on the demo people', () => {
  it('GIVEN demo candidates and demo vacancies THEN most of their own occupation’s read good or strong, and nearly all of another sector’s read weak', () => {
    const relations = testRelations();
    const graph = buildSkillGraph({
      occupations: relations.map((r, i) => ({ uri: r.occupationUri, iscoCode: `${7100 + i}` })),
      relations: relations.flatMap((r) => [
        ...r.essential.map((s) => ({
          occupationUri: r.occupationUri,
          skillUri: s,
          relation: 'essential' as const,
        })),
        ...r.optional.map((s) => ({
          occupationUri: r.occupationUri,
          skillUri: s,
          relation: 'optional' as const,
        })),
      ]),
      skillBroader: [],
    });
    const ctx = { graph, weights: defaultMatchWeights, proximity: occupationProximity(graph) };
    const employer = {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Brussels Code SA',
      country: 'BE',
    };
    const demo = generateDemoPeople({
      seed: 5,
      accountHolders: [],
      extraCandidates: 400,
      employers: [employer],
      providers: [],
      vacanciesPerEmployer: 40,
      programmesPerProvider: 0,
      relations,
    });
    const sector = new Map(DEMO_OCCUPATIONS.map((o) => [o.uri, o.sector]));
    const bands = { own: [] as string[], other: [] as string[] };
    for (const c of demo.candidates.slice(0, 150)) {
      const person = candidateForMatching(c.id, c.profile);
      const occupationOf = c.profile.preferences.sectors[0];
      for (const v of demo.vacancies.slice(0, 20)) {
        const opening = vacancyForMatching(v.id, v, graph);
        // Skills and experience only: languages, qualifications and places are other questions.
        const e = explainMatch(
          { ...person, preferredCountries: [], preferredTracks: [] },
          { ...opening, languages: [], minimumEqfLevel: null },
          ctx,
        );
        const same =
          c.profile.headline === DEMO_OCCUPATIONS.find((o) => o.uri === v.occupationUri)?.label;
        if (same) bands.own.push(e.readable.band);
        else if (sector.get(v.occupationUri) !== occupationOf) bands.other.push(e.readable.band);
      }
    }
    const share = (xs: string[], ...which: string[]) =>
      xs.filter((b) => which.includes(b)).length / xs.length;
    expect(bands.own.length).toBeGreaterThan(50);
    expect(bands.other.length).toBeGreaterThan(500);
    expect(share(bands.own, 'good', 'strong')).toBeGreaterThan(0.8);
    expect(share(bands.other, 'weak')).toBeGreaterThan(0.95);
  });
});
