import { describe, expect, it } from 'vitest';
import { accountsPolicyTable } from '../../src/accounts/policy.cases.js';
import { can, policies, type Action } from '../../src/policies.js';
import type { Actor } from '../../src/accounts/actor.js';
import { ROLES } from '../../src/accounts/roles.js';
import { allocationPolicyTable } from '../../src/allocation/allocation.policy.cases.js';
import { journeysPolicyTable } from '../../src/journeys/journeys.policy.cases.js';
import { journeyStepsPolicyTable } from '../../src/journeys/journey-steps.policy.cases.js';
import { matchingPolicyTable } from '../../src/matching/matching.policy.cases.js';
import { partnershipLinkPolicyTable } from '../../src/partnerships/partnerships.policy.cases.js';
import { protectionPolicyTable } from '../../src/protection/protection.policy.cases.js';
import {
  assessorPolicyTable,
  recognitionPolicyTable,
} from '../../src/recognition/recognition.policy.cases.js';
import { fairRecruitmentPolicyTable } from '../../src/protection/fair-recruitment/fair-recruitment.policy.cases.js';
import type { PolicyTable } from '../../src/accounts/policy-cases.js';
import { passportPolicyTable } from '../../src/passport/passport.policy.cases.js';
import { enrolmentPolicyTable } from '../../src/people/programmes/enrolment.policy.cases.js';

/**
 * Every declared policy action has a table of expected decisions for every role, and, when its
 * rule takes a resource, for a resource within the actor's reach and one outside it. A new action
 * without cases fails here, whichever area declares it.
 */
const tables: readonly PolicyTable[] = [
  accountsPolicyTable,
  recognitionPolicyTable,
  assessorPolicyTable,
  matchingPolicyTable,
  allocationPolicyTable,
  partnershipLinkPolicyTable,
  journeysPolicyTable,
  journeyStepsPolicyTable,
  protectionPolicyTable,
  fairRecruitmentPolicyTable,
  passportPolicyTable,
  enrolmentPolicyTable,
];

const canLoosely = can as (actor: Actor | null, action: string, resource?: unknown) => boolean;
const declared = Object.keys(policies) as Action[];
const casesOf = (action: Action) =>
  tables.flatMap((table) =>
    table.cases.filter((c) => c.action === action).map((c) => ({ ...c, table })),
  );
/** Rules declared as `(actor, resource) => …` are asked about a resource. */
const takesResource = (action: Action) =>
  (policies[action] as (...args: never[]) => boolean).length > 1;

describe('authorisation completeness', () => {
  it('has cases for every action every area declares', () => {
    expect(declared.filter((action) => casesOf(action).length === 0)).toEqual([]);
  });

  it('has no cases for actions no policy declares', () => {
    const known = new Set<string>(declared);
    const stray = tables.flatMap((t) => t.cases.filter((c) => !known.has(c.action)));
    expect(stray.map((c) => c.action)).toEqual([]);
  });

  it('decides, for every action taking a resource, differently within and outside the actor’s reach', () => {
    // Some role's decision must change between two situations: the rule's scope is exercised.
    const unscoped = declared.filter(takesResource).filter((action) => {
      const cases = casesOf(action);
      return !ROLES.some((role) => {
        const decisions = new Set(cases.map((c) => c.allowed.includes(role)));
        return decisions.size > 1;
      });
    });
    expect(unscoped).toEqual([]);
  });

  it('matches every table entry, for every role and for anonymous callers', () => {
    const wrong = tables.flatMap((table) =>
      table.cases.flatMap((c) => [
        ...ROLES.filter(
          (role) =>
            canLoosely(table.actorFor(role), c.action, c.resource) !== c.allowed.includes(role),
        ).map((role) => `${role} on ${c.action} (${c.situation})`),
        ...(canLoosely(null, c.action, c.resource) ? [`anonymous on ${c.action}`] : []),
      ]),
    );
    expect(wrong).toEqual([]);
  });
});
