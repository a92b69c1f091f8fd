import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import { definePolicies, isAdmin, isMemberOf } from '../accounts/policy-rules.js';
import { coordinatesPartnership } from '../partnerships/partnerships.policy.js';

/**
 * Who may do what in the journey's steps (docs/journeys-steps.md#who): the person, the
 * partnership's coordinators, its training providers for orientation, and the employer of the
 * journey from arrival on — never before.
 */

/** A partnership's orientation as the rules see it: its parties and training providers. */
export interface OrientationResource {
  partyOrganisationIds: readonly string[];
  /** Party organisations in the training-provider role. */
  providerOrganisationIds: readonly string[];
}

/** A journey as the rules of its steps see it. */
export interface JourneyStepResource extends OrientationResource {
  /** The user account of the person on the journey (null when they have none). */
  personUserId: string | null;
  /** The organisation employing the person abroad, once known. */
  employerOrganisationId: string | null;
  /** Whether the journey has reached arrival (employers see nothing before). */
  arrived: boolean;
}

const isPerson = (actor: Actor, j: JourneyStepResource) =>
  j.personUserId !== null && actor.userId === j.personUserId;

/** A trainer of one of the partnership's training providers. */
const trainsFor = (actor: Actor, o: OrientationResource) =>
  actor.memberships.some(
    (m) => m.role === 'trainer' && o.providerOrganisationIds.includes(m.organisationId),
  );

/** An employer-role member of the journey's employer, once the person has arrived. */
const employsSinceArrival = (actor: Actor, j: JourneyStepResource) =>
  j.arrived &&
  j.employerOrganisationId !== null &&
  actor.memberships.some(
    (m) => m.role === 'employer' && m.organisationId === j.employerOrganisationId,
  );

const coordinates = (actor: Actor, o: OrientationResource) =>
  isAdmin(actor) || coordinatesPartnership(actor, o);

const personOrCoordinator = (actor: Actor, j: JourneyStepResource) =>
  isPerson(actor, j) || coordinates(actor, j);

export const journeyStepsPolicies = definePolicies({
  // Staff of the partnership's parties read its modules with their answer keys; the person
  // taking a module never sees the key.
  'orientation.readModules': (actor, o: OrientationResource) =>
    isAdmin(actor) || o.partyOrganisationIds.some((id) => isMemberOf(actor, id)),
  'orientation.manage': (actor, o: OrientationResource) =>
    coordinates(actor, o) || trainsFor(actor, o),
  'orientation.take': isPerson,
  'orientation.readProgress': (actor, j: JourneyStepResource) =>
    personOrCoordinator(actor, j) || trainsFor(actor, j),
  'journeyStep.read': (actor, j: JourneyStepResource) =>
    personOrCoordinator(actor, j) || employsSinceArrival(actor, j),
  'permit.record': personOrCoordinator,
  'arrival.tick': (actor, j: JourneyStepResource) =>
    coordinates(actor, j) || employsSinceArrival(actor, j),
  // "How is it going" is the person's own answer: nobody writes it for them.
  'checkIn.answer': isPerson,
  'inWork.record': (actor, j: JourneyStepResource) =>
    personOrCoordinator(actor, j) || employsSinceArrival(actor, j),
  'return.record': personOrCoordinator,
  'reintegration.plan': personOrCoordinator,
  'reintegration.followUp': coordinates,
});

const checks = policyChecks(journeyStepsPolicies);
/** Whether the actor may perform one of the journey steps' actions. */
export const can: Can<typeof journeyStepsPolicies> = checks.can;
/** 401 for anonymous actors, 403 when the rules refuse. */
export const authorize: Authorize<typeof journeyStepsPolicies> = checks.authorize;
