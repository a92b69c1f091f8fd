import { eq } from 'drizzle-orm';
import { knownOrganisations } from '../../partnerships/partnership.store.js';
import { unprocessable } from '../../shared/errors.js';
import { grievance } from '../protection.schema.js';
import { recordStep, type GrievanceRow } from './grievance-events.store.js';
import { nextBody, type ResponsibleBody } from './grievance-routing.js';
import { routingRulesOf } from './grievance-routing.store.js';
import type { GrievanceContext } from './grievance.store.js';
import {
  canAppeal,
  informationViolations,
  statusAfter,
  stepViolations,
  type StepInput,
} from './grievance-workflow.js';
import { BODY_KINDS, type BodyKind } from './grievance-vocabulary.js';

const refuse = (problems: { field: string; reason: string }[]) => {
  if (problems.length > 0) {
    throw unprocessable('grievance.step_refused', 'This step cannot be taken now', problems);
  }
};

/** A handler's step (acknowledge, request information, refer, mediate, resolve, close, reopen, disclose). */
export async function takeStep(
  ctx: GrievanceContext,
  g: GrievanceRow,
  input: StepInput & { disclose: boolean },
  actorUserId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const problems = stepViolations(g.status, input);
    let referTo: ResponsibleBody | null = null;
    if (input.step === 'referred' && input.referTo) {
      const known = await knownOrganisations(tx, [input.referTo.organisationId]);
      if (!known.has(input.referTo.organisationId)) {
        problems.push({ field: 'referTo.organisationId', reason: 'is not an organisation' });
      }
      if (!BODY_KINDS.includes(input.referTo.kind as BodyKind)) {
        problems.push({ field: 'referTo.kind', reason: 'is not a kind of body' });
      }
      referTo = {
        kind: input.referTo.kind as BodyKind,
        organisationId: input.referTo.organisationId,
      };
    }
    refuse(problems);
    const status = statusAfter(g.status, input.step);
    await tx
      .update(grievance)
      .set({
        status,
        updatedAt: ctx.now,
        ...(input.step === 'acknowledged' ? { acknowledgedAt: ctx.now } : {}),
        ...(input.step === 'resolved' ? { resolvedAt: ctx.now } : {}),
        ...(input.step === 'reopened' ? { resolvedAt: null } : {}),
        ...(referTo
          ? {
              handlerKind: referTo.kind,
              handlerOrganisationId: referTo.organisationId,
              acknowledgedAt: null,
            }
          : {}),
      })
      .where(eq(grievance.id, g.id));
    await recordStep(tx, ctx.keyring, g, {
      kind: input.step,
      at: ctx.now,
      actorUserId,
      body: referTo ?? currentBody(g),
      note: input.note,
      disclosed: input.step === 'disclosed' || input.disclose,
      detail: { status },
    });
  });
}

const currentBody = (g: GrievanceRow): ResponsibleBody | null =>
  g.handlerKind && g.handlerOrganisationId
    ? { kind: g.handlerKind, organisationId: g.handlerOrganisationId }
    : null;

/** The person (or the receipt holder) adds information; a case awaiting it returns to its handler. */
export async function provideInformation(
  ctx: GrievanceContext,
  g: GrievanceRow,
  note: string,
  actorUserId: string | null,
): Promise<void> {
  refuse(informationViolations(g.status));
  await ctx.db.transaction(async (tx) => {
    const status = g.status === 'awaiting_information' ? 'acknowledged' : g.status;
    await tx.update(grievance).set({ status, updatedAt: ctx.now }).where(eq(grievance.id, g.id));
    await recordStep(tx, ctx.keyring, g, {
      kind: 'information_provided',
      at: ctx.now,
      actorUserId,
      note,
    });
  });
}

/** The person appeals a resolved or closed case: it goes to the next body of the chain. */
export async function appealGrievance(
  ctx: GrievanceContext,
  g: GrievanceRow,
  note: string | null,
  actorUserId: string | null,
): Promise<void> {
  if (!canAppeal(g.status)) {
    refuse([{ field: 'status', reason: 'only a resolved or closed case can be appealed' }]);
  }
  await ctx.db.transaction(async (tx) => {
    const rules = g.partnershipId ? await routingRulesOf(tx, g.partnershipId) : [];
    const decision = nextBody(g, rules, ctx.now, 'resolution');
    if (decision.kind !== 'escalate') {
      throw unprocessable(
        'grievance.no_appeal_body',
        'No further body can hear an appeal of this case.',
        [{ field: 'status', reason: 'the last body of the chain has decided' }],
      );
    }
    const to = decision.to;
    await tx
      .update(grievance)
      .set({
        status: 'filed',
        handlerKind: to.body.kind,
        handlerOrganisationId: to.body.organisationId,
        routeStep: to.step,
        acknowledgeBy: to.acknowledgeBy,
        resolveBy: to.resolveBy,
        acknowledgedAt: null,
        resolvedAt: null,
        updatedAt: ctx.now,
      })
      .where(eq(grievance.id, g.id));
    await recordStep(tx, ctx.keyring, g, {
      kind: 'appealed',
      at: ctx.now,
      actorUserId,
      body: to.body,
      note,
    });
  });
}

/**
 * The person shares the case with their workers' organisation (consent), or withdraws it (null).
 */
export async function setSharing(
  ctx: GrievanceContext,
  g: GrievanceRow,
  organisationId: string | null,
  actorUserId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (organisationId !== null) {
      const known = await knownOrganisations(tx, [organisationId]);
      if (known.get(organisationId)?.kind !== 'workers_organisation') {
        throw unprocessable(
          'grievance.not_workers_organisation',
          'Share only with a workers’ organisation',
          [{ field: 'organisationId', reason: 'is not a workers’ organisation' }],
        );
      }
    }
    await tx
      .update(grievance)
      .set({
        representativeOrganisationId: organisationId ?? g.representativeOrganisationId,
        sharedAt: organisationId === null ? null : ctx.now,
        updatedAt: ctx.now,
      })
      .where(eq(grievance.id, g.id));
    await recordStep(tx, ctx.keyring, g, {
      kind: organisationId === null ? 'unshared' : 'shared',
      at: ctx.now,
      actorUserId,
    });
  });
}
