import type { Actor } from '../../accounts/actor.js';
import { holdsRole, isAdmin } from '../../accounts/policy-rules.js';
import {
  coordinatesPartnership,
  type PartnershipResource,
} from '../../partnerships/partnerships.policy.js';

/** A partnership as candidate visibility sees it: its parties and where its corridors start. */
export interface CohortPartnership extends PartnershipResource {
  originCountries: readonly string[];
}

/** The partnership's parties and origin countries (its cohort lives there, docs/people.md#who-sees-a-profile). */
export function asCohortPartnership(record: {
  parties: readonly { organisationId: string }[];
  corridors: readonly { origin: string }[];
}): CohortPartnership {
  return {
    partyOrganisationIds: record.parties.map((p) => p.organisationId),
    originCountries: [...new Set(record.corridors.map((c) => c.origin))],
  };
}

/** The partnerships whose cohort a person living in the country belongs to. */
export function cohortPartnershipsOf(
  partnerships: readonly CohortPartnership[],
  residenceCountry: string,
): CohortPartnership[] {
  return partnerships.filter((p) => p.originCountries.includes(residenceCountry));
}

/**
 * The candidates an actor may list, as a query can select them; the same rule as the
 * `candidate.read` policy, one profile at a time: their own profile; everyone for an admin;
 * those sharing with employers for an employer; those consenting to partnership matching who live
 * where a partnership the actor coordinates starts, for a coordinator.
 */
export interface CandidateScope {
  everyone: boolean;
  userId: string;
  employerSharing: boolean;
  matchingResidences: string[];
}

/** The actor's {@link CandidateScope} among these partnerships. */
export function candidateScope(
  actor: Actor,
  partnerships: readonly CohortPartnership[],
): CandidateScope {
  const coordinated = partnerships.filter((p) => coordinatesPartnership(actor, p));
  return {
    everyone: isAdmin(actor),
    userId: actor.userId,
    employerSharing: holdsRole(actor, 'employer'),
    matchingResidences: [...new Set(coordinated.flatMap((p) => p.originCountries))].sort(),
  };
}
