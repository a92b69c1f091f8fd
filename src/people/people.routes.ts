import { extractionRoutes } from '../extraction/extraction.routes.js';
import type { AreaRoutes } from '../http/context.js';
import { candidateRoutes } from './candidates/candidate.routes.js';
import { programmeRoutes } from './programmes/programme.routes.js';
import { vacancyRoutes } from './vacancies/vacancy.routes.js';

/** People, jobs and training: candidates, vacancies, programmes and skill extraction. */
export const peopleRoutes: AreaRoutes = async (app, ctx) => {
  for (const routes of [candidateRoutes, vacancyRoutes, programmeRoutes, extractionRoutes]) {
    await routes(app, ctx);
  }
};
