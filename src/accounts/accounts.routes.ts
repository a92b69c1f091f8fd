import type { AreaRoutes } from '../http/context.js';
import { authRoutes } from './auth.routes.js';
import { organisationRoutes } from './organisation.routes.js';
import { userRoutes } from './user.routes.js';

/** The accounts area's HTTP routes: sessions, organisations and users. */
export const accountsRoutes: AreaRoutes = async (app, ctx) => {
  await authRoutes(app, ctx);
  await organisationRoutes(app, ctx);
  await userRoutes(app, ctx);
};
