import type { AreaRoutes } from '../../http/context.js';

/** Grievances: filing (also anonymously), following by receipt code, handling, routing. */
export const grievanceRoutes: AreaRoutes = async () => {};
