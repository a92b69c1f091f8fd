// The passport policy cases (not a test file).
import type { Actor } from '../accounts/actor.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';
import { ROLES, type Role } from '../accounts/roles.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const ORG = 'org';

/** A user holding the role in organisation `org`. */
export const passportActor = (role: Role): Actor => ({
  userId: SELF,
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: ORG, organisationKind: 'recognition_body', country: 'BE', role }],
});

const ISSUERS: Role[] = ['recognition_officer', 'trainer', 'coordinator'];
const ownCredential = { personUserId: SELF, issuerOrganisationId: 'elsewhere' };
const issuedByThem = { personUserId: OTHER, issuerOrganisationId: ORG };
const issuedElsewhere = { personUserId: OTHER, issuerOrganisationId: 'elsewhere' };

/** Every passport action in some situation, and which roles may perform it there. */
export const passportCases: PolicyCase[] = [
  {
    action: 'credential.read',
    situation: 'their own credential',
    resource: ownCredential,
    allowed: ROLES,
  },
  {
    action: 'credential.read',
    situation: "someone's credential their organisation issued",
    resource: issuedByThem,
    allowed: ['admin', ...ISSUERS],
  },
  {
    action: 'credential.read',
    situation: "someone's credential another organisation issued",
    resource: issuedElsewhere,
    allowed: ['admin'],
  },
  {
    action: 'credential.issueOwn',
    situation: 'themselves',
    resource: { userId: SELF },
    allowed: ROLES,
  },
  {
    action: 'credential.issueOwn',
    situation: 'someone else',
    resource: { userId: OTHER },
    allowed: [],
  },
  {
    action: 'credential.issueFor',
    situation: 'someone else, for their organisation',
    resource: { organisationId: ORG, personUserId: OTHER },
    allowed: ISSUERS,
  },
  {
    action: 'credential.issueFor',
    situation: 'someone else, for another organisation',
    resource: { organisationId: 'elsewhere', personUserId: OTHER },
    allowed: [],
  },
  {
    action: 'credential.issueFor',
    situation: 'themselves, for their organisation',
    resource: { organisationId: ORG, personUserId: SELF },
    allowed: [],
  },
  {
    action: 'credential.register',
    situation: "their organisation's register",
    resource: { organisationId: ORG },
    allowed: ['admin', ...ISSUERS],
  },
  {
    action: 'credential.register',
    situation: "another organisation's register",
    resource: { organisationId: 'elsewhere' },
    allowed: ['admin'],
  },
  {
    action: 'credential.changeStatus',
    situation: "someone's credential their organisation issued",
    resource: issuedByThem,
    allowed: ISSUERS,
  },
  {
    action: 'credential.changeStatus',
    situation: 'a credential another organisation issued',
    resource: issuedElsewhere,
    allowed: [],
  },
  {
    action: 'credential.changeStatus',
    situation: 'their own credential, issued by their organisation',
    resource: { personUserId: SELF, issuerOrganisationId: ORG },
    allowed: [],
  },
  {
    action: 'issuerKey.rotate',
    situation: "their organisation's key",
    resource: { organisationId: ORG },
    allowed: ['admin', ...ISSUERS],
  },
  {
    action: 'issuerKey.rotate',
    situation: "another organisation's key",
    resource: { organisationId: 'elsewhere' },
    allowed: ['admin'],
  },
  {
    action: 'orientation.record',
    situation: 'a person of a partnership their organisation is party to',
    resource: { organisationId: ORG, cohortOf: [{ partyOrganisationIds: [ORG] }] },
    allowed: ['coordinator'],
  },
  {
    action: 'orientation.record',
    situation: 'a person of no partnership of their organisation',
    resource: { organisationId: ORG, cohortOf: [{ partyOrganisationIds: ['elsewhere'] }] },
    allowed: [],
  },
  {
    action: 'orientation.record',
    situation: 'for another organisation',
    resource: { organisationId: 'elsewhere', cohortOf: [{ partyOrganisationIds: ['elsewhere'] }] },
    allowed: [],
  },
  {
    action: 'presentation.create',
    situation: 'themselves',
    resource: { userId: SELF },
    allowed: ROLES,
  },
  {
    action: 'presentation.create',
    situation: 'someone else',
    resource: { userId: OTHER },
    allowed: [],
  },
  {
    action: 'passportHolder.set',
    situation: 'themselves',
    resource: { userId: SELF },
    allowed: ROLES,
  },
  {
    action: 'passportHolder.set',
    situation: 'someone else',
    resource: { userId: OTHER },
    allowed: [],
  },
];

export const passportPolicyTable: PolicyTable = {
  area: 'passport',
  actorFor: passportActor,
  cases: passportCases,
};
