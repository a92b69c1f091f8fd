import type { AreaRoutes } from '../http/context.js';
import { agreementPlanRoutes } from './agreement-plan.routes.js';
import { partnershipRoutes } from './partnership.routes.js';
import { slotLinkRoutes } from './slot-link.routes.js';
import { workshopRoutes } from './workshop.routes.js';

/** The partnerships area's HTTP routes: partnerships, agreements, action plans, workshops. */
export const partnershipsRoutes: AreaRoutes = async (app, ctx) => {
  await partnershipRoutes(app, ctx);
  await agreementPlanRoutes(app, ctx);
  await workshopRoutes(app, ctx);
  await slotLinkRoutes(app, ctx);
};
