import { z } from 'zod';
import { authenticated } from '../../accounts/policy.js';
import { authorize } from '../../partnerships/partnerships.policy.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemSchema } from '../../http/problem.js';
import { notFound } from '../../shared/errors.js';
import { asResource, idParams, visiblePartnership } from '../../partnerships/partnership.routes.js';
import { rejectViolations } from '../../partnerships/rule-violation.js';
import { checkProposal, type LinkDecision } from '../../partnerships/slot-link.js';
import {
  decideLink,
  listLinks,
  proposeLink,
  requireLink,
  slotForLink,
  type SlotLinkRecord,
} from './slot-link.store.js';
import { LINK_STATUSES, SLOT_KINDS } from '../../partnerships/vocabulary.js';

export const slotLinkSchema = z
  .object({
    id: z.uuid(),
    slotKind: z.enum(SLOT_KINDS),
    slotId: z.uuid(),
    slotTitle: z.string(),
    partyOrganisationId: z.uuid(),
    partyName: z.string(),
    occupation: z.string(),
    status: z.enum(LINK_STATUSES),
    note: z.string(),
    proposedAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PartnershipSlotLink' });

const proposalSchema = z.object({
  slotKind: z.enum(SLOT_KINDS),
  slotId: z.uuid(),
  /** The priority occupation it fills; a vacancy's own is found when omitted. */
  occupation: z.string().trim().min(1).max(200).optional(),
  note: z.string().trim().max(2000).default(''),
});

const present = (l: SlotLinkRecord) => ({
  ...l,
  proposedAt: l.proposedAt.toISOString(),
  decidedAt: l.decidedAt?.toISOString() ?? null,
});
const linkParams = idParams.extend({ linkId: z.uuid() });
const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const tags = ['partnerships'];
const security = [{ session: [] }];

const DECISIONS: { decision: LinkDecision; summary: string; operationId: string }[] = [
  {
    decision: 'accept',
    operationId: 'acceptPartnershipLink',
    summary: "Accept a proposed vacancy or programme into the partnership's slots (coordinators)",
  },
  {
    decision: 'reject',
    operationId: 'rejectPartnershipLink',
    summary: 'Reject a proposed vacancy or programme link (coordinators)',
  },
  {
    decision: 'withdraw',
    operationId: 'withdrawPartnershipLink',
    summary: 'Withdraw a proposed or accepted link (members of the proposing party)',
  },
];

/** Vacancies and programmes join a partnership by a link: a party proposes, a coordinator decides. */
export const slotLinkRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/partnerships/:id/links',
    {
      schema: {
        operationId: 'listPartnershipLinks',
        tags,
        summary: "The partnership's vacancy and programme links, proposed, accepted or closed",
        security,
        params: idParams,
        response: { 200: z.object({ links: z.array(slotLinkSchema) }), ...problems },
      },
    },
    async (request) => {
      const record = await visiblePartnership(ctx.db, request.actor, request.params.id);
      return { links: (await listLinks(ctx.db, record.id)).map(present) };
    },
  );

  app.post(
    '/api/partnerships/:id/links',
    {
      schema: {
        operationId: 'proposePartnershipLink',
        tags,
        summary: 'Propose a vacancy or programme of your organisation to the partnership (audited)',
        security,
        params: idParams,
        body: proposalSchema,
        response: { 201: z.object({ link: slotLinkSchema }), ...problems },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const record = await visiblePartnership(ctx.db, actor, request.params.id);
      const { slotKind, slotId, occupation, note } = request.body;
      const slot = await slotForLink(ctx.db, slotKind, slotId);
      if (!slot) throw notFound('partnerships.unknown_slot', `There is no such ${slotKind}.`);
      authorize(actor, 'partnership.proposeLink', {
        ...asResource(record),
        proposerOrganisationId: slot.ownerOrganisationId,
      });
      const checked = checkProposal(record, slot.slot, occupation);
      if ('violations' in checked) rejectViolations(checked.violations, 'The link is not allowed');
      const terms = { occupation: 'occupation' in checked ? checked.occupation : '', note };
      const id = await proposeLink(ctx.db, record.id, slot, terms, {
        actorUserId: actor.userId,
        now: ctx.now(),
      });
      const link = await requireLink(ctx.db, record.id, id);
      return reply.status(201).send({ link: present(link) });
    },
  );

  for (const { decision, summary, operationId } of DECISIONS) {
    app.post(
      `/api/partnerships/:id/links/:linkId/${decision}`,
      {
        schema: {
          operationId,
          tags,
          summary: `${summary}; audited`,
          security,
          params: linkParams,
          body: z.object({ note: z.string().trim().max(2000).optional() }).default({}),
          response: { 200: z.object({ link: slotLinkSchema }), ...problems },
        },
      },
      async (request) => {
        const actor = authenticated(request.actor);
        const record = await visiblePartnership(ctx.db, actor, request.params.id);
        const link = await requireLink(ctx.db, record.id, request.params.linkId);
        if (decision === 'withdraw')
          authorize(actor, 'partnership.withdrawLink', {
            ...asResource(record),
            proposerOrganisationId: link.partyOrganisationId,
          });
        else authorize(actor, 'partnership.decideLink', asResource(record));
        await decideLink(ctx.db, link, decision, request.body.note, {
          actorUserId: actor.userId,
          now: ctx.now(),
        });
        return { link: present(await requireLink(ctx.db, record.id, link.id)) };
      },
    );
  }
};
