// The partnership slot-link policy cases (not a test file).
import { actorWithRole } from '../accounts/policy.cases.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';
import { ROLES } from '../accounts/roles.js';

// The organisation actorWithRole puts every actor in.
const OWN_ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER_ORG = '00000000-0000-4000-8000-00000000000b';

const proposing = (action: PolicyCase['action']): PolicyCase[] => [
  {
    action,
    situation: "their organisation's vacancy or programme, their organisation being a party",
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG], proposerOrganisationId: OWN_ORG },
    // Any member of the proposing party (a candidate's organisation is never a party in practice).
    allowed: ROLES,
  },
  {
    action,
    situation: "another party's vacancy or programme",
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG], proposerOrganisationId: OTHER_ORG },
    allowed: ['admin'],
  },
  {
    action,
    situation: 'their organisation is not a party of the partnership',
    resource: { partyOrganisationIds: [OTHER_ORG], proposerOrganisationId: OWN_ORG },
    allowed: ['admin'],
  },
];

const cases: PolicyCase[] = [
  ...proposing('partnership.proposeLink'),
  ...proposing('partnership.withdrawLink'),
  {
    action: 'partnership.decideLink',
    situation: 'a partnership their organisation is a party to',
    resource: { partyOrganisationIds: [OWN_ORG, OTHER_ORG] },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'partnership.decideLink',
    situation: 'a partnership of other organisations',
    resource: { partyOrganisationIds: [OTHER_ORG] },
    allowed: ['admin'],
  },
];

/** Links of vacancies and programmes: the proposing party's members propose, coordinators decide. */
export const partnershipLinkPolicyTable: PolicyTable = {
  area: 'partnerships',
  actorFor: actorWithRole,
  cases,
};
