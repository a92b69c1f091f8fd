import { CORRIDORS, type Corridor } from './corridors.js';
import { generateOrganisations, type DemoOrganisation } from './organisations.js';
import {
  demoEmail,
  demoPassword,
  generateCandidates,
  generateRoleUsers,
  generateStaff,
  type DemoLogin,
  type DemoUser,
} from './people.js';
import { ROLES } from '../accounts/roles.js';
import { createRandom } from './random.js';
import { SCALE_COUNTS, type DemoScale } from './scale.js';

/**
 * The demo dataset, one section per kind of record. Later areas add their sections (candidates'
 * skills, vacancies, programmes, observations) drawn from the same seeded sequence.
 */
export interface DemoDataset {
  seed: number;
  scale: DemoScale;
  corridors: readonly Corridor[];
  organisations: DemoOrganisation[];
  users: DemoUser[];
  /** One login per role, printed for people trying the demo. */
  logins: DemoLogin[];
}

/** Generates the demo dataset: a pure function of the seed and the scale. */
export function generateDemo(options: { seed: number; scale: DemoScale }): DemoDataset {
  const random = createRandom(options.seed);
  const counts = SCALE_COUNTS[options.scale];
  const institutions = generateOrganisations(random, CORRIDORS, counts);
  const roleUsers = generateRoleUsers(random, institutions);
  const staff = generateStaff(random, institutions, counts);
  const candidates = generateCandidates(random, CORRIDORS, counts);
  return {
    seed: options.seed,
    scale: options.scale,
    corridors: CORRIDORS,
    organisations: [...institutions, ...roleUsers.individuals, ...candidates.individuals],
    users: [...roleUsers.users, ...staff, ...candidates.users],
    logins: demoLogins(),
  };
}

/** The one demo login of every role; the same whatever the seed. */
export function demoLogins(): DemoLogin[] {
  return ROLES.map((role) => ({ role, email: demoEmail(role), password: demoPassword(role) }));
}
