import type { AreaRoutes } from '../http/context.js';
import { authRoutes } from './auth.routes.js';
import { onboardingRoutes } from './onboarding.routes.js';
import { organisationAdminRoutes } from './organisation-admin.routes.js';
import { organisationRoutes } from './organisation.routes.js';
import { passwordRoutes } from './password.routes.js';
import { sessionRoutes } from './session.routes.js';
import { userRoutes } from './user.routes.js';

/** The accounts area's HTTP routes: login, sessions, passwords, organisations and users. */
export const accountsRoutes: AreaRoutes = async (app, ctx) => {
  await authRoutes(app, ctx);
  await sessionRoutes(app, ctx);
  await passwordRoutes(app, ctx);
  await organisationRoutes(app, ctx);
  await organisationAdminRoutes(app, ctx);
  await onboardingRoutes(app, ctx);
  await userRoutes(app, ctx);
};
