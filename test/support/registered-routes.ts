import type { FastifyInstance, RouteOptions } from 'fastify';

/** A route as Fastify registered it. */
export interface RegisteredRoute {
  method: string;
  /** The path in OpenAPI form, `/api/partnerships/{id}`. */
  path: string;
}

/** Every route the apps built in this test file registered, in order (filled by the mock). */
export const registeredRoutes: RegisteredRoute[] = [];

/** What a mock factory of the `fastify` module receives and returns. */
type FastifyModule = Record<string, unknown> & { default: (...args: never[]) => FastifyInstance };

/**
 * The `fastify` module with an `onRoute` hook added to every instance it creates, so that a test
 * sees the routes the real app registers. Mock factories are hoisted above imports, hence:
 * `vi.mock('fastify', async (original) => (await import('…/registered-routes.js')).recordRoutes(await original()))`.
 */
export function recordRoutes(fastify: FastifyModule): FastifyModule {
  const create = (...args: never[]) => {
    const app = fastify.default(...args);
    app.addHook('onRoute', (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods as string[]) {
        registeredRoutes.push({
          method: method.toUpperCase(),
          path: route.url.replace(/:(\w+)/g, '{$1}'),
        });
      }
    });
    return app;
  };
  return { ...fastify, default: create };
}
