import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { vacancy } from '../people/people.schema.js';
import { partnershipSuspension } from '../protection/fair-recruitment/fair-recruitment.schema.js';

/**
 * Vacancies whose employer is not suspended from this partnership: a suspended employer's
 * vacancies leave the cohort's slots at once (docs/protection.md#compliance-and-suspension). A condition on the
 * `vacancy` table.
 */
export function vacancyNotSuspendedFrom(partnershipId: string): SQL {
  return sql`not exists (select 1 from ${partnershipSuspension} where ${and(
    eq(partnershipSuspension.organisationId, vacancy.employerId),
    eq(partnershipSuspension.partnershipId, partnershipId),
    isNull(partnershipSuspension.liftedAt),
  )})`;
}
