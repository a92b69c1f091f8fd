import { extractionRoutes } from '../extraction/extraction.routes.js';
import type { AreaRoutes } from '../http/context.js';
import { candidateRoutes, type CandidateWiring } from './candidates/candidate.routes.js';
import { candidateSignupRoutes } from './candidates/candidate-signup.routes.js';
import { enrolmentRoutes, type EnrolmentWiring } from './programmes/enrolment.routes.js';
import { programmeRoutes, type ProgrammeWiring } from './programmes/programme.routes.js';
import { slotLinkRoutes } from './slot-links/slot-link.routes.js';
import { vacancyRoutes } from './vacancies/vacancy.routes.js';

/**
 * People, jobs and training: candidates, vacancies, programmes, their links to partnerships and
 * skill extraction.
 */
export const peopleRoutes =
  (wiring: ProgrammeWiring & EnrolmentWiring & CandidateWiring = {}): AreaRoutes =>
  async (app, ctx) => {
    const all = [
      candidateRoutes(wiring),
      candidateSignupRoutes,
      vacancyRoutes,
      programmeRoutes(wiring),
      enrolmentRoutes(wiring),
      slotLinkRoutes,
      extractionRoutes,
    ];
    for (const routes of all) {
      await routes(app, ctx);
    }
  };
