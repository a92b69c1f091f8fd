import type { AreaRoutes } from '../http/context.js';
import { grievanceRoutes } from './grievances/grievance.routes.js';

/** The rights and protection area's HTTP routes: grievances (and fair recruitment). */
export const protectionRoutes: AreaRoutes = async (app, ctx) => {
  await grievanceRoutes(app, ctx);
};
