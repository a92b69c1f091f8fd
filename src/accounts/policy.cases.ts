// The accounts, platform, partnerships, people and labour-market policy cases (not a test file).
import type { Actor } from './actor.js';
import { ROLES, type Role } from './roles.js';
import type { PolicyCase, PolicyTable } from './policy-cases.js';

const OWN_ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER_ORG = '00000000-0000-4000-8000-00000000000b';
const SELF = '00000000-0000-4000-8000-000000000001';
const SOMEONE_ELSE = '00000000-0000-4000-8000-000000000002';

/** A user holding one role in their own organisation. */
export function actorWithRole(role: Role): Actor {
  return {
    userId: SELF,
    email: `${role}@example.org`,
    displayName: role,
    memberships: [
      {
        organisationId: OWN_ORG,
        organisationKind: role === 'candidate' ? 'individual' : 'government',
        country: 'BE',
        role,
      },
    ],
  };
}

type Case = PolicyCase;

const everyone = ROLES;
const adminOnly = ['admin'] as const;
const nobody = [] as const;

/** The matrix: every action in some situation, and which roles may perform it there. */
export const matrix: Case[] = [
  { action: 'organisation.list', situation: 'any', allowed: everyone },
  {
    action: 'organisation.read',
    situation: 'an employer they do not belong to',
    resource: { id: OTHER_ORG, kind: 'employer' },
    allowed: everyone,
  },
  {
    action: 'organisation.read',
    situation: "another person's individual account",
    resource: { id: OTHER_ORG, kind: 'individual' },
    allowed: adminOnly,
  },
  {
    action: 'organisation.read',
    situation: 'their own individual account',
    resource: { id: OWN_ORG, kind: 'individual' },
    allowed: everyone,
  },
  {
    action: 'organisation.readMembers',
    situation: 'their own organisation',
    resource: { id: OWN_ORG },
    allowed: everyone,
  },
  {
    action: 'organisation.readMembers',
    situation: 'an organisation they do not belong to',
    resource: { id: OTHER_ORG },
    allowed: adminOnly,
  },
  { action: 'organisation.create', situation: 'any', allowed: adminOnly },
  { action: 'organisation.update', situation: 'any', allowed: adminOnly },
  {
    action: 'organisation.invite',
    situation: 'an active organisation',
    resource: { id: OTHER_ORG, active: true },
    allowed: adminOnly,
  },
  {
    action: 'organisation.invite',
    situation: 'a deactivated organisation',
    resource: { id: OWN_ORG, active: false },
    allowed: nobody,
  },
  { action: 'outbox.readInvitations', situation: 'any', allowed: adminOnly },
  { action: 'user.create', situation: 'any', allowed: adminOnly },
  { action: 'user.readSelf', situation: 'themselves', allowed: everyone },
  {
    action: 'user.updateSelf',
    situation: 'themselves',
    resource: { userId: SELF },
    allowed: everyone,
  },
  {
    action: 'user.updateSelf',
    situation: 'someone else',
    resource: { userId: SOMEONE_ELSE },
    allowed: nobody,
  },
  {
    action: 'audit.readOwn',
    situation: 'their own trail',
    resource: { userId: SELF },
    allowed: everyone,
  },
  {
    action: 'audit.readOwn',
    situation: "someone else's trail",
    resource: { userId: SOMEONE_ELSE },
    allowed: nobody,
  },
  { action: 'taxonomy.import', situation: 'any', allowed: adminOnly },
  { action: 'partnership.list', situation: 'any', allowed: everyone },
  { action: 'partnership.create', situation: 'any', allowed: ['admin', 'coordinator'] },
  {
    action: 'partnership.read',
    situation: 'a partnership their organisation is a party to',
    resource: { partyOrganisationIds: [OWN_ORG] },
    allowed: everyone,
  },
  {
    action: 'partnership.read',
    situation: 'a partnership of other organisations',
    resource: { partyOrganisationIds: [OTHER_ORG] },
    allowed: adminOnly,
  },
  {
    action: 'partnership.manage',
    situation: 'a partnership their organisation is a party to',
    resource: { partyOrganisationIds: [OWN_ORG] },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'partnership.manage',
    situation: 'a partnership of other organisations',
    resource: { partyOrganisationIds: [OTHER_ORG] },
    allowed: adminOnly,
  },
  {
    action: 'partnership.updateAction',
    situation: 'an action their organisation owns',
    resource: { partyOrganisationIds: [OTHER_ORG, OWN_ORG], ownerOrganisationId: OWN_ORG },
    allowed: everyone,
  },
  {
    action: 'partnership.updateAction',
    situation: 'an action of another party',
    resource: { partyOrganisationIds: [OTHER_ORG, OWN_ORG], ownerOrganisationId: OTHER_ORG },
    allowed: ['admin', 'coordinator'],
  },
  { action: 'workshop.list', situation: 'any', allowed: everyone },
  { action: 'workshop.create', situation: 'any', allowed: ['admin', 'coordinator'] },
  {
    action: 'workshop.submitIdea',
    situation: "their organisation's delegation",
    resource: { organisationId: OWN_ORG },
    allowed: everyone,
  },
  {
    action: 'workshop.submitIdea',
    situation: "another organisation's delegation",
    resource: { organisationId: OTHER_ORG },
    allowed: adminOnly,
  },
  {
    action: 'workshop.score',
    situation: 'any idea',
    allowed: ROLES.filter((r) => r !== 'candidate'),
  },
  {
    action: 'workshop.selectWinners',
    situation: 'a workshop where their organisation sends a delegation',
    resource: { delegationOrganisationIds: [OWN_ORG] },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'workshop.selectWinners',
    situation: 'a workshop of other organisations',
    resource: { delegationOrganisationIds: [OTHER_ORG] },
    allowed: adminOnly,
  },
  // people, jobs and training
  ...[
    { situation: 'their own profile', userId: SELF, consents: [], allowed: everyone },
    {
      situation: 'a profile without consent',
      userId: SOMEONE_ELSE,
      consents: [],
      allowed: adminOnly,
    },
    {
      situation: 'a profile shared for matching in a partnership of their organisation',
      userId: SOMEONE_ELSE,
      consents: ['partnership_matching'],
      cohortOf: [{ partyOrganisationIds: [OWN_ORG] }],
      allowed: ['admin', 'coordinator'],
    },
    {
      situation: 'a profile shared for matching in a partnership of others',
      userId: SOMEONE_ELSE,
      consents: ['partnership_matching'],
      cohortOf: [{ partyOrganisationIds: [OTHER_ORG] }],
      allowed: adminOnly,
    },
    {
      situation: 'a profile shared with employers',
      userId: SOMEONE_ELSE,
      consents: ['employer_sharing'],
      allowed: ['admin', 'employer'],
    },
  ].map(({ situation, userId, consents, cohortOf = [], allowed }): Case => ({
    action: 'candidate.read',
    situation,
    resource: { userId, consents, cohortOf },
    allowed: allowed as readonly Role[],
  })),
  { action: 'candidate.list', situation: 'any', allowed: ['admin', 'coordinator', 'employer'] },
  { action: 'candidate.writeOwn', situation: 'any', allowed: ['candidate'] },
  ...(['candidate.update', 'candidate.exportData', 'candidate.erase'] as const).flatMap(
    (action): Case[] => [
      {
        action,
        situation: 'their own profile',
        resource: { userId: SELF, consents: [] },
        allowed: everyone,
      },
      {
        action,
        situation: "someone else's profile",
        resource: { userId: SOMEONE_ELSE, consents: ['employer_sharing', 'partnership_matching'] },
        allowed: adminOnly,
      },
    ],
  ),
  {
    action: 'candidate.manageConsent',
    situation: 'their own consent',
    resource: { userId: SELF, consents: [] },
    allowed: everyone,
  },
  {
    action: 'candidate.manageConsent',
    situation: "someone else's consent",
    resource: { userId: SOMEONE_ELSE, consents: [] },
    allowed: nobody,
  },
  { action: 'vacancy.read', situation: 'any', allowed: everyone },
  {
    action: 'vacancy.write',
    situation: 'a vacancy of their organisation',
    resource: { organisationId: OWN_ORG },
    allowed: ['admin', 'employer', 'coordinator'],
  },
  {
    action: 'vacancy.write',
    situation: 'a vacancy of another organisation',
    resource: { organisationId: OTHER_ORG },
    allowed: adminOnly,
  },
  { action: 'programme.read', situation: 'any', allowed: everyone },
  {
    action: 'programme.write',
    situation: 'a programme of their organisation',
    resource: { organisationId: OWN_ORG },
    allowed: ['admin', 'trainer', 'coordinator'],
  },
  {
    action: 'programme.write',
    situation: 'a programme of another organisation',
    resource: { organisationId: OTHER_ORG },
    allowed: adminOnly,
  },
  {
    action: 'programme.recordCompletion',
    situation: 'a programme of their organisation',
    resource: { organisationId: OWN_ORG },
    allowed: ['admin', 'trainer'],
  },
  {
    action: 'programme.recordCompletion',
    situation: 'a programme of another organisation',
    resource: { organisationId: OTHER_ORG },
    allowed: adminOnly,
  },
  { action: 'extraction.run', situation: 'any', allowed: everyone },
  { action: 'labourMarket.read', situation: 'any', allowed: everyone },
  { action: 'labourMarket.import', situation: 'any', allowed: ['admin', 'coordinator', 'analyst'] },
];

export const accountsPolicyTable: PolicyTable = {
  area: 'accounts, platform, partnerships, people and labour market',
  actorFor: actorWithRole,
  cases: matrix,
};
