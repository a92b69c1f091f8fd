import type { AreaRoutes } from '../http/context.js';
import { agreementPlanRoutes } from './agreement-plan.routes.js';
import { partnershipRoutes } from './partnership.routes.js';
import type { PartnershipSources } from './partnership-sources.js';
import { workshopRoutes } from './workshop.routes.js';

/**
 * The partnerships area's HTTP routes: partnerships, agreements, action plans,
 * workshops (the links of vacancies and programmes are people's: src/people/slot-links). What
 * they read from recognition comes in `sources`, from the composition root (src/http/app.ts).
 */
export const partnershipsRoutes =
  (sources: PartnershipSources): AreaRoutes =>
  async (app, ctx) => {
    await partnershipRoutes(app, ctx, sources);
    await agreementPlanRoutes(app, ctx, sources);
    await workshopRoutes(app, ctx);
  };
