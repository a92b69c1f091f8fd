import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import type { TestEngine } from '../../test/support/database.js';
import type { EvidenceLevel, Track } from '../people/profile-fields.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { defaultMatchWeights, type MatchWeights } from './match-weights.js';
import { occupationProximity } from './occupation-proximity.js';
import type { ScoreContext } from './score.js';
import { buildSkillGraph, type SkillGraph } from './skill-graph.js';

/** Small synthetic worlds for matching tests, and the demo world of the route tests: skills s0…, occupations o0…, seeded draws. */
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

/** A skill of the synthetic ESCO-like URIs the route tests' demo profiles use. */
export const demoSkill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const DEMO_OCCUPATION =
  'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

/** The profile the demo candidate writes in the route tests: in Morocco, for Belgium, away. */
export const demoProfile = {
  name: 'Amina Test',
  residenceCountry: 'MA',
  nationality: 'MA',
  skills: [
    { uri: demoSkill(1), evidence: 'certified', source: 'self' },
    { uri: demoSkill(2), evidence: 'self_declared', source: 'self' },
  ],
  languages: [{ tag: 'fr', listening: 'B2', reading: 'B2', speaking: 'B1', writing: 'B1' }],
  preferences: { destinationCountries: ['BE'], tracks: ['away'], sectors: [] },
};

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** The demo app with one user per role signed in, a consenting candidate, a vacancy, a programme. */
export interface MatchingWorld {
  demo: DemoApp;
  candidate: TestSession;
  employer: TestSession;
  coordinator: TestSession;
  trainer: TestSession;
  admin: TestSession;
  partnerships: { id: string; title: string; status: string; corridors: { origin: string }[] }[];
  candidateId: string;
  vacancyId: string;
  call(session: TestSession, method: Method, url: string, payload?: unknown): Promise<Response>;
  partnershipTitled(title: string): MatchingWorld['partnerships'][number];
  organisationOf(session: TestSession): Promise<string>;
}
type Response = Awaited<ReturnType<DemoApp['app']['inject']>>;

/**
 * The set-up the matching route tests share: the candidate's profile (consenting to partnership
 * matching), an employer's vacancy in the Belgium–Morocco partnership that needs skill 3, and a
 * trainer's programme in Morocco that teaches it.
 */
export async function startMatchingWorld(engine: TestEngine): Promise<MatchingWorld> {
  const demo = await startDemoApp(engine);
  const [candidate, employer, coordinator, trainer, admin] = await Promise.all([
    demo.loginAs('candidate'),
    demo.loginAs('employer'),
    demo.loginAs('coordinator'),
    demo.loginAs('trainer'),
    demo.loginAs('admin'),
  ]);
  const call: MatchingWorld['call'] = (session, method, url, payload) =>
    demo.app.inject({
      method,
      url,
      headers: session.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const organisationOf = async (session: TestSession) =>
    (await call(session, 'GET', '/api/auth/me')).json<{
      user: { memberships: { organisationId: string }[] };
    }>().user.memberships[0]!.organisationId;
  const partnerships = (await call(admin, 'GET', '/api/partnerships')).json<{
    partnerships: MatchingWorld['partnerships'];
  }>().partnerships;
  const partnershipTitled = (title: string) => partnerships.find((p) => p.title === title)!;
  const profile = await call(candidate, 'PUT', '/api/candidates/me', demoProfile);
  const candidateId = profile.json<{ id: string }>().id;
  await call(candidate, 'PUT', '/api/candidates/me/consents/partnership_matching');
  const vacancy = await call(employer, 'POST', '/api/vacancies', {
    title: 'Software developer',
    employerId: await organisationOf(employer),
    occupationUri: DEMO_OCCUPATION,
    essentialSkills: [demoSkill(1), demoSkill(2), demoSkill(3)],
    optionalSkills: [demoSkill(4)],
    languages: [{ tag: 'fr', minimumLevel: 'B1' }],
    country: 'BE',
    positions: 2,
    contractType: 'permanent',
    legalPathway: 'single permit',
    track: 'away',
    partnershipId: partnershipTitled('Belgium–Morocco ICT talent partnership').id,
  });
  if (vacancy.statusCode !== 201) throw new Error(`vacancy: ${vacancy.body}`);
  const programme = await call(trainer, 'POST', '/api/programmes', {
    title: 'Bridging course',
    providerId: await organisationOf(trainer),
    location: 'origin',
    country: 'MA',
    modules: [
      {
        title: 'Skill three',
        skills: [demoSkill(3)],
        hours: 40,
        cost: { amount: 300, currency: 'EUR' },
      },
    ],
    seats: 20,
  });
  if (programme.statusCode !== 201) throw new Error(`programme: ${programme.body}`);
  return {
    demo,
    candidate,
    employer,
    coordinator,
    trainer,
    admin,
    partnerships,
    candidateId,
    vacancyId: vacancy.json<{ id: string }>().id,
    call,
    partnershipTitled,
    organisationOf,
  };
}
