import type { Database } from '../../db/database.js';
import type { FieldProblem } from '../../shared/errors.js';

/** A provider's enrolment of a person in its programme, as the API presents it. */
export interface Enrolment {
  id: string;
  programmeId: string;
  candidateId: string;
  /** The person's name from their profile, for the provider's list. */
  name: string;
  enrolledOn: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  /** When the person's completion of the programme is recorded, its date. */
  completedOn: string | null;
}

/** An enrolment as other areas hear of it, inside the transaction that records it. */
export interface RecordedEnrolment {
  id: string;
  programmeId: string;
  candidateId: string;
  enrolledOn: string;
}

/** Why a withdrawal cannot be recorded on that day, as field problems: not before the enrolment. Pure. */
export function withdrawalProblems(
  enrolment: Pick<Enrolment, 'enrolledOn'>,
  withdrawnOn: string,
  today: string,
): FieldProblem[] {
  if (withdrawnOn < enrolment.enrolledOn)
    return [{ field: 'withdrawnOn', reason: `is before the enrolment (${enrolment.enrolledOn})` }];
  return withdrawnOn > today ? [{ field: 'withdrawnOn', reason: 'is after today' }] : [];
}

/** Why an enrolment cannot be recorded on that day, as field problems. Pure. */
export function enrolmentProblems(enrolledOn: string, today: string): FieldProblem[] {
  return enrolledOn > today ? [{ field: 'enrolledOn', reason: 'is after today' }] : [];
}

/** A journey of an enrolled person in a partnership the programme is linked to. */
export interface EnrolmentJourney {
  candidateId: string;
  partnershipId: string;
  journeyId: string;
  stage: string;
  status: string;
}

/**
 * The journeys of these people in these partnerships (the journeys area answers: src/http/app.ts
 * wires it; the people area does not read journeys itself).
 */
export type EnrolmentJourneys = (
  db: Database,
  query: { candidateIds: readonly string[]; partnershipIds: readonly string[] },
) => Promise<EnrolmentJourney[]>;
