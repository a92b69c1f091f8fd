// The matching policy cases (not a test file).
import type { Actor } from '../accounts/actor.js';
import { ROLES, type Role } from '../accounts/roles.js';
import type { OpeningResource } from './matching.policy.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
export const actor = (role: Role): Actor => ({
  userId: SELF,
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: 'org', organisationKind: 'employer', country: 'BE', role }],
});

/** A partnership their organisation is a party to, and one of others, starting in Morocco. */
export const ours = { partyOrganisationIds: ['org', 'elsewhere'], originCountries: ['MA'] };
export const theirs = { partyOrganisationIds: ['elsewhere'], originCountries: ['MA'] };

const own = { userId: SELF, consents: [], cohortOf: [] };
const consenting = { userId: OTHER, consents: ['partnership_matching'], cohortOf: [ours] };
const consentingElsewhere = {
  userId: OTHER,
  consents: ['partnership_matching'],
  cohortOf: [theirs],
};
const notConsenting = { userId: OTHER, consents: ['employer_sharing'], cohortOf: [ours] };

export const opening = (
  kind: OpeningResource['kind'],
  organisationId: string,
  partnership: OpeningResource['partnership'],
): OpeningResource => ({ kind, organisationId, partnership });

/** Every matching action in some situation, and which roles may perform it there. */
export const matrix: PolicyCase[] = [
  { action: 'match.forCandidate', situation: 'their own matches', resource: own, allowed: ROLES },
  {
    action: 'match.forCandidate',
    situation: 'a person of their partnership who consented to matching',
    resource: consenting,
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.forCandidate',
    situation: 'a person of another partnership who consented to matching',
    resource: consentingElsewhere,
    allowed: ['admin'],
  },
  {
    action: 'match.forCandidate',
    situation: 'a person who did not consent to matching',
    resource: notConsenting,
    allowed: ['admin'],
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of their organisation, outside any partnership',
    resource: opening('vacancy', 'org', null),
    allowed: ['admin', 'employer', 'coordinator'],
  },
  {
    action: 'match.shortlist',
    situation: 'a programme of their organisation, outside any partnership',
    resource: opening('programme', 'org', null),
    allowed: ['admin', 'trainer', 'coordinator'],
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of another organisation in a partnership they are a party to',
    resource: opening('vacancy', 'elsewhere', ours),
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of another organisation in a partnership of others',
    resource: opening('vacancy', 'elsewhere', theirs),
    allowed: ['admin'],
  },
  { action: 'match.readWeights', situation: 'any', allowed: ROLES },
  {
    action: 'match.setWeights',
    situation: 'a partnership of their organisation',
    resource: { partyOrganisationIds: ['org'] },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.setWeights',
    situation: 'a partnership of others',
    resource: { partyOrganisationIds: ['elsewhere'] },
    allowed: ['admin'],
  },
];

export const matchingPolicyTable: PolicyTable = {
  area: 'matching',
  actorFor: actor,
  cases: matrix,
};
