import { z } from 'zod';
import type { Actor } from '../../accounts/actor.js';
import { authenticated } from '../../accounts/policy.js';
import { isAdmin } from '../../accounts/policy-rules.js';
import { cohortCandidate } from '../../people/candidates/candidate-scope.store.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemResponses, sessionSecurity as security } from '../../http/openapi.js';
import { asResource } from '../../partnerships/partnership.js';
import {
  requirePartnership,
  type PartnershipRecord,
  type Tx,
} from '../../partnerships/partnership.store.js';
import { invalid, notFound } from '../../shared/errors.js';
import { rulesOrDefault } from './fair-recruitment-rules.js';
import { authorize, can, type PlacementResource } from './fair-recruitment.policy.js';
import { presentContract, presentCost } from './fair-recruitment.presenters.js';
import {
  contractSchema,
  contractVersionInputSchema,
  costSchema,
  newContractSchema,
  newCostSchema,
} from './fair-recruitment.schemas.js';
import { organisationNames, readRules } from './fair-recruitment.store.js';
import {
  candidateOf,
  createPlacement,
  placementsFor,
  placementsOf,
  requirePlacement,
  stateVersion,
  vacancyOffer,
  type PlacementRecord,
} from './placement.store.js';
import { costsOf, recordCost } from './recruitment-cost.store.js';
import { CONTRACT_STAGES } from './vocabulary.js';

const tags = ['protection'];
const idParams = z.object({ id: z.uuid() });
const unknownContract = () =>
  notFound('fair_recruitment.unknown_contract', 'There is no such contract.');
const unknownPartnership = () =>
  notFound('partnerships.unknown_partnership', 'There is no such partnership.');

const placementResource = (
  partnership: PartnershipRecord,
  p: Pick<PlacementRecord, 'personUserId' | 'employerId' | 'recruiterId'>,
): PlacementResource => ({
  ...asResource(partnership),
  personUserId: p.personUserId,
  employerId: p.employerId,
  recruiterId: p.recruiterId,
});

/** A contract and its partnership, once the actor may read it (404 otherwise). */
async function visibleContract(db: Tx, actor: Actor, id: string) {
  const placement = await requirePlacement(db, id);
  const partnership = await requirePartnership(db, placement.partnershipId);
  const resource = placementResource(partnership, placement);
  if (!can(actor, 'contract.read', resource)) throw unknownContract();
  return { placement, partnership, resource };
}

async function contractView(db: Tx, placement: PlacementRecord) {
  const rules = rulesOrDefault(await readRules(db, placement.partnershipId));
  const names = await organisationNames(
    db,
    [placement.employerId, placement.recruiterId].flatMap((x) => x ?? []),
  );
  return presentContract(placement, rules, names);
}

/** Placement contracts and the recruitment costs of their people. */
export const contractRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/contracts',
    {
      schema: {
        operationId: 'listContracts',
        tags,
        summary:
          "Placement contracts the caller may read: a partnership's (its coordinators), or their own and their organisation's",
        security,
        querystring: z.object({ partnershipId: z.uuid().optional() }),
        response: {
          200: z.object({ contracts: z.array(contractSchema) }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { partnershipId } = request.query;
      const placements = partnershipId
        ? await placementsOf(ctx.db, partnershipId)
        : await placementsFor(
            ctx.db,
            actor.userId,
            actor.memberships.map((m) => m.organisationId),
          );
      const partnerships = new Map<string, PartnershipRecord>();
      const visible: PlacementRecord[] = [];
      for (const p of placements) {
        const partnership =
          partnerships.get(p.partnershipId) ?? (await requirePartnership(ctx.db, p.partnershipId));
        partnerships.set(p.partnershipId, partnership);
        if (can(actor, 'contract.read', placementResource(partnership, p))) visible.push(p);
      }
      return { contracts: await Promise.all(visible.map((p) => contractView(ctx.db, p))) };
    },
  );

  app.post(
    '/api/contracts',
    {
      schema: {
        operationId: 'createContract',
        tags,
        summary:
          "Record a person's placement with an employer; the offer's terms come from the vacancy (audited)",
        security,
        body: newContractSchema,
        response: {
          201: z.object({ contract: contractSchema }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const body = request.body;
      const partnership = await requirePartnership(ctx.db, body.partnershipId).catch(() => {
        throw unknownPartnership();
      });
      const offer = body.vacancyId ? await vacancyOffer(ctx.db, body.vacancyId) : null;
      if (body.vacancyId && !offer)
        throw notFound('people.unknown_vacancy', 'There is no such vacancy.');
      const employerId = offer?.employerId ?? body.employerId;
      if (!employerId)
        throw invalid(
          'fair_recruitment.no_employer',
          'body.employerId',
          'is required without a vacancy',
        );
      const parties = { employerId, recruiterId: body.recruiterId ?? null };
      // 403 before any person is looked up: who may state contracts does not depend on the person.
      authorize(
        actor,
        'contract.state',
        placementResource(partnership, { personUserId: null, ...parties }),
      );
      // Only the partnership's cohort (admins keep the wide view); anyone else is 404, like no one.
      const inCohort =
        isAdmin(actor) || (await cohortCandidate(ctx.db, partnership, body.candidateId)) !== null;
      const person = inCohort ? await candidateOf(ctx.db, body.candidateId) : null;
      if (!person) throw notFound('people.unknown_candidate', 'There is no such candidate.');
      const placement = { personUserId: person.userId, ...parties };
      const now = ctx.now();
      const id = await createPlacement(
        ctx.db,
        {
          ...placement,
          partnershipId: partnership.id,
          candidateId: body.candidateId,
          vacancyId: body.vacancyId ?? null,
          offer: offer
            ? { terms: offer.terms, statedOn: offer.postedOn ?? now.toISOString().slice(0, 10) }
            : null,
        },
        { actorUserId: actor.userId, now },
      );
      const contract = await contractView(ctx.db, await requirePlacement(ctx.db, id));
      return reply.status(201).send({ contract });
    },
  );

  app.get(
    '/api/contracts/:id',
    {
      schema: {
        operationId: 'getContract',
        tags,
        summary: 'A placement contract with its versions compared field by field',
        security,
        params: idParams,
        response: {
          200: z.object({ contract: contractSchema }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { placement } = await visibleContract(ctx.db, actor, request.params.id);
      return { contract: await contractView(ctx.db, placement) };
    },
  );

  app.put(
    '/api/contracts/:id/versions/:stage',
    {
      schema: {
        operationId: 'stateContractVersion',
        tags,
        summary:
          'State the offer or the signed contract (employer, recruiter, coordinator) or report the actual terms (the person); audited',
        security,
        params: idParams.extend({ stage: z.enum(CONTRACT_STAGES) }),
        body: contractVersionInputSchema,
        response: {
          200: z.object({ contract: contractSchema }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { placement, resource } = await visibleContract(ctx.db, actor, request.params.id);
      const { stage } = request.params;
      authorize(actor, stage === 'actual' ? 'contract.reportActual' : 'contract.state', resource);
      await stateVersion(ctx.db, placement, stage, request.body, {
        actorUserId: actor.userId,
        now: ctx.now(),
      });
      return {
        contract: await contractView(ctx.db, await requirePlacement(ctx.db, placement.contractId)),
      };
    },
  );

  app.get(
    '/api/recruitment-costs',
    {
      schema: {
        operationId: 'listRecruitmentCosts',
        tags,
        summary:
          "The recruitment fees and costs recorded for a contract's person in its partnership",
        security,
        querystring: z.object({ contractId: z.uuid() }),
        response: {
          200: z.object({ costs: z.array(costSchema) }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { placement, resource } = await visibleContract(
        ctx.db,
        actor,
        request.query.contractId,
      );
      const rules = rulesOrDefault(await readRules(ctx.db, placement.partnershipId));
      const costs = await costsOf(ctx.db, placement.partnershipId, placement.candidateId);
      // The person and the coordinators see every cost of the person in the partnership; an
      // employer or recruiter only those of this contract's employer and recruiter.
      const everyCost =
        can(actor, 'fairRecruitment.setRules', resource) ||
        (resource.personUserId !== null && resource.personUserId === actor.userId);
      const shown = everyCost
        ? costs
        : costs.filter(
            (c) => c.employerId === placement.employerId && c.recruiterId === placement.recruiterId,
          );
      return { costs: shown.map((c) => presentCost(c, rules)) };
    },
  );

  app.post(
    '/api/recruitment-costs',
    {
      schema: {
        operationId: 'recordRecruitmentCost',
        tags,
        summary:
          'Record a recruitment fee or cost paid, and who paid it (the person, their employer or recruiter); audited',
        security,
        body: newCostSchema,
        response: { 201: z.object({ cost: costSchema }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const { contractId, paidOn, ...cost } = request.body;
      const { placement, resource } = await visibleContract(ctx.db, actor, contractId);
      authorize(actor, 'recruitmentCost.record', resource);
      const id = await recordCost(
        ctx.db,
        placement,
        { ...cost, paidOn: paidOn ?? null },
        {
          actorUserId: actor.userId,
          now: ctx.now(),
        },
      );
      const rules = rulesOrDefault(await readRules(ctx.db, placement.partnershipId));
      const stored = (await costsOf(ctx.db, placement.partnershipId, placement.candidateId)).find(
        (c) => c.id === id,
      )!;
      return reply.status(201).send({ cost: presentCost(stored, rules) });
    },
  );
};
