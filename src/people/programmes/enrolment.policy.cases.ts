// The programme enrolments' policy cases (not a test file).
import { actorWithRole } from '../../accounts/policy.cases.js';
import type { PolicyCase, PolicyTable } from '../../accounts/policy-cases.js';

// actorWithRole puts every actor in OWN_ORG.
const OWN_ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER_ORG = '00000000-0000-4000-8000-00000000000b';

const ownProgramme = { organisationId: OWN_ORG, linkedPartnerships: [] };
const linkedToOwnPartnership = {
  organisationId: OTHER_ORG,
  linkedPartnerships: [{ partyOrganisationIds: [OTHER_ORG, OWN_ORG] }],
};
const foreign = {
  organisationId: OTHER_ORG,
  linkedPartnerships: [{ partyOrganisationIds: [OTHER_ORG] }],
};

const situations: [string, unknown][] = [
  ['a programme of their organisation', ownProgramme],
  [
    'a programme of another provider linked to a partnership of their organisation',
    linkedToOwnPartnership,
  ],
  ['a programme of another provider linked to partnerships of others', foreign],
];

const allowed: Record<string, PolicyCase['allowed'][]> = {
  'programmeEnrolment.write': [['admin', 'trainer'], ['admin'], ['admin']],
  'programmeEnrolment.read': [
    ['admin', 'trainer', 'coordinator'],
    ['admin', 'coordinator'],
    ['admin'],
  ],
};

const cases: PolicyCase[] = Object.entries(allowed).flatMap(([action, perSituation]) =>
  situations.map(([situation, resource], i) => ({
    action,
    situation,
    resource,
    allowed: perSituation[i] ?? [],
  })),
);

/** Programme enrolments: the provider's trainers write; its staff and linked coordinators read. */
export const enrolmentPolicyTable: PolicyTable = {
  area: 'people',
  actorFor: actorWithRole,
  cases,
};
