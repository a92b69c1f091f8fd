import { z } from 'zod';
import { inArray } from 'drizzle-orm';
import { authenticated } from '../../accounts/policy.js';
import { isAdmin } from '../../accounts/policy-rules.js';
import type { Actor } from '../../accounts/actor.js';
import type { AppContext, HttpApp } from '../../http/context.js';
import { problemResponses } from '../../http/openapi.js';
import { asResource } from '../../partnerships/partnership.js';
import { findPartnership } from '../../partnerships/partnership.store.js';
import { partnership, partnershipParty } from '../../partnerships/partnerships.schema.js';
import { notFound } from '../../shared/errors.js';
import { authorize, can } from '../protection.policy.js';
import type { GrievanceKeyring } from './grievance-cipher.service.js';
import { grievanceStatistics } from './grievance-statistics.js';
import { escalationReportSchema, routingSchema, statisticsSchema } from './grievance.schemas.js';
import {
  grievanceCounts,
  routingRulesOf,
  runEscalation,
  setRoutingRules,
} from './grievance-routing.store.js';

const idParams = z.object({ id: z.uuid() });

/** The countries of the corridors of every partnership the actor's organisations are party to. */
async function corridorCountries(ctx: AppContext, actor: Actor): Promise<string[] | 'all'> {
  if (isAdmin(actor)) return 'all';
  const orgs = actor.memberships.map((m) => m.organisationId);
  const countries = new Set(actor.memberships.map((m) => m.country));
  const rows = await ctx.db
    .select({ corridors: partnership.corridors })
    .from(partnership)
    .where(
      inArray(
        partnership.id,
        ctx.db
          .select({ id: partnershipParty.partnershipId })
          .from(partnershipParty)
          .where(inArray(partnershipParty.organisationId, orgs)),
      ),
    );
  for (const r of rows) for (const c of r.corridors) countries.add(c.origin).add(c.destination);
  return [...countries];
}

/** Routing rules per partnership, escalation now, and representatives' statistics. */
export async function grievanceRoutingRoutes(
  app: HttpApp,
  ctx: AppContext,
  keyring: GrievanceKeyring,
) {
  /** The partnership, when the actor may manage its routing; else 404 as if it did not exist. */
  const managed = async (actor: Actor, id: string) => {
    const record = await findPartnership(ctx.db, id);
    if (!record || !can(actor, 'grievance.manageRouting', asResource(record))) {
      throw notFound('partnerships.not_found', 'There is no such partnership.');
    }
    return record;
  };

  app.get(
    '/api/partnerships/:id/grievance-routing',
    {
      schema: {
        operationId: 'getGrievanceRouting',
        tags: ['grievances'],
        summary: 'A partnership’s grievance routing rules (its coordinators)',
        security: [{ session: [] }],
        params: idParams,
        response: { 200: routingSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      await managed(actor, request.params.id);
      return { rules: await routingRulesOf(ctx.db, request.params.id) };
    },
  );

  app.put(
    '/api/partnerships/:id/grievance-routing',
    {
      schema: {
        operationId: 'setGrievanceRouting',
        tags: ['grievances'],
        summary:
          'Replace a partnership’s grievance routing rules: topic × country × organisation → ' +
          'the chain of responsible bodies and their deadlines',
        security: [{ session: [] }],
        params: idParams,
        body: routingSchema,
        response: { 200: routingSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const record = await managed(actor, request.params.id);
      authorize(actor, 'grievance.manageRouting', asResource(record));
      await setRoutingRules(ctx.db, record.id, request.body.rules, {
        actorUserId: actor.userId,
        now: ctx.now(),
      });
      return { rules: await routingRulesOf(ctx.db, record.id) };
    },
  );

  app.post(
    '/api/grievances/escalation',
    {
      schema: {
        operationId: 'runGrievanceEscalation',
        tags: ['grievances'],
        summary:
          'Escalate now every case past a deadline to the next body of its chain (administrators)',
        security: [{ session: [] }],
        response: { 200: escalationReportSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      authorize(request.actor, 'grievance.runEscalation');
      return runEscalation(ctx.db, keyring, ctx.now());
    },
  );

  app.get(
    '/api/grievances/statistics',
    {
      schema: {
        operationId: 'getGrievanceStatistics',
        tags: ['grievances'],
        summary:
          'Aggregated grievance counts for the caller’s corridors, small counts suppressed ' +
          '(workers’ representatives, coordinators)',
        security: [{ session: [] }],
        response: { 200: statisticsSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      authorize(request.actor, 'grievance.statistics');
      const scope = await corridorCountries(ctx, request.actor);
      const rows = await grievanceCounts(ctx.db, scope);
      const countries = scope === 'all' ? [...new Set(rows.map((r) => r.country))] : scope;
      return grievanceStatistics(
        rows.map((r) => ({ ...r, retaliationFlagged: r.retaliation !== null })),
        countries,
      );
    },
  );
}
