import { policyChecks, type Authorize, type Can } from '../../accounts/policy.js';
import { definePolicies, isAdmin } from '../../accounts/policy-rules.js';
import {
  coordinatesPartnership,
  type PartnershipResource,
} from '../../partnerships/partnerships.policy.js';
import { actsFor, type OwnedResource } from '../people.policy.js';

/** A programme as its enrolments' rules see it: its provider and the partnerships it is linked to. */
export interface EnrolmentResource extends OwnedResource {
  /** The partnerships whose coordinators accepted a link to the programme. */
  linkedPartnerships: readonly PartnershipResource[];
}

/**
 * Who may enrol people in a programme and read its enrolments (docs/journeys.md#opening-journeys):
 * only the provider's trainers enrol and withdraw, as only they record completions; the
 * provider's staff and the coordinators of the partnerships the programme is linked to read.
 */
export const enrolmentPolicies = definePolicies({
  'programmeEnrolment.write': (actor, p: EnrolmentResource) =>
    isAdmin(actor) || actsFor(actor, p.organisationId, 'trainer'),
  'programmeEnrolment.read': (actor, p: EnrolmentResource) =>
    isAdmin(actor) ||
    actsFor(actor, p.organisationId, 'trainer', 'coordinator') ||
    p.linkedPartnerships.some((l) => coordinatesPartnership(actor, l)),
});

const checks = policyChecks(enrolmentPolicies);
/** Whether the actor may perform one of the enrolments' actions. */
export const can: Can<typeof enrolmentPolicies> = checks.can;
/** 401 for anonymous actors, 403 when the rules refuse. */
export const authorize: Authorize<typeof enrolmentPolicies> = checks.authorize;
