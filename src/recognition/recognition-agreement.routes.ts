import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import { can } from './recognition.policy.js';
import type { Actor } from '../accounts/actor.js';
import type { Database } from '../db/database.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { PasserelleError } from '../shared/errors.js';
import { recognisingCountries, type RecognitionAgreement } from './agreement.js';
import { agreementSchema, agreementVersionSchema } from './recognition.schemas.js';
import {
  agreementAuthority,
  amendAgreement,
  listAgreementVersions,
  recordAgreements,
  requireAgreement,
  retireAgreement,
} from './recognition-agreement.store.js';

const tags = ['recognition'];
const security = [{ session: [] }];
const writeResponses = {
  204: z.null(),
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

type Parties = Pick<RecognitionAgreement, 'from' | 'to' | 'direction'>;

/**
 * 403 naming the field unless the actor is an officer of every recognising country of the
 * agreement or a coordinator of a party to a partnership between its two countries.
 */
async function assertMayWrite(db: Database, actor: Actor, a: Parties, field: string) {
  if (can(actor, 'recognitionAgreement.write', await agreementAuthority(db, a))) return;
  const countries = recognisingCountries(a).join(' and ');
  const reason = `only recognition officers of ${countries}, or coordinators of a partnership between ${a.from.country} and ${a.to.country}, may write this agreement`;
  throw new PasserelleError(
    'forbidden',
    'recognition.agreement_not_yours',
    `${field}: ${reason}.`,
    [{ field, reason }],
  );
}

/** The agreement version in force with this id, once the actor may write its parties' terms. */
async function requireWritableAgreement(db: Database, actor: Actor, id: string) {
  const current = await requireAgreement(db, id);
  await assertMayWrite(
    db,
    actor,
    { from: current.fromParty, to: current.toParty, direction: current.direction },
    'id',
  );
  return current;
}

/** Recognition agreements: listed to anyone with their history; written by the countries they bind. */
export const recognitionAgreementRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/recognition/agreements',
    {
      schema: {
        operationId: 'listRecognitionAgreements',
        security: [],
        tags,
        summary: 'Recognition agreements, every version with its status',
        response: { 200: z.object({ agreements: z.array(agreementVersionSchema) }) },
      },
    },
    async () => ({
      agreements: (await listAgreementVersions(ctx.db)).map((a) => ({
        ...a,
        retiredAt: a.retiredAt?.toISOString() ?? null,
      })),
    }),
  );

  app.post(
    '/api/recognition/agreements',
    {
      schema: {
        operationId: 'addRecognitionAgreements',
        tags,
        summary: 'Add recognition agreements (validated; by the recognising countries only)',
        security,
        body: z.object({ agreements: z.array(agreementSchema).min(1) }),
        response: writeResponses,
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const { agreements } = request.body;
      for (const [i, a] of agreements.entries())
        await assertMayWrite(ctx.db, actor, a, `agreements[${i}].to.country`);
      await recordAgreements(ctx.db, agreements, { actorUserId: actor.userId, now: ctx.now() });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/recognition/agreements/:id/amendments',
    {
      schema: {
        operationId: 'amendRecognitionAgreement',
        tags,
        summary:
          'Amend an agreement: a new version supersedes the one in force (kept for past decisions)',
        security,
        params: z.object({ id: z.string().min(1) }),
        body: z.object({ agreement: agreementSchema }),
        response: writeResponses,
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const current = await requireWritableAgreement(ctx.db, actor, request.params.id);
      await assertMayWrite(ctx.db, actor, request.body.agreement, 'agreement.to.country');
      await amendAgreement(ctx.db, current.id, request.body.agreement, {
        actorUserId: actor.userId,
        now: ctx.now(),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/recognition/agreements/:id/retirement',
    {
      schema: {
        operationId: 'retireRecognitionAgreement',
        tags,
        summary: 'Retire an agreement: kept, no longer applied to new decisions',
        security,
        params: z.object({ id: z.string().min(1) }),
        body: z.object({ reason: z.string().trim().min(1).max(2000) }),
        response: writeResponses,
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const current = await requireWritableAgreement(ctx.db, actor, request.params.id);
      await retireAgreement(ctx.db, current.id, request.body.reason, {
        actorUserId: actor.userId,
        now: ctx.now(),
      });
      return reply.status(204).send(null);
    },
  );
};
