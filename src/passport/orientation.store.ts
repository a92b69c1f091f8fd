import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import {
  cohortPartnerships,
  consentsToPartnershipMatching,
} from '../people/candidates/candidate-scope.store.js';
import { cohortPartnershipsOf } from '../people/candidates/candidate-scope.js';
import { candidate } from '../people/people.schema.js';
import type { Change } from './credential.store.js';
import { orientationCompletion } from './passport.schema.js';

/** A completed pre-departure orientation as a coordinator records it. */
export interface OrientationInput {
  personUserId: string;
  organisationId: string;
  title: string;
  destinationCountry: string;
  hours: number;
  completedOn: string;
}

/**
 * The partnerships whose cohort the person belongs to (corridors starting where they live, while
 * they consent to partnership matching), or undefined when the person has no candidate profile
 * or does not consent: the `orientation.record` rule's resource.
 */
export async function orientationCohortOf(db: Database, personUserId: string) {
  const [person] = await db
    .select({ residence: candidate.residenceCountry })
    .from(candidate)
    .where(and(eq(candidate.userId, personUserId), consentsToPartnershipMatching(db)));
  if (!person) return undefined;
  return cohortPartnershipsOf([...(await cohortPartnerships(db)).values()], person.residence);
}

/** Records an orientation completion, audited; the orientation credential is issued from it. */
export async function recordOrientation(
  db: Database,
  input: OrientationInput,
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(orientationCompletion).values({
      id,
      personUserId: input.personUserId,
      coordinatorOrganisationId: input.organisationId,
      title: input.title,
      destinationCountry: input.destinationCountry,
      hours: input.hours,
      completedOn: input.completedOn,
      recordedBy: change.actorUserId,
      recordedAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'orientation_completion.record',
      entity: 'orientation_completion',
      entityId: id,
      subjectUserId: input.personUserId,
      detail: {
        organisationId: input.organisationId,
        destinationCountry: input.destinationCountry,
      },
    });
  });
  return id;
}
