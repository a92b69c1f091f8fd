import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';

/** What route modules receive: configuration, the database, the clock and shared indexes. */
export interface AppContext {
  config: Config;
  db: Database;
  engine: 'pglite' | 'postgres';
  /** The clock, injected so that tests control time. */
  now: () => Date;
  /** In-memory search index over the active taxonomy version. */
  taxonomy: TaxonomyIndex;
  /**
   * What the server still prepares before it can answer every request well (the matching
   * indexes at start-up), or null: `/api/ready` answers 503 while it is not null.
   */
  pending?: () => string | null;
}

/** The Fastify instance with the zod type provider that every route module registers on. */
export type HttpApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** An area's HTTP routes. */
export type AreaRoutes = (app: HttpApp, ctx: AppContext) => Promise<void>;
