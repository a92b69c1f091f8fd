import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { partnershipSlotLink } from '../people/slot-links/slot-link.schema.js';
import { vacancy } from '../people/people.schema.js';
import { partnershipSuspension } from '../protection/fair-recruitment/fair-recruitment.schema.js';

/**
 * Vacancies whose employer is suspended from a partnership the vacancy belongs to (linked to it,
 * or named by the posting) leave matching at once (docs/protection.md#compliance-and-suspension). A condition on
 * the `vacancy` table; the suspension's trigger logs the employer's vacancies as changed.
 */
export function vacancyNotSuspended(): SQL {
  const suspended = and(
    eq(partnershipSuspension.organisationId, vacancy.employerId),
    isNull(partnershipSuspension.liftedAt),
    or(
      sql`${partnershipSuspension.partnershipId}::text = ${vacancy.posting} ->> 'partnershipId'`,
      sql`exists (select 1 from ${partnershipSlotLink} where ${partnershipSlotLink.vacancyId} = ${vacancy.id} and ${partnershipSlotLink.partnershipId} = ${partnershipSuspension.partnershipId})`,
    ),
  );
  return sql`not exists (select 1 from ${partnershipSuspension} where ${suspended})`;
}
