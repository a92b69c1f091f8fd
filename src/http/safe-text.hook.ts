import type { FastifyRequest } from 'fastify';
import { invalid } from '../shared/errors.js';
import { findUnsafeText } from '../shared/safe-text.js';
import type { HttpApp } from './context.js';

/** The parts of a request checked, named as zod validation errors name them. */
const parts = ['params', 'querystring', 'body'] as const;

const valueOf = (request: FastifyRequest, part: (typeof parts)[number]): unknown =>
  part === 'querystring' ? request.query : request[part];

/**
 * Refuses, on every route, request text PostgreSQL cannot store (NUL, unpaired surrogates) with a
 * 400 problem naming the field (`body.contacts.0.name`), before validation and handlers run.
 */
export function safeTextHook(app: HttpApp): void {
  app.addHook('preValidation', async (request) => {
    for (const part of parts) {
      const found = findUnsafeText(valueOf(request, part));
      if (found)
        throw invalid('request.unsafe_text', [part, ...found.path].join('.'), found.reason);
    }
  });
}
