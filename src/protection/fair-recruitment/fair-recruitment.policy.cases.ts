// The fair-recruitment policy cases (not a test file).
import { actorWithRole } from '../../accounts/policy.cases.js';
import type { PolicyCase, PolicyTable } from '../../accounts/policy-cases.js';
import { ROLES, type Role } from '../../accounts/roles.js';

// The organisation and user actorWithRole stands for.
const OWN_ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER_ORG = '00000000-0000-4000-8000-00000000000b';
const SELF = '00000000-0000-4000-8000-000000000001';
const SOMEONE_ELSE = '00000000-0000-4000-8000-000000000002';

const notCandidate = ROLES.filter((r) => r !== 'candidate');
const placement = (over: object) => ({
  partyOrganisationIds: [OWN_ORG, OTHER_ORG],
  personUserId: SOMEONE_ELSE,
  employerId: OTHER_ORG,
  recruiterId: null,
  ...over,
});

/** The same situations for every action on a placement, each with who may act there. */
function placementCases(
  action: PolicyCase['action'],
  allowed: { own: readonly Role[]; employer: readonly Role[]; party: readonly Role[] },
): PolicyCase[] {
  return [
    {
      action,
      situation: 'their own placement (the person), at an organisation not a party',
      resource: placement({ partyOrganisationIds: [OTHER_ORG], personUserId: SELF }),
      allowed: allowed.own,
    },
    {
      action,
      situation: 'a placement with their organisation as employer, it being a party',
      resource: placement({ employerId: OWN_ORG }),
      allowed: allowed.employer,
    },
    {
      action,
      situation: 'a placement with their organisation as recruiter, it not being a party',
      resource: placement({ partyOrganisationIds: [OTHER_ORG], recruiterId: OWN_ORG }),
      allowed: ['admin'],
    },
    {
      action,
      situation: "another person's placement with another employer, their organisation a party",
      resource: placement({}),
      allowed: allowed.party,
    },
  ];
}

const cases: PolicyCase[] = [
  ...placementCases('recruitmentCost.record', {
    own: ROLES,
    employer: notCandidate,
    party: ['admin', 'coordinator'],
  }),
  ...placementCases('contract.read', {
    own: ROLES,
    employer: notCandidate,
    party: ['admin', 'coordinator'],
  }),
  ...placementCases('contract.state', {
    own: ['admin'],
    employer: notCandidate,
    party: ['admin', 'coordinator'],
  }),
  ...placementCases('contract.reportActual', {
    own: ROLES,
    employer: ['admin', 'coordinator'],
    party: ['admin', 'coordinator'],
  }),
  {
    action: 'fairRecruitment.report',
    situation: 'a partnership their organisation is a party to',
    resource: { partyOrganisationIds: [OWN_ORG] },
    allowed: ['admin', 'coordinator', 'worker_representative', 'analyst'],
  },
  {
    action: 'fairRecruitment.report',
    situation: 'a partnership of other organisations',
    resource: { partyOrganisationIds: [OTHER_ORG] },
    allowed: ['admin'],
  },
  ...(['fairRecruitment.setRules', 'compliance.suspend'] as const).flatMap((action) => [
    {
      action,
      situation: 'a partnership their organisation is a party to',
      resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG], organisationId: OTHER_ORG },
      allowed: ['admin', 'coordinator'] as const,
    },
    {
      action,
      situation: 'a partnership of other organisations',
      resource: { partyOrganisationIds: [OTHER_ORG], organisationId: OTHER_ORG },
      allowed: ['admin'] as const,
    },
  ]),
  {
    action: 'compliance.read',
    situation: "their own organisation's record, it being a party",
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG], organisationId: OWN_ORG },
    allowed: notCandidate,
  },
  {
    action: 'compliance.read',
    situation: "another party's record",
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG], organisationId: OTHER_ORG },
    allowed: ['admin', 'coordinator', 'worker_representative'],
  },
  {
    action: 'compliance.read',
    situation: 'a record in a partnership of other organisations',
    resource: { partyOrganisationIds: [OTHER_ORG], organisationId: OTHER_ORG },
    allowed: ['admin'],
  },
  {
    action: 'compliance.readFigures',
    situation: "their own organisation's record, it being a party",
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG], organisationId: OWN_ORG },
    allowed: notCandidate,
  },
  {
    action: 'compliance.readFigures',
    situation: "another party's record",
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG], organisationId: OTHER_ORG },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'compliance.readFigures',
    situation: 'their own organisation, it not being a party',
    resource: { partyOrganisationIds: [OTHER_ORG], organisationId: OWN_ORG },
    allowed: ['admin'],
  },
];

/** Fair recruitment: the person and their employer or recruiter act on a placement, coordinators on all. */
export const fairRecruitmentPolicyTable: PolicyTable = {
  area: 'protection',
  actorFor: actorWithRole,
  cases,
};
