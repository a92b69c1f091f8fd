import type { Random } from '../../demo/random.js';
import type { CandidateLanguage, CandidateProfile } from '../candidates/candidate-profile.js';
import type { ConsentPurpose } from '../candidates/consent.js';
import { CEFR_LEVELS, type EvidenceLevel, type Track } from '../profile-fields.js';
import type { DemoOccupation, OccupationSkills } from './demo-occupations.js';

/** A generated candidate: the profile and the purposes consented to at load time. */
export interface DemoCandidate {
  id: string;
  /** The candidate's user account, when they have one. */
  userId: string | null;
  profile: CandidateProfile;
  consents: ConsentPurpose[];
}

/** Who a candidate is before the profile is drawn (an account holder, or an invented person). */
export interface CandidatePerson {
  userId: string | null;
  name: string;
  country: string;
  /** The gender the name was drawn for; drawn with the profile when unknown. */
  gender?: 'female' | 'male' | undefined;
}

type Occupation = DemoOccupation & OccupationSkills;

/** Languages people of each origin country speak natively, and the usual second language. */
const LANGUAGES: Record<string, { native: string[]; second: string[] }> = {
  MA: { native: ['ar'], second: ['fr', 'en'] },
  TN: { native: ['ar'], second: ['fr', 'en'] },
  MR: { native: ['ar'], second: ['fr'] },
  SN: { native: ['fr', 'wo'], second: ['en'] },
  NG: { native: ['en'], second: ['fr'] },
};

/** Where people of each origin country may go, along the demo corridors. */
export const DESTINATIONS: Record<string, string[]> = {
  MA: ['BE'],
  TN: ['BE'],
  MR: ['SN'],
  SN: ['BE', 'IT', 'NL'],
  NG: ['LT', 'BE', 'IT', 'NL'],
};

const SOURCES: Record<EvidenceLevel, string> = {
  self_declared: 'self',
  assessed: 'RPL assessment',
  certified: 'certificate',
};

const chance = (random: Random, p: number) => random.next() < p;

function evidence(random: Random): EvidenceLevel {
  const r = random.next();
  return r < 0.7 ? 'self_declared' : r < 0.9 ? 'assessed' : 'certified';
}

/**
 * The skills of someone in the occupation: most essentials, some optionals, and a little noise
 * (skills of other occupations people pick up).
 */
function drawSkills(random: Random, occupation: Occupation, pool: readonly string[]) {
  const uris = new Set<string>();
  for (const uri of occupation.essential) if (chance(random, 0.75)) uris.add(uri);
  for (const uri of occupation.optional) if (chance(random, 0.2)) uris.add(uri);
  const noise = random.int(0, 3);
  for (let i = 0; i < noise && pool.length > 0; i++) uris.add(random.pick(pool));
  return [...uris].map((uri) => {
    const level = evidence(random);
    return { uri, evidence: level, source: SOURCES[level] };
  });
}

function cefr(random: Random, min: number, max: number) {
  return CEFR_LEVELS[random.int(min, max)] as (typeof CEFR_LEVELS)[number];
}

function drawLanguages(random: Random, country: string): CandidateLanguage[] {
  const spoken = LANGUAGES[country] ?? { native: ['en'], second: ['fr'] };
  const natives = spoken.native.map((tag) => ({ tag, native: true }));
  const seconds = spoken.second
    .filter((_, i) => i === 0 || chance(random, 0.4))
    .map((tag) => ({
      tag,
      native: false,
      listening: cefr(random, 1, 4),
      reading: cefr(random, 1, 4),
      speaking: cefr(random, 0, 4),
      writing: cefr(random, 0, 3),
    }));
  return [...natives, ...seconds];
}

function drawTracks(random: Random): Track[] {
  const r = random.next();
  return r < 0.5 ? ['away'] : r < 0.75 ? ['home', 'away'] : r < 0.95 ? ['home'] : ['study'];
}

const ALL_PURPOSES: [ConsentPurpose, number][] = [
  ['partnership_matching', 0.85],
  ['employer_sharing', 0.5],
  ['anonymous_statistics', 0.6],
];

/** The recorded gender: the one the name was drawn for, else drawn (45 % women). */
function genderOf(random: Random, person: CandidatePerson): 'female' | 'male' {
  const drawn = chance(random, 0.45) ? 'female' : 'male'; // drawn always: the stream stays put
  return person.gender ?? drawn;
}

/** One candidate of an origin country trained or working in one of the occupations. Pure. */
export function drawCandidate(
  random: Random,
  person: CandidatePerson,
  occupations: readonly Occupation[],
  skillPool: readonly string[],
): DemoCandidate {
  const occupation = random.pick(occupations);
  const destinations = DESTINATIONS[person.country] ?? [];
  const years = random.int(0, 12);
  const profile: CandidateProfile = {
    name: person.name,
    residenceCountry: person.country,
    nationality: person.country,
    gender: { kind: genderOf(random, person) },
    birthYear: random.int(1975, 2005),
    headline: occupation.label,
    skills: drawSkills(random, occupation, skillPool),
    languages: drawLanguages(random, person.country),
    qualifications: chance(random, 0.7)
      ? [
          {
            title: `Diploma: ${occupation.label}`,
            country: person.country,
            eqfLevel: random.int(3, 6),
          },
        ]
      : [],
    experience:
      years > 0
        ? [
            {
              title: occupation.label,
              occupationUri: occupation.uri,
              country: person.country,
              formal: chance(random, 0.6),
              years,
            },
          ]
        : [],
    preferences: {
      destinationCountries: destinations.filter((_, i) => i === 0 || chance(random, 0.5)),
      tracks: drawTracks(random),
      sectors: [occupation.sector],
    },
    availability: { noticeWeeks: random.int(0, 12) },
  };
  const consents = ALL_PURPOSES.filter(([, p]) => chance(random, p)).map(([purpose]) => purpose);
  return { id: random.uuid(), userId: person.userId, profile, consents };
}
