import type { AreaRoutes } from '../http/context.js';
import { orientationModuleRoutes } from './orientation.routes.js';

/** The journey's steps with content: orientation, visa and permit, arrival, work, return. */
export const journeyStepsRoutes: AreaRoutes = async (app, ctx) => {
  await orientationModuleRoutes(app, ctx);
};
