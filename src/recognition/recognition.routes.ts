import type { AreaRoutes } from '../http/context.js';
import { recognitionAgreementRoutes } from './recognition-agreement.routes.js';
import { recognitionCaseRoutes } from './recognition-case.routes.js';
import { recognitionDataRoutes } from './recognition-data.routes.js';
import { recognitionEvaluateRoutes } from './recognition-evaluate.routes.js';
import { recognitionRplRoutes } from './recognition-rpl.routes.js';

/** The recognition area's HTTP routes, under /api/recognition. */
export const recognitionRoutes: AreaRoutes = async (app, ctx) => {
  await recognitionDataRoutes(app, ctx);
  await recognitionAgreementRoutes(app, ctx);
  await recognitionEvaluateRoutes(app, ctx);
  await recognitionCaseRoutes(app, ctx);
  await recognitionRplRoutes(app, ctx);
};
