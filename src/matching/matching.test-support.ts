import type { EvidenceLevel, Track } from '../people/profile-fields.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { defaultMatchWeights, type MatchWeights } from './match-weights.js';
import { occupationProximity } from './occupation-proximity.js';
import type { ScoreContext } from './score.js';
import { buildSkillGraph, type SkillGraph } from './skill-graph.js';

/** Small synthetic worlds for matching tests: skills s0…, occupations o0…, seeded draws. */
export const skillUri = (i: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-0000-0000-${String(i).padStart(12, '0')}`;
export const occupationUri = (i: number) =>
  `http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-${String(i).padStart(12, '0')}`;

export function smallGraph(random: () => number, skills = 30, occupations = 6): SkillGraph {
  const relations = [];
  for (let o = 0; o < occupations; o++)
    for (let s = 0; s < skills; s++) {
      const r = random();
      if (r < 0.25)
        relations.push({
          occupationUri: occupationUri(o),
          skillUri: skillUri(s),
          relation: 'essential' as const,
        });
      else if (r < 0.35)
        relations.push({
          occupationUri: occupationUri(o),
          skillUri: skillUri(s),
          relation: 'optional' as const,
        });
    }
  const skillBroader = [];
  for (let s = 1; s < skills; s++)
    if (random() < 0.3)
      skillBroader.push({ uri: skillUri(s), broaderUri: skillUri(Math.floor(random() * s)) });
  return buildSkillGraph({
    occupations: Array.from({ length: occupations }, (_, o) => ({
      uri: occupationUri(o),
      iscoCode: `${2 + (o % 2)}${o % 3}1${o % 4}`,
    })),
    relations,
    skillBroader,
  });
}

export function contextOf(
  graph: SkillGraph,
  weights: MatchWeights = defaultMatchWeights,
): ScoreContext {
  return { graph, weights, proximity: occupationProximity(graph) };
}

const COUNTRIES = ['BE', 'IT', 'MA', 'SN'];
const TRACKS: Track[] = ['home', 'away'];
const EVIDENCE: EvidenceLevel[] = ['self_declared', 'assessed', 'certified'];
const LANGS = ['fr', 'en', 'it'];

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const some = (random: () => number, n: number, p: number) =>
  Array.from({ length: n }, (_, i) => i).filter(() => random() < p);

export function randomCandidate(
  random: () => number,
  id: string,
  skills = 30,
  occupations = 6,
): MatchCandidate {
  const languages = new Map(
    some(random, LANGS.length, 0.5).map((l) => [LANGS[l]!, 1 + Math.floor(random() * 6)]),
  );
  // Per CEFR skill: the overall level, a level up or down here and there.
  const spread = (level: number) =>
    [0, 1, 2, 3, 4].map(() => Math.max(1, Math.min(6, level + Math.floor(random() * 3) - 1)));
  return {
    id,
    residenceCountry: pick(random, COUNTRIES),
    skills: new Map(some(random, skills, 0.25).map((s) => [skillUri(s), pick(random, EVIDENCE)])),
    languages,
    languageSkills: new Map([...languages].map(([tag, level]) => [tag, spread(level)])),
    eqfLevel: random() < 0.3 ? null : 2 + Math.floor(random() * 5),
    occupations: some(random, occupations, 0.2).map(occupationUri),
    preferredCountries: some(random, COUNTRIES.length, 0.3).map((c) => COUNTRIES[c]!),
    preferredTracks: some(random, 2, 0.4).map((t) => TRACKS[t]!),
    recognitions: random() < 0.2 ? [{ country: pick(random, COUNTRIES), outcome: 'partial' }] : [],
  };
}

export function randomOpening(
  random: () => number,
  id: string,
  skills = 30,
  occupations = 6,
): MatchOpening {
  const kind = random() < 0.8 ? 'vacancy' : 'programme';
  const required = some(random, skills, 0.2);
  const essential = required.filter(() => random() < 0.7);
  return {
    id,
    kind,
    title: id,
    organisationId: 'org',
    partnershipId: random() < 0.5 ? 'p1' : null,
    country: pick(random, COUNTRIES),
    track: pick(random, TRACKS),
    occupationUri: kind === 'vacancy' ? occupationUri(Math.floor(random() * occupations)) : null,
    iscoCode: kind === 'vacancy' ? `2${Math.floor(random() * 3)}11` : null,
    essential: essential.map(skillUri),
    optional:
      kind === 'vacancy' ? required.filter((s) => !essential.includes(s)).map(skillUri) : [],
    languages: some(random, LANGS.length, 0.3).map((l) => {
      const minimum = 1 + Math.floor(random() * 6);
      // A third state levels for the CEFR skills that matter (0: not stated).
      const skills =
        random() < 0.33 ? [0, 1, 2, 3, 4].map(() => (random() < 0.5 ? 0 : minimum)) : undefined;
      return { tag: LANGS[l]!, minimum, ...(skills ? { skills } : {}) };
    }),
    minimumEqfLevel: random() < 0.5 ? null : 3 + Math.floor(random() * 4),
  };
}
