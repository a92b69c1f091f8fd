import { actionPlanOf } from './action-plan.store.js';
import { planProgress, planTimeline } from './action-plan.js';
import { agreementReminders } from './agreement.js';
import { agreementsOf } from './agreement.store.js';
import type { PartnershipSources } from './partnership-sources.js';
import type { Tx, PartnershipRecord } from './partnership.store.js';
import { placesPerTrack } from './quotas.js';
import { isoDate } from './rule-violation.js';
import { scorecardEvidence } from './scorecard-evidence.js';
import { assessmentsOf, corridorFacts } from './scorecard.store.js';
import { readinessScorecard } from './scorecard.js';
import { stakeholderMap } from './stakeholder-map.js';

/** Everything a partnership's dashboard shows, computed as of `now`. */
export async function partnershipDashboard(
  db: Tx,
  record: PartnershipRecord,
  now: Date,
  sources: PartnershipSources,
) {
  const asOf = isoDate(now);
  const [agreements, plan, assessments, facts] = await Promise.all([
    agreementsOf(db, record.id),
    actionPlanOf(db, record.id),
    assessmentsOf(db, record.id),
    corridorFacts(db, record.corridors, sources),
  ]);
  const evidence = scorecardEvidence(record, agreements, plan, facts, asOf);
  return {
    asOf,
    partnership: record,
    stakeholderMap: stakeholderMap(record.parties, record.corridors),
    placesPerTrack: placesPerTrack(record.quotas),
    agreements,
    reminders: agreementReminders(agreements, asOf),
    plan,
    timeline: planTimeline(plan, asOf),
    progress: planProgress(plan, asOf),
    scorecard: readinessScorecard(evidence, assessments),
  };
}
