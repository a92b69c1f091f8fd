import type { RouteOptions } from 'fastify';

/** A route as Fastify registered it. */
export interface RegisteredRoute {
  method: string;
  /** The path in OpenAPI form, `/api/partnerships/{id}`. */
  path: string;
}

/** Where buildTestApp (test/support/app.ts) keeps the routes each app registered. */
export class RouteRecord {
  readonly routes: RegisteredRoute[] = [];

  /** For buildApp's `onRoute` option. */
  readonly observe = (route: RouteOptions): void => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods as string[]) {
      this.routes.push({
        method: method.toUpperCase(),
        path: route.url.replace(/:(\w+)/g, '{$1}'),
      });
    }
  };
}

const records = new WeakMap<object, RouteRecord>();

/** Remembers which record belongs to an app. */
export function keepRouteRecord(app: object, record: RouteRecord): void {
  records.set(app, record);
}

/** Every route the app registered, in order (apps built by buildTestApp). */
export function registeredRoutesOf(app: object): RegisteredRoute[] {
  const record = records.get(app);
  if (!record) throw new Error('this app was not built by buildTestApp');
  return record.routes;
}
