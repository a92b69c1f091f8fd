import type { OrganisationKind, Role } from '../accounts/roles.js';
import { ROLES } from '../accounts/roles.js';
import type { Corridor } from './corridors.js';
import { originCountries } from './corridors.js';
import { countryProfile, FEMININE } from './countries.js';
import type { DemoOrganisation } from './organisations.js';
import type { Random } from './random.js';
import type { ScaleCounts } from './scale.js';

/** A demo user with a demo-only password (hashed when loaded). */
export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  password: string;
  memberships: { organisationId: string; role: Role }[];
}

/** A login printed for people trying the demo. */
export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

export const DEMO_DOMAIN = 'demo.passerelle.dev';
const slug = (role: Role) => role.replaceAll('_', '-');

/** The demo-only password of a role's demo users, e.g. `demo-coordinator-2026`. */
export const demoPassword = (role: Role) => `demo-${slug(role)}-2026`;

/** The email of the one demo login of a role, e.g. `coordinator@demo.passerelle.dev`. */
export const demoEmail = (role: Role) => `${slug(role)}@${DEMO_DOMAIN}`;

/** Where each role's demo login works (organisation keys; the candidate gets their own). */
const demoHome: Record<Exclude<Role, 'candidate'>, string> = {
  admin: 'platform',
  coordinator: 'BE.development_agency',
  analyst: 'BE.employment_service.flanders',
  recognition_officer: 'BE.recognition',
  trainer: 'MA.training.1',
  employer: 'BE.employer.1',
  worker_representative: 'BE.union',
};

/** The kinds of organisation further users of a role work for. */
const workplaces: Record<Exclude<Role, 'candidate' | 'admin'>, OrganisationKind[]> = {
  coordinator: ['government', 'local_government', 'international_organisation'],
  analyst: ['government', 'local_government'],
  recognition_officer: ['recognition_body'],
  trainer: ['training_provider'],
  employer: ['employer', 'recruitment_agency', 'employers_organisation'],
  worker_representative: ['workers_organisation', 'civil_society'],
};

/** The genders the demo's given names are listed under. */
export type NameGender = 'female' | 'male';

/**
 * An invented person's name in the naming customs of the country; of the given gender when one
 * is given (the given name and, where the language has them, the family name's form follow it).
 */
export function personName(random: Random, country: string, gender?: NameGender): string {
  const profile = countryProfile(country);
  const names = gender
    ? profile.givenNames.filter((n) => n.startsWith(FEMININE) === (gender === 'female'))
    : profile.givenNames;
  const given = random.pick(names);
  const feminine = given.startsWith(FEMININE);
  const family = random.pick(profile.familyNames);
  const familyName = typeof family === 'string' ? family : family[feminine ? 1 : 0];
  return `${given.replace(FEMININE, '')} ${familyName}`;
}

/** The gender a demo name was drawn for, from its given name; null for a name not drawn so. */
export function genderOfName(name: string, country: string): NameGender | null {
  // The longest listed given name the name starts with ("Ahmed Salem" before "Ahmed").
  const given = countryProfile(country)
    .givenNames.filter((g) => name.startsWith(`${g.replace(FEMININE, '')} `))
    .sort((a, b) => b.length - a.length)[0];
  if (given === undefined) return null;
  return given.startsWith(FEMININE) ? 'female' : 'male';
}

const titleOf = (role: Role) =>
  role
    .split('_')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');

/** The individual organisation a migrant worker's account lives in: their name is personal data. */
function individual(random: Random, key: string, name: string, country: string): DemoOrganisation {
  const city = random.pick(countryProfile(country).cities);
  return { id: random.uuid(), key, name, kind: 'individual', country, city };
}

/** One demo login per role, each in a plausible organisation of the corridors. */
export function generateRoleUsers(
  random: Random,
  organisations: DemoOrganisation[],
): { users: DemoUser[]; individuals: DemoOrganisation[] } {
  const byKey = new Map(organisations.map((o) => [o.key, o]));
  const candidateHome = individual(random, 'candidate.demo', 'Demo Candidate', 'MA');
  const users = ROLES.map((role): DemoUser => {
    const home = role === 'candidate' ? candidateHome : byKey.get(demoHome[role]);
    if (!home) throw new Error(`Demo organisation missing for ${role}`);
    return {
      id: random.uuid(),
      email: demoEmail(role),
      displayName: `Demo ${titleOf(role)}`,
      locale: 'en',
      password: demoPassword(role),
      memberships: [{ organisationId: home.id, role }],
    };
  });
  return { users, individuals: [candidateHome] };
}

/** Further staff users at medium and large scale, spread over organisations of fitting kinds. */
export function generateStaff(
  random: Random,
  organisations: DemoOrganisation[],
  counts: ScaleCounts,
): DemoUser[] {
  return (Object.keys(workplaces) as (keyof typeof workplaces)[]).flatMap((role) => {
    const candidates = organisations.filter((o) => workplaces[role].includes(o.kind));
    return Array.from({ length: counts.extraUsersPerRole }, (_, i) => {
      const org = random.pick(candidates);
      return {
        id: random.uuid(),
        email: `${slug(role)}-${i + 2}@${DEMO_DOMAIN}`,
        displayName: personName(random, org.country),
        locale: countryProfile(org.country).locale,
        password: demoPassword(role),
        memberships: [{ organisationId: org.id, role }],
      };
    });
  });
}

/** Individual migrant workers from the origin countries, each with their own account. */
export function generateCandidates(
  random: Random,
  corridors: readonly Corridor[],
  counts: ScaleCounts,
): { users: DemoUser[]; individuals: DemoOrganisation[] } {
  const origins = originCountries(corridors);
  const users: DemoUser[] = [];
  const individuals: DemoOrganisation[] = [];
  for (let i = 0; i < counts.candidates; i++) {
    const country = random.pick(origins);
    const name = personName(random, country);
    const home = individual(random, `candidate.${i + 2}`, name, country);
    individuals.push(home);
    users.push({
      id: random.uuid(),
      email: `candidate-${i + 2}@${DEMO_DOMAIN}`,
      displayName: name,
      locale: countryProfile(country).locale,
      password: demoPassword('candidate'),
      memberships: [{ organisationId: home.id, role: 'candidate' }],
    });
  }
  return { users, individuals };
}
