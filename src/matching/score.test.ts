import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainMatch } from './explain-match.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { defaultMatchWeights } from './match-weights.js';
import { contextOf, occupationUri, skillUri } from './matching.test-support.js';
import { ceilingOf, tightCeiling } from './score.js';
import { buildSkillGraph } from './skill-graph.js';

// s0 is named by every occupation (generic), s1 by two (specific); s3 is broader than s4.
// Occupation 2 is in occupation 0's ISCO minor group; occupation 3 only shares s0 with it.
const graph = buildSkillGraph({
  occupations: [0, 1, 2, 3].map((o) => ({
    uri: occupationUri(o),
    iscoCode: ['2512', '2512', '2513', '7411'][o]!,
  })),
  relations: [
    ...[0, 1, 2, 3].map((o) => ({
      occupationUri: occupationUri(o),
      skillUri: skillUri(0),
      relation: 'essential' as const,
    })),
    { occupationUri: occupationUri(0), skillUri: skillUri(1), relation: 'essential' },
    { occupationUri: occupationUri(0), skillUri: skillUri(2), relation: 'optional' },
    { occupationUri: occupationUri(1), skillUri: skillUri(1), relation: 'essential' },
    { occupationUri: occupationUri(3), skillUri: skillUri(5), relation: 'essential' },
    { occupationUri: occupationUri(3), skillUri: skillUri(6), relation: 'essential' },
  ],
  skillBroader: [{ uri: skillUri(4), broaderUri: skillUri(3) }],
});
const ctx = contextOf(graph);

const vacancy: MatchOpening = {
  id: 'v',
  kind: 'vacancy',
  title: 'developer',
  organisationId: 'e',
  partnershipId: null,
  country: 'BE',
  track: 'away',
  occupationUri: occupationUri(0),
  iscoCode: '2512',
  essential: [skillUri(0), skillUri(1), skillUri(3)],
  optional: [skillUri(2)],
  languages: [{ tag: 'fr', minimum: 3 }],
  minimumEqfLevel: 5,
};
const candidate: MatchCandidate = {
  id: 'c',
  residenceCountry: 'MA',
  skills: new Map([
    [skillUri(0), 'certified'],
    [skillUri(1), 'certified'],
  ]),
  languages: new Map([['fr', 4]]),
  eqfLevel: 5,
  occupations: [],
  preferredCountries: [],
  preferredTracks: [],
  recognitions: [],
};
const score = (
  c: Partial<MatchCandidate>,
  o: Partial<MatchOpening> = {},
  weights = defaultMatchWeights,
) => explainMatch({ ...candidate, ...c }, { ...vacancy, ...o }, { ...ctx, weights }).score;

describe('the match score', () => {
  const base = score({});

  it('counts a specific skill more than a generic one', () => {
    const specific = score({ skills: new Map([[skillUri(1), 'certified']]) });
    const generic = score({ skills: new Map([[skillUri(0), 'certified']]) });
    expect(specific).toBeGreaterThan(generic);
  });

  it('gives partial credit through the skill hierarchy and names the skill it came through', () => {
    const withNarrower = explainMatch(
      { ...candidate, skills: new Map([...candidate.skills, [skillUri(4), 'certified']]) },
      vacancy,
      ctx,
    );
    expect(withNarrower.score).toBeGreaterThan(base);
    expect(withNarrower.essential.partial).toEqual([{ uri: skillUri(3), via: skillUri(4) }]);
    expect(withNarrower.essential.missing).toEqual([]);
  });

  it('ranks certified evidence above self-declared, unless evidence is weighted 0', () => {
    const self = {
      skills: new Map([...candidate.skills].map(([u]) => [u, 'self_declared' as const])),
    };
    expect(score(self)).toBeLessThan(base);
    expect(score(self, {}, { ...defaultMatchWeights, evidence: 0 })).toBe(base);
  });

  it('lowers the score for each CEFR level short of the requirement', () => {
    const b2 = score({ languages: new Map([['fr', 2]]) });
    const a1 = score({ languages: new Map([['fr', 1]]) });
    expect(b2).toBeLessThan(base);
    expect(a1).toBeLessThan(b2);
    expect(score({ languages: new Map() }, {}, { ...defaultMatchWeights, language: 0 })).toBe(base);
  });

  it('penalises a qualification level below the minimum and a refused recognition', () => {
    expect(score({ eqfLevel: 3 })).toBeLessThan(score({ eqfLevel: 4 }));
    expect(score({ recognitions: [{ country: 'BE', outcome: 'not_recognised' }] })).toBeLessThan(
      base,
    );
    expect(score({ recognitions: [{ country: 'IT', outcome: 'not_recognised' }] })).toBe(base);
  });

  it('follows preferences and the track location', () => {
    expect(score({ preferredCountries: ['IT'] })).toBeLessThan(base);
    expect(score({ preferredCountries: ['BE'], preferredTracks: ['away'] })).toBe(base);
    expect(score({}, { track: 'home' })).toBeLessThan(score({}, { track: 'home', country: 'MA' }));
  });

  it('adds occupation proximity from experience: same occupation > same ISCO group > none', () => {
    const same = score({ occupations: [occupationUri(0)] });
    const group = score({ occupations: [occupationUri(2)] });
    expect(same).toBeGreaterThan(group);
    expect(group).toBeGreaterThan(score({ occupations: [occupationUri(3)] }));
  });

  it('is zero without any required skill in common, whatever else fits', () => {
    expect(
      score({ skills: new Map([[skillUri(9), 'certified']]), occupations: [occupationUri(0)] }),
    ).toBe(0);
  });

  it('scores a programme highest for people holding part of what it teaches', () => {
    const programme = {
      kind: 'programme' as const,
      essential: [skillUri(0), skillUri(1)],
      optional: [],
      languages: [],
      minimumEqfLevel: null,
    };
    const half = score({ skills: new Map([[skillUri(1), 'certified']]) }, programme);
    expect(half).toBeGreaterThan(0);
    expect(score({}, programme)).toBe(0); // holds all of it: nothing to gain
  });
});

describe('the ceiling specialised per query', () => {
  it('equals the tight ceiling to the last bit, for both kinds of opening', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('vacancy' as const, 'programme' as const),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kind, fit, proximity, factors, occupationProximity) => {
          const weights = { ...defaultMatchWeights, occupationProximity };
          expect(ceilingOf(kind, weights)(fit, proximity, factors)).toBe(
            tightCeiling(kind, fit, proximity, factors, weights),
          );
        },
      ),
    );
  });
});
