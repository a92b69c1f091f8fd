import { count, eq, inArray, max, min } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { lmiObservation } from '../labour-market/labour-market.schema.js';
import { invalid } from '../shared/errors.js';
import type { Corridor } from './partnership.js';
import type { PartnershipSources } from './partnership-sources.js';
import type { Change, Tx } from './partnership.store.js';
import { readinessAssessment } from './partnerships.schema.js';
import { joinsCorridor, type CorridorFacts } from './scorecard-evidence.js';
import { MAX_ASSESSMENT, PREREQUISITES, type Assessment, type Prerequisite } from './scorecard.js';

/** The coordinator's assessments of a partnership, by prerequisite. */
export async function assessmentsOf(
  db: Tx,
  partnershipId: string,
): Promise<Partial<Record<Prerequisite, Assessment>>> {
  const rows = await db
    .select()
    .from(readinessAssessment)
    .where(eq(readinessAssessment.partnershipId, partnershipId));
  return Object.fromEntries(rows.map((r) => [r.prerequisite, { level: r.level, note: r.note }]));
}

/** Records (or replaces) the coordinator's assessment of one prerequisite; audited. */
export async function assessPrerequisite(
  db: Database,
  partnershipId: string,
  prerequisite: Prerequisite,
  assessment: Assessment,
  change: Change,
) {
  if (!PREREQUISITES.includes(prerequisite))
    throw invalid(
      'partnerships.unknown_prerequisite',
      'prerequisite',
      'is not a readiness prerequisite',
    );
  if (
    !Number.isInteger(assessment.level) ||
    assessment.level < 0 ||
    assessment.level > MAX_ASSESSMENT
  ) {
    throw invalid(
      'partnerships.invalid_assessment',
      'level',
      `must be a whole number from 0 to ${MAX_ASSESSMENT}`,
    );
  }
  await db.transaction(async (tx) => {
    const values = {
      partnershipId,
      prerequisite,
      ...assessment,
      assessedBy: change.actorUserId,
      assessedAt: change.now,
    };
    await tx
      .insert(readinessAssessment)
      .values(values)
      .onConflictDoUpdate({
        target: [readinessAssessment.partnershipId, readinessAssessment.prerequisite],
        set: values,
      });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'partnership.assess',
      entity: 'partnership',
      entityId: partnershipId,
      subjectUserId: null,
      detail: { prerequisite, level: assessment.level },
    });
  });
}

/**
 * What other areas hold about the corridors: recognition agreements between its countries, and
 * the labour-market observations of its countries (how many, which months). Cost rules stay
 * null until that area stores them.
 */
export async function corridorFacts(
  db: Tx,
  corridors: Corridor[],
  sources: Pick<PartnershipSources, 'recognitionAgreementCountries'>,
): Promise<CorridorFacts> {
  const countries = [...new Set(corridors.flatMap((c) => [c.origin, c.destination]))];
  const [agreements, [lmi]] = await Promise.all([
    sources.recognitionAgreementCountries(db),
    countries.length
      ? db
          .select({
            observations: count(),
            from: min(lmiObservation.month),
            to: max(lmiObservation.month),
          })
          .from(lmiObservation)
          .where(inArray(lmiObservation.country, countries))
      : [{ observations: 0, from: null, to: null }],
  ]);
  return {
    recognitionAgreements: agreements.filter((a) => joinsCorridor(corridors, a.from, a.to)).length,
    labourMarketObservations: lmi?.observations ?? 0,
    labourMarketPeriod: lmi?.from && lmi.to ? { from: lmi.from, to: lmi.to } : null,
    costRules: null,
  };
}
