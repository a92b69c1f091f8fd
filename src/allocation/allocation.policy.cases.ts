// The allocation policy cases (not a test file).
import type { Actor } from '../accounts/actor.js';
import type { Role } from '../accounts/roles.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';
import { allocationPolicies } from './allocation.policy.js';

const PARTY = 'org-party';
const actor = (role: Role): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: PARTY, organisationKind: 'government', country: 'BE', role }],
});

const cases: PolicyCase[] = (Object.keys(allocationPolicies) as PolicyCase['action'][]).flatMap(
  (action) => [
    {
      action,
      situation: 'a partnership their organisation is a party to',
      resource: { partyOrganisationIds: [PARTY, 'org-other-party'] },
      allowed: ['admin', 'coordinator'],
    },
    {
      action,
      situation: 'a partnership of other organisations',
      resource: { partyOrganisationIds: ['org-elsewhere'] },
      allowed: ['admin'],
    },
  ],
);

/** Allocation runs hold a cohort's personal data: coordinators of a party and admins only. */
export const allocationPolicyTable: PolicyTable = { area: 'allocation', actorFor: actor, cases };
