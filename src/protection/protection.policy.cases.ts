// The protection policy cases (not a test file).
import { actorWithRole } from '../accounts/policy.cases.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';
import { ROLES } from '../accounts/roles.js';
import type { GrievanceResource } from './protection.policy.js';

// The user and organisation actorWithRole stands for.
const SELF = '00000000-0000-4000-8000-000000000001';
const SOMEONE_ELSE = '00000000-0000-4000-8000-000000000002';
const OWN_ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER_ORG = '00000000-0000-4000-8000-00000000000b';

const grievance = (over: Partial<GrievanceResource>): GrievanceResource => ({
  personUserId: SOMEONE_ELSE,
  filedByUserId: SOMEONE_ELSE,
  handlerOrganisationId: OTHER_ORG,
  sharedWithOrganisationId: null,
  concernedOrganisationId: OTHER_ORG,
  ...over,
});
const nonCandidates = ROLES.filter((r) => r !== 'candidate');

const cases: PolicyCase[] = [
  { action: 'grievance.file', situation: 'their own grievance', allowed: ROLES },
  {
    action: 'grievance.fileOnBehalf',
    situation: 'for someone else',
    allowed: ['coordinator', 'worker_representative'],
  },
  {
    action: 'grievance.read',
    situation: 'a grievance about them',
    resource: grievance({ personUserId: SELF }),
    allowed: ROLES,
  },
  {
    action: 'grievance.read',
    situation: 'a grievance they filed for someone',
    resource: grievance({ filedByUserId: SELF }),
    allowed: ROLES,
  },
  {
    action: 'grievance.read',
    situation: 'a grievance their organisation handles',
    resource: grievance({ handlerOrganisationId: OWN_ORG }),
    allowed: nonCandidates,
  },
  {
    action: 'grievance.read',
    situation: 'a grievance shared with their workers’ organisation',
    resource: grievance({ sharedWithOrganisationId: OWN_ORG }),
    allowed: ['worker_representative'],
  },
  {
    action: 'grievance.read',
    situation: 'a grievance against their organisation (disclosed parts only)',
    resource: grievance({ concernedOrganisationId: OWN_ORG }),
    allowed: [],
  },
  {
    action: 'grievance.handle',
    situation: 'a grievance their organisation handles',
    resource: grievance({ handlerOrganisationId: OWN_ORG }),
    allowed: nonCandidates,
  },
  {
    action: 'grievance.handle',
    situation: 'a grievance about them handled elsewhere',
    resource: grievance({ personUserId: SELF }),
    allowed: [],
  },
  {
    action: 'grievance.readDisclosed',
    situation: 'a grievance against their organisation',
    resource: grievance({ concernedOrganisationId: OWN_ORG }),
    allowed: nonCandidates,
  },
  {
    action: 'grievance.readDisclosed',
    situation: 'a grievance against another organisation',
    resource: grievance({}),
    allowed: [],
  },
  {
    action: 'grievance.share',
    situation: 'a grievance about them',
    resource: grievance({ personUserId: SELF }),
    allowed: ROLES,
  },
  {
    action: 'grievance.share',
    situation: 'a grievance they filed for someone else',
    resource: grievance({ filedByUserId: SELF }),
    allowed: [],
  },
  {
    action: 'grievance.appeal',
    situation: 'a grievance about them',
    resource: grievance({ personUserId: SELF }),
    allowed: ROLES,
  },
  {
    action: 'grievance.appeal',
    situation: 'a grievance their organisation handles',
    resource: grievance({ handlerOrganisationId: OWN_ORG }),
    allowed: [],
  },
  {
    action: 'grievance.statistics',
    situation: 'their corridors',
    allowed: ['admin', 'coordinator', 'worker_representative'],
  },
  {
    action: 'grievance.manageRouting',
    situation: 'a partnership their organisation is a party to',
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG] },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'grievance.manageRouting',
    situation: 'a partnership of other organisations',
    resource: { partyOrganisationIds: [OTHER_ORG] },
    allowed: ['admin'],
  },
  { action: 'grievance.runEscalation', situation: 'any', allowed: ['admin'] },
];

/** Grievances are confidential: the person, the handling body and consented representatives. */
export const protectionPolicyTable: PolicyTable = {
  area: 'protection',
  actorFor: actorWithRole,
  cases,
};
