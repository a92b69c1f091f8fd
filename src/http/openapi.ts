import type {
  FastifyDynamicSwaggerOptions,
  SwaggerTransform,
  SwaggerTransformObject,
} from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { CSRF_HEADER, SESSION_COOKIE } from '../accounts/session-names.js';
import { problemSchema } from './problem.js';

/** The 4xx statuses a route may answer with a problem+json body. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 422 | 429;

/**
 * The `response` entries for the problems a route may answer, one call per route:
 * `response: { 200: thingSchema, ...problemResponses(400, 401, 404) }`.
 */
export function problemResponses<const S extends ProblemStatus>(
  ...statuses: S[]
): Record<S, typeof problemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema])) as Record<
    S,
    typeof problemSchema
  >;
}

/** What a route that needs a logged-in user declares: `security: sessionSecurity`. */
export const sessionSecurity = [{ session: [] }];
/** What a route anyone may call declares (the reviewed list in test/security/). */
export const publicSecurity = [];

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The zod → JSON Schema transform, plus what the session hook enforces: an unsafe request with
 * a session must repeat its CSRF token (`x-csrf-token`) unless the route is CSRF-exempt.
 */
const routeTransform: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const methods = [input.route.method].flat().map((m) => m.toUpperCase());
  const security = (schema as { security?: Record<string, string[]>[] }).security;
  const needsCsrf =
    methods.some((m) => unsafeMethods.has(m)) && !input.route.config?.csrfExempt && security;
  if (!needsCsrf) return { schema, url };
  return {
    schema: {
      ...schema,
      security: security.map((r) => ('session' in r ? { ...r, csrf: [] } : r)),
    },
    url,
  };
};

/**
 * The zod registry's components, without those no operation refers to: the type provider adds
 * an input and an output variant of every named schema, and most are only ever one of the two.
 */
const documentTransform: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as {
    components?: Record<string, unknown>;
    paths?: Record<string, Record<string, Operation>>;
  };
  const paths = document.paths && problemMediaTypes(document.paths);
  const schemas = document.components?.schemas as Record<string, unknown> | undefined;
  if (!schemas) return { ...document, paths };
  const used = referencedSchemas(document, schemas);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, paths, components: { ...document.components, schemas: kept } };
};

interface Operation {
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

/**
 * The paths with every 4xx and 5xx body declared as `application/problem+json`, the type
 * `src/http/problem.ts` sends (the type provider can only declare `application/json`).
 */
function problemMediaTypes(
  paths: Record<string, Record<string, Operation>>,
): Record<string, Record<string, Operation>> {
  const asProblem = (status: string, response: { content?: Record<string, unknown> }) => {
    const body = response.content?.['application/json'];
    if (!/^[45]/.test(status) || body === undefined) return response;
    return { ...response, content: { 'application/problem+json': body } };
  };
  return Object.fromEntries(
    Object.entries(paths).map(([path, methods]) => [
      path,
      Object.fromEntries(
        Object.entries(methods).map(([method, operation]) => [
          method,
          operation.responses === undefined
            ? operation
            : {
                ...operation,
                responses: Object.fromEntries(
                  Object.entries(operation.responses).map(([s, r]) => [s, asProblem(s, r)]),
                ),
              },
        ]),
      ),
    ]),
  );
}

/** Names of the component schemas reachable from the paths, following references. */
function referencedSchemas(document: object, schemas: Record<string, unknown>): Set<string> {
  const used = new Set<string>();
  const pending = [JSON.stringify({ ...document, components: undefined })];
  while (pending.length > 0) {
    const text = pending.pop() ?? '';
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (name === undefined || used.has(name)) continue;
      used.add(name);
      pending.push(JSON.stringify(schemas[name] ?? null));
    }
  }
  return used;
}

/** The OpenAPI 3.1 document's options: who may call what, and where. */
export const openapiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Passerelle API',
      description: 'Skills mobility partnerships: taxonomy, recognition, matching and more.',
      version: '0.1.0',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'The server that publishes this document' }],
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'The session cookie that POST /api/auth/login sets (HttpOnly).',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description:
            "The session's CSRF token (from login or GET /api/auth/me), required with the " +
            'session cookie on POST, PUT, PATCH and DELETE.',
        },
      },
    },
  },
  transform: routeTransform,
  transformObject: documentTransform,
};
