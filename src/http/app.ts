import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type RouteOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { fastifyTrustProxy } from '../config/trust-proxy.js';
import { accountsRoutes } from '../accounts/accounts.routes.js';
import { sessionHook } from '../accounts/session.hook.js';
import { taxonomyRoutes } from '../taxonomy/taxonomy.routes.js';
import { recognitionRoutes } from '../recognition/recognition.routes.js';
import {
  recognitionAgreementCountries,
  recognitionAgreementIds,
} from '../recognition/recognition-agreements.queries.js';
import { partnershipsRoutes } from '../partnerships/partnerships.routes.js';
import { peopleRoutes } from '../people/people.routes.js';
import { labourMarketRoutes } from '../labour-market/labour-market.routes.js';
import { partnershipPlansFrom } from '../allocation/planned-departures.store.js';
import { allocationRoutes } from '../allocation/allocation.routes.js';
import { allocationPersonalData } from '../allocation/allocation-personal-data.queries.js';
import { matchingRoutes } from '../matching/matching.routes.js';
import { journeyCohortRoutes } from '../journeys/journey-cohort.routes.js';
import { journeysRoutes } from '../journeys/journeys.routes.js';
import { journeyStepsRoutes } from '../journeys/journey-steps.routes.js';
import { enrolmentJourneys } from '../journeys/enrolment-journeys.queries.js';
import { journeysAfterProgrammeEvent } from '../journeys/programme-follow-up.service.js';
import { journeysPersonalData } from '../journeys/journey-personal-data.queries.js';
import { protectionRoutes } from '../protection/protection.routes.js';
import { fairRecruitmentRoutes } from '../protection/fair-recruitment/fair-recruitment.routes.js';
import { fairRecruitmentPersonalData } from '../protection/fair-recruitment/fair-recruitment-personal-data.queries.js';
import { passportRoutes } from '../passport/passport.routes.js';
import { passportPrintRoutes } from '../passport/passport-print.routes.js';
import type { AppContext, AreaRoutes, HttpApp } from './context.js';
import { loggerOptions, type LogDestination } from './logging.js';
import { openapiOptions } from './openapi.js';
import { safeTextHook } from './safe-text.hook.js';
import { registerSecurityHeaders, swaggerUiCsp } from './security-headers.js';
import { systemRoutes } from './system.routes.js';
import { notFoundHandler, sendProblem, toProblem } from './problem.js';

/** Every area's routes, in the order they are registered. */
const areas: AreaRoutes[] = [
  systemRoutes,
  accountsRoutes,
  taxonomyRoutes,
  recognitionRoutes,
  partnershipsRoutes({ recognitionAgreementIds, recognitionAgreementCountries }),
  peopleRoutes({
    completionFollowUp: journeysAfterProgrammeEvent,
    enrolmentFollowUp: journeysAfterProgrammeEvent,
    enrolmentJourneys,
    personalDataSections: [
      journeysPersonalData,
      fairRecruitmentPersonalData,
      allocationPersonalData,
    ],
  }),
  labourMarketRoutes({ partnershipPlans: partnershipPlansFrom }),
  allocationRoutes,
  matchingRoutes,
  journeyCohortRoutes,
  journeysRoutes,
  journeyStepsRoutes,
  protectionRoutes,
  fairRecruitmentRoutes,
  passportRoutes,
  passportPrintRoutes,
];

/** Builds the HTTP application: API under /api, OpenAPI at /api/openapi.json, the web UI at /. */
export async function buildApp(
  ctx: AppContext,
  options: {
    logDestination?: LogDestination;
    /** Observes every route as it is registered (tests compare them with the OpenAPI document). */
    onRoute?: (route: RouteOptions) => void;
  } = {},
): Promise<HttpApp> {
  const app = Fastify({
    logger: loggerOptions(ctx.config, options.logDestination),
    trustProxy: fastifyTrustProxy(ctx.config.trustProxy),
    // One line per request only when debugging; errors are always logged.
    logController: new LogController({ disableRequestLogging: ctx.config.logLevel !== 'debug' }),
    // Errors the router raises before any route runs (a URL that is not UTF-8, a path parameter
    // over the length limit) bypass the error handler: answer them as problems too.
    frameworkErrors: (error, _request, reply) => sendProblem(reply, toProblem(error)),
  }).withTypeProvider<ZodTypeProvider>();
  const { onRoute } = options;
  if (onRoute) app.addHook('onRoute', (route) => onRoute(route as RouteOptions));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status === 500) request.log.error(error);
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      !fs.existsSync(path.join(ctx.config.webDir, 'index.html'))
    ) {
      return notFoundHandler(request, reply);
    }
    return reply.sendFile('index.html'); // client-side routes of the single-page UI
  });

  safeTextHook(app);
  await registerSecurityHeaders(app, ctx.config);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, openapiOptions);
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', ...swaggerUiCsp });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  sessionHook(app, ctx);
  for (const area of areas) await area(app, ctx);

  if (fs.existsSync(ctx.config.webDir)) {
    await app.register(fastifyStatic, { root: ctx.config.webDir, wildcard: false });
  }
  return app;
}
