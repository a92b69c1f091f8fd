import { z } from 'zod';
import type { Actor } from '../../accounts/actor.js';
import { authenticated } from '../../accounts/policy.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemResponses, sessionSecurity as security } from '../../http/openapi.js';
import { asResource } from '../../partnerships/partnership.js';
import { requirePartnership, type Tx } from '../../partnerships/partnership.store.js';
import { notFound } from '../../shared/errors.js';
import { SMALL_COUNT_THRESHOLD } from '../small-counts.js';
import { partnershipReport } from './fair-recruitment-report.service.js';
import { rulesOrDefault } from './fair-recruitment-rules.js';
import { authorize, can } from './fair-recruitment.policy.js';
import {
  presentCompliance,
  presentReport,
  presentSuspension,
} from './fair-recruitment.presenters.js';
import {
  complianceRecordSchema,
  liftSchema,
  reportSchema,
  rulesSchema,
  suspendSchema,
  suspensionSchema,
} from './fair-recruitment.schemas.js';
import { grievancesUpheld, liftSuspension, suspend, suspensionsOf } from './compliance.store.js';
import { organisationNames, readRules, saveRules } from './fair-recruitment.store.js';
import { contractRoutes } from './contract.routes.js';

const tags = ['protection'];
const idParams = z.object({ id: z.uuid() });
const unknownPartnership = () =>
  notFound('partnerships.unknown_partnership', 'There is no such partnership.');

/** A partnership, once the actor may read its fair-recruitment figures (404 otherwise). */
async function reportablePartnership(db: Tx, actor: Actor, id: string) {
  const partnership = await requirePartnership(db, id).catch(() => {
    throw unknownPartnership();
  });
  if (!can(actor, 'fairRecruitment.report', asResource(partnership))) throw unknownPartnership();
  return partnership;
}

/** Recruitment costs, contracts and their comparison, the SDG 10.7.1 report, compliance. */
export const fairRecruitmentRoutes: AreaRoutes = async (app, ctx) => {
  await contractRoutes(app, ctx);
  app.get(
    '/api/fair-recruitment/:id/report',
    {
      schema: {
        operationId: 'getFairRecruitmentReport',
        tags,
        summary:
          "A partnership's SDG 10.7.1 figures (overall, per cohort), fees the employer should have paid, substitution flags",
        security,
        params: idParams,
        response: { 200: reportSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const partnership = await reportablePartnership(ctx.db, actor, request.params.id);
      const { report, rules, rulesAreDefault } = await partnershipReport(ctx.db, partnership.id);
      const detailed = can(actor, 'fairRecruitment.setRules', asResource(partnership));
      return presentReport(partnership.id, report, rules, rulesAreDefault, detailed);
    },
  );

  app.get(
    '/api/fair-recruitment/:id/rules',
    {
      schema: {
        operationId: 'getFairRecruitmentRules',
        tags,
        summary:
          "A partnership's fair-recruitment rules: costs the employer pays, substitution tolerances",
        security,
        params: idParams,
        response: {
          200: z.object({ rules: rulesSchema, isDefault: z.boolean() }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const partnership = await reportablePartnership(ctx.db, actor, request.params.id);
      const stored = await readRules(ctx.db, partnership.id);
      const rules = rulesOrDefault(stored);
      return {
        rules: { ...rules, employerPays: [...rules.employerPays] },
        isDefault: stored === null,
      };
    },
  );

  app.put(
    '/api/fair-recruitment/:id/rules',
    {
      schema: {
        operationId: 'setFairRecruitmentRules',
        tags,
        summary: "Set a partnership's fair-recruitment rules (its coordinators); audited",
        security,
        params: idParams,
        body: rulesSchema,
        response: {
          200: z.object({ rules: rulesSchema, isDefault: z.boolean() }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const partnership = await reportablePartnership(ctx.db, actor, request.params.id);
      authorize(actor, 'fairRecruitment.setRules', asResource(partnership));
      const rules = { ...request.body, employerPays: [...new Set(request.body.employerPays)] };
      await saveRules(ctx.db, partnership.id, rules, { actorUserId: actor.userId, now: ctx.now() });
      return { rules, isDefault: false };
    },
  );

  app.get(
    '/api/compliance/:id',
    {
      schema: {
        operationId: 'listComplianceRecords',
        tags,
        summary:
          "Each employer's and recruiter's compliance record in a partnership: substitution flags, fees charged to workers, suspension",
        security,
        params: idParams,
        response: {
          200: z.object({
            records: z.array(complianceRecordSchema),
            canSuspend: z.boolean(),
            /** Figures over fewer people than this are withheld (null) for representatives. */
            smallCountThreshold: z.number().int(),
          }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const partnership = await requirePartnership(ctx.db, request.params.id).catch(() => {
        throw unknownPartnership();
      });
      const resource = asResource(partnership);
      const [{ report }, suspensions, upheld] = await Promise.all([
        partnershipReport(ctx.db, partnership.id),
        suspensionsOf(ctx.db, partnership.id),
        grievancesUpheld(ctx.db, partnership.id),
      ]);
      const records = presentCompliance(
        partnership,
        report.compliance,
        suspensions,
        await organisationNames(ctx.db, [
          ...report.compliance.map((c) => c.organisationId),
          ...suspensions.map((s) => s.organisationId),
          ...partnership.parties.map((p) => p.organisationId),
        ]),
        upheld,
        (organisationId) => can(actor, 'compliance.readFigures', { ...resource, organisationId }),
      ).filter((r) =>
        can(actor, 'compliance.read', { ...resource, organisationId: r.organisationId }),
      );
      if (records.length === 0 && !can(actor, 'fairRecruitment.report', asResource(partnership))) {
        throw unknownPartnership();
      }
      return {
        records,
        canSuspend: can(actor, 'fairRecruitment.setRules', resource),
        smallCountThreshold: SMALL_COUNT_THRESHOLD,
      };
    },
  );

  app.post(
    '/api/compliance/:id/suspensions',
    {
      schema: {
        operationId: 'suspendFromPartnership',
        tags,
        summary:
          'Suspend an employer or recruiter from the partnership, with the reason (coordinators); its vacancies leave matching and allocation; audited',
        security,
        params: idParams,
        body: suspendSchema,
        response: {
          201: z.object({ suspension: suspensionSchema }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const partnership = await reportablePartnership(ctx.db, actor, request.params.id);
      authorize(actor, 'compliance.suspend', {
        ...asResource(partnership),
        organisationId: request.body.organisationId,
      });
      const names = await organisationNames(ctx.db, [request.body.organisationId]);
      if (!names.has(request.body.organisationId)) {
        throw notFound('accounts.unknown_organisation', 'There is no such organisation.');
      }
      const id = await suspend(
        ctx.db,
        { partnershipId: partnership.id, ...request.body },
        {
          actorUserId: actor.userId,
          now: ctx.now(),
        },
      );
      const suspension = (await suspensionsOf(ctx.db, partnership.id)).find((s) => s.id === id)!;
      return reply.status(201).send({ suspension: presentSuspension(suspension) });
    },
  );

  app.post(
    '/api/compliance/:id/suspensions/:suspensionId/lift',
    {
      schema: {
        operationId: 'liftSuspension',
        tags,
        summary: 'Lift a suspension, with the reason (coordinators); audited',
        security,
        params: idParams.extend({ suspensionId: z.uuid() }),
        body: liftSchema,
        response: {
          200: z.object({ suspension: suspensionSchema }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const partnership = await reportablePartnership(ctx.db, actor, request.params.id);
      const { suspensionId } = request.params;
      const found = (await suspensionsOf(ctx.db, partnership.id)).find(
        (s) => s.id === suspensionId,
      );
      if (!found)
        throw notFound(
          'fair_recruitment.unknown_suspension',
          'There is no such active suspension.',
        );
      authorize(actor, 'compliance.suspend', {
        ...asResource(partnership),
        organisationId: found.organisationId,
      });
      await liftSuspension(ctx.db, partnership.id, suspensionId, request.body.reason, {
        actorUserId: actor.userId,
        now: ctx.now(),
      });
      const lifted = (await suspensionsOf(ctx.db, partnership.id)).find(
        (s) => s.id === suspensionId,
      )!;
      return { suspension: presentSuspension(lifted) };
    },
  );
};
