import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { GrievanceKeyring } from '../protection/grievances/grievance-cipher.service.js';
import { linkRetaliation } from '../protection/grievances/grievance-routing.store.js';
import { grievance } from '../protection/protection.schema.js';
import { unprocessable } from '../shared/errors.js';
import type { PlannedEvent } from './journey-plans.js';
import { exitMoment, retaliationKindOf } from './journey-exit.js';

/**
 * A grievance an exit names must be one of the person's own (422 on `grievanceId` otherwise,
 * whether it does not exist or is someone else's: nothing is told about other grievances).
 */
export async function requireOwnGrievance(
  db: Pick<Database, 'select'>,
  grievanceId: string | null,
  personUserId: string | null,
): Promise<void> {
  if (grievanceId === null) return;
  const [own] = personUserId
    ? await db
        .select({ id: grievance.id })
        .from(grievance)
        .where(and(eq(grievance.id, grievanceId), eq(grievance.personUserId, personUserId)))
    : [];
  if (!own)
    throw unprocessable(
      'journeys.unknown_grievance',
      'grievanceId: is not a grievance of the person',
      [{ field: 'grievanceId', reason: 'is not a grievance of the person' }],
    );
}

/**
 * What an exit sets going in the protection area, in the exit's transaction: a dismissal or
 * leaving the employer links the person's grievances filed in the 6 months before it
 * (`linkRetaliation`, which flags them for their handlers and audits each link). Nothing of the
 * grievances is told to whoever records the exit.
 */
export const linkGrievancesOnExit =
  (keyring: GrievanceKeyring, personUserId: string | null, recordedAt: Date) =>
  async (tx: Database, planned: PlannedEvent): Promise<void> => {
    const body = planned.event.body;
    if (body.type !== 'exited' || personUserId === null) return;
    const kind = retaliationKindOf(body.reason);
    if (!kind) return;
    await linkRetaliation(tx, keyring, personUserId, {
      kind,
      on: exitMoment(planned.event.occurredOn, recordedAt),
    });
  };
