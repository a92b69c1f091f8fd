import type { Tx } from '../../partnerships/partnership.store.js';
import { fairRecruitmentReport, type FairRecruitmentReport } from './fair-recruitment-report.js';
import { rulesOrDefault, type FairRecruitmentRules } from './fair-recruitment-rules.js';
import { readRules } from './fair-recruitment.store.js';
import { placementsOf } from './placement.store.js';
import { costsOf } from './recruitment-cost.store.js';

/** A partnership's report with the rules it was computed under (the routes' and the CLI's). */
export async function partnershipReport(
  db: Tx,
  partnershipId: string,
): Promise<{
  report: FairRecruitmentReport;
  rules: FairRecruitmentRules;
  rulesAreDefault: boolean;
}> {
  const [placements, costs, stored] = await Promise.all([
    placementsOf(db, partnershipId),
    costsOf(db, partnershipId),
    readRules(db, partnershipId),
  ]);
  const rules = rulesOrDefault(stored);
  return {
    report: fairRecruitmentReport(placements, costs, rules),
    rules,
    rulesAreDefault: stored === null,
  };
}
