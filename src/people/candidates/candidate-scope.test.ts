import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../accounts/actor.js';
import { can } from '../../policies.js';
import { ROLES, type Role } from '../../accounts/roles.js';
import { asCohortPartnership, candidateScope, cohortPartnershipsOf } from './candidate-scope.js';
import { CONSENT_PURPOSES, type ConsentPurpose } from './consent.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const ORGS = ['org-a', 'org-b', 'org-c'] as const;
const COUNTRIES = ['MA', 'NG', 'TN', 'BE'] as const;

const actor = (memberships: { organisationId: string; role: Role }[]): Actor => ({
  userId: SELF,
  email: 'someone@example.org',
  displayName: 'someone',
  memberships: memberships.map((m) => ({ ...m, organisationKind: 'government', country: 'BE' })),
});

/** Morocco → Belgium with org-a as a party, Nigeria → Lithuania with org-b. */
const partnerships = [
  asCohortPartnership({
    parties: [{ organisationId: 'org-a' }],
    corridors: [{ origin: 'MA' }],
  }),
  asCohortPartnership({
    parties: [{ organisationId: 'org-b' }],
    corridors: [{ origin: 'NG' }],
  }),
];

describe('candidate scope', () => {
  it('GIVEN a coordinator at a party of the Morocco partnership THEN they see consenting people living in Morocco only', () => {
    const scope = candidateScope(actor([{ organisationId: 'org-a', role: 'coordinator' }]), [
      ...partnerships,
    ]);
    expect(scope).toEqual({
      everyone: false,
      userId: SELF,
      employerSharing: false,
      matchingResidences: ['MA'],
    });
  });

  it('GIVEN a coordinator of no partnership, or another role at a party THEN no one by matching consent', () => {
    for (const memberships of [
      [{ organisationId: 'org-c', role: 'coordinator' as const }],
      [{ organisationId: 'org-a', role: 'analyst' as const }],
    ]) {
      expect(candidateScope(actor(memberships), partnerships).matchingResidences).toEqual([]);
    }
  });

  it('GIVEN any actor and any profile THEN the scope (as the list query reads it) and the candidate.read policy agree', () => {
    const membership = fc.record({
      organisationId: fc.constantFrom(...ORGS),
      role: fc.constantFrom(...ROLES),
    });
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(membership, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom(...COUNTRIES),
        fc.subarray([...CONSENT_PURPOSES] as ConsentPurpose[]),
        (memberships, isSelf, residence, consents) => {
          const who = actor(memberships);
          const scope = candidateScope(who, partnerships);
          const userId = isSelf ? SELF : OTHER;
          const inScope =
            scope.everyone ||
            userId === scope.userId ||
            (scope.employerSharing && consents.includes('employer_sharing')) ||
            (scope.matchingResidences.includes(residence) &&
              consents.includes('partnership_matching'));
          const resource = {
            userId,
            consents,
            cohortOf: cohortPartnershipsOf(partnerships, residence),
          };
          expect(can(who, 'candidate.read', resource)).toBe(inScope);
          checked++;
        },
      ),
    );
    expect(checked).toBeGreaterThan(0);
  });
});
