import { authenticated } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/actor.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { cohortPartnerships } from '../candidates/candidate-scope.store.js';
import type { CohortPartnership } from '../candidates/candidate-scope.js';
import { refuseProblems } from '../people-context.service.js';
import { partnershipsOfProgramme } from '../slot-links/slot-link.store.js';
import { enrolmentProblems, withdrawalProblems, type Enrolment } from './enrolment.js';
import { authorize, type EnrolmentResource } from './enrolment.policy.js';
import {
  enrol,
  findEnrolment,
  unknownEnrolment,
  withdrawEnrolment,
  type EnrolmentFollowUp,
} from './enrolment.store.js';
import { findProgramme, type ProgrammeRecord } from './programme.store.js';

/** A programme with the partnerships linked to it, as its enrolments' rules see it. */
export interface ProgrammeInScope {
  record: ProgrammeRecord;
  linked: (CohortPartnership & { id: string })[];
  resource: EnrolmentResource;
}

/** Who acts and when; the day is the actor's today (UTC) for the dates' checks. */
export interface EnrolmentChange {
  actor: Actor | null;
  now: Date;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** The partnerships whose coordinators accepted a link to the programme. */
async function linkedPartnerships(
  db: Database,
  programmeId: string,
): Promise<(CohortPartnership & { id: string })[]> {
  const ids = await partnershipsOfProgramme(db, programmeId);
  const all = await cohortPartnerships(db);
  return ids.flatMap((id) => (all.has(id) ? [{ id, ...all.get(id)! }] : []));
}

/** The programme with its linked partnerships; 401 first, then 404 when there is none. */
export async function programmeInScope(
  db: Database,
  actor: Actor | null,
  id: string,
): Promise<ProgrammeInScope> {
  authenticated(actor); // 401 before anything is looked up
  const record = await findProgramme(db, id);
  if (!record) throw notFound('people.unknown_programme', 'There is no such programme.');
  const linked = await linkedPartnerships(db, record.id);
  return {
    record,
    linked,
    resource: { organisationId: record.programme.providerId, linkedPartnerships: linked },
  };
}

/**
 * Enrols a person in a programme for the API and the CLI alike: the provider's trainers (or an
 * admin) only, not after today, audited, with the follow-up (the journeys) in its transaction.
 */
export async function enrolPerson(
  db: Database,
  programmeId: string,
  input: { candidateId: string; enrolledOn: string },
  change: EnrolmentChange,
  followUp?: EnrolmentFollowUp,
): Promise<{ scope: ProgrammeInScope; enrolment: Enrolment }> {
  const scope = await programmeInScope(db, change.actor, programmeId);
  authorize(change.actor, 'programmeEnrolment.write', scope.resource);
  refuseProblems(
    'people.invalid_enrolment',
    enrolmentProblems(input.enrolledOn, today(change.now)),
  );
  const enrolment = await enrol(
    db,
    scope.record,
    input,
    { actorUserId: change.actor!.userId, now: change.now },
    followUp,
  );
  return { scope, enrolment };
}

/**
 * Withdraws a standing enrolment with its reason for the API and the CLI alike: the provider's
 * trainers (or an admin) only, not before the enrolment nor after today, audited.
 */
export async function withdrawPersonEnrolment(
  db: Database,
  programmeId: string,
  enrolmentId: string,
  input: { withdrawnOn: string; reason: string },
  change: EnrolmentChange,
): Promise<{ scope: ProgrammeInScope; enrolment: Enrolment }> {
  const scope = await programmeInScope(db, change.actor, programmeId);
  authorize(change.actor, 'programmeEnrolment.write', scope.resource);
  const enrolment = await findEnrolment(db, scope.record.id, enrolmentId);
  if (!enrolment) throw unknownEnrolment();
  refuseProblems(
    'people.invalid_withdrawal',
    withdrawalProblems(enrolment, input.withdrawnOn, today(change.now)),
  );
  const saved = await withdrawEnrolment(db, enrolment, input, {
    actorUserId: change.actor!.userId,
    now: change.now,
  });
  return { scope, enrolment: saved };
}
