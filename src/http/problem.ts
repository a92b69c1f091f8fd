import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PasserelleError, type ErrorKind, type FieldProblem } from '../shared/errors.js';

/** RFC 9457 problem details, with the fields that caused the problem. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    fields: z.array(z.object({ field: z.string(), reason: z.string() })),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

const statusOf: Record<ErrorKind, { status: number; title: string }> = {
  invalid: { status: 400, title: 'Bad request' },
  unauthenticated: { status: 401, title: 'Not logged in' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unprocessable: { status: 422, title: 'Unprocessable' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Unavailable' },
};

function problem(kind: ErrorKind, code: string, detail: string, fields: FieldProblem[]): Problem {
  const { status, title } = statusOf[kind];
  return { type: `https://passerelle.dev/problems/${code}`, title, status, detail, code, fields };
}

/** Maps any error thrown in a route to a problem+json response; the one place that does so. */
export function toProblem(error: unknown): Problem {
  if (error instanceof PasserelleError) {
    return problem(error.kind, error.code, error.message, error.fields);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? 'request';
    const fields = error.validation.map((v) => ({
      field: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      reason: v.message ?? 'is invalid',
    }));
    const detail = fields.map((f) => `${f.field}: ${f.reason}`).join('; ');
    return problem('invalid', 'request.invalid', detail, fields);
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.statusCode === 429) {
    return problem('too_many_requests', 'request.rate_limited', String(fastifyError.message), []);
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const p = problem(
      'invalid',
      fastifyError.code ?? 'request.invalid',
      String(fastifyError.message),
      [],
    );
    return { ...p, status: fastifyError.statusCode };
  }
  return {
    type: 'about:blank',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side. The error has been logged.',
    code: 'internal',
    fields: [],
  };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.status(p.status).type('application/problem+json').send(p);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(
    reply,
    problem('not_found', 'route.not_found', `No route ${request.method} ${request.url}`, []),
  );
}
