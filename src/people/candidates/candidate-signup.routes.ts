import type { AreaRoutes } from '../../http/context.js';
import { problemSchema } from '../../http/problem.js';
import { withRetryAfter } from '../../accounts/auth.routes.js';
import { sessionSchema } from '../../accounts/me.js';
import { clientOf } from '../../accounts/session.hook.js';
import { startSessionFor } from '../../accounts/session-start.service.js';
import { candidateSignupSchema, signUpCandidate } from './candidate-signup.service.js';

/** Candidates sign up themselves and are signed in. */
export const candidateSignupRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/auth/signup',
    {
      schema: {
        operationId: 'signUpCandidate',
        security: [],
        tags: ['people'],
        summary:
          'Sign up as a candidate: account, profile and the consents given (each purpose ' +
          'answered explicitly); signs in. Limited per client address (429)',
        body: candidateSignupSchema,
        response: {
          201: sessionSchema,
          400: problemSchema,
          409: problemSchema,
          429: problemSchema,
        },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      const now = ctx.now();
      const userId = await withRetryAfter(reply, now, () =>
        signUpCandidate(ctx.db, request.body, { client: clientOf(request), now }),
      );
      return reply.status(201).send(await startSessionFor(ctx, request, reply, userId));
    },
  );
};
