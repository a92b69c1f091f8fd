import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import { actionViolations, type Action, type ActionPlan } from './action-plan.js';
import type { Change, PartnershipRecord, Tx } from './partnership.store.js';
import { planAction, planMilestone, planObjective } from './partnerships.schema.js';
import { rejectViolations } from './rule-violation.js';
import type { ActionStatus } from './vocabulary.js';

/** A partnership's action plan: objectives in order, actions and milestones by date. */
export async function actionPlanOf(db: Tx, partnershipId: string): Promise<ActionPlan> {
  const objectives = await db
    .select({ id: planObjective.id, title: planObjective.title })
    .from(planObjective)
    .where(eq(planObjective.partnershipId, partnershipId))
    .orderBy(asc(planObjective.position));
  const actions = await db
    .select({
      id: planAction.id,
      objectiveId: planAction.objectiveId,
      title: planAction.title,
      ownerOrganisationId: planAction.ownerOrganisationId,
      deadline: planAction.deadline,
      status: planAction.status,
      evidence: planAction.evidence,
    })
    .from(planAction)
    .where(eq(planAction.partnershipId, partnershipId))
    .orderBy(asc(planAction.deadline), asc(planAction.title));
  const milestones = await db
    .select({
      id: planMilestone.id,
      title: planMilestone.title,
      dueOn: planMilestone.dueOn,
      reachedOn: planMilestone.reachedOn,
    })
    .from(planMilestone)
    .where(eq(planMilestone.partnershipId, partnershipId))
    .orderBy(asc(planMilestone.dueOn));
  return { objectives, actions, milestones };
}

const audit = (
  tx: Tx,
  change: Change,
  action: string,
  entityId: string,
  detail: Record<string, unknown>,
) =>
  recordAudit(tx, {
    at: change.now,
    actorUserId: change.actorUserId,
    action,
    entity: 'action_plan',
    entityId,
    subjectUserId: null,
    detail,
  });

/** Writes a whole plan (objectives, actions, milestones) inside a caller's transaction, unchecked. */
export async function insertPlan(tx: Tx, partnershipId: string, plan: ActionPlan): Promise<void> {
  if (plan.objectives.length > 0) {
    await tx
      .insert(planObjective)
      .values(plan.objectives.map((o, position) => ({ ...o, partnershipId, position })));
  }
  if (plan.actions.length > 0)
    await tx.insert(planAction).values(plan.actions.map((a) => ({ ...a, partnershipId })));
  if (plan.milestones.length > 0) {
    await tx.insert(planMilestone).values(plan.milestones.map((m) => ({ ...m, partnershipId })));
  }
}

/** Adds an objective at the end of the plan. */
export async function addObjective(
  db: Database,
  owner: PartnershipRecord,
  title: string,
  change: Change,
) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const existing = await actionPlanOf(tx, owner.id);
    await tx
      .insert(planObjective)
      .values({ id, partnershipId: owner.id, title, position: existing.objectives.length });
    await audit(tx, change, 'plan.addObjective', id, { partnershipId: owner.id });
  });
  return id;
}

/** Adds an action, owned by a party, under one of the plan's objectives. */
export async function addAction(
  db: Database,
  owner: PartnershipRecord,
  action: Omit<Action, 'id'>,
  change: Change,
) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const plan = await actionPlanOf(tx, owner.id);
    rejectViolations(
      actionViolations(action, {
        objectiveIds: new Set(plan.objectives.map((o) => o.id)),
        partyIds: new Set(owner.parties.map((p) => p.organisationId)),
        startsOn: owner.startsOn,
      }),
      'The action breaks its rules',
    );
    await tx.insert(planAction).values({ id, partnershipId: owner.id, ...action });
    await audit(tx, change, 'plan.addAction', id, { partnershipId: owner.id });
  });
  return id;
}

/** One action of the plan, or 404. */
export async function requireAction(
  db: Tx,
  partnershipId: string,
  actionId: string,
): Promise<Action> {
  const plan = await actionPlanOf(db, partnershipId);
  const action = plan.actions.find((a) => a.id === actionId);
  if (!action)
    throw notFound('partnerships.unknown_action', 'There is no such action in this plan.');
  return action;
}

/** Moves an action to a status, with its evidence. */
export async function updateActionProgress(
  db: Database,
  owner: PartnershipRecord,
  current: Action,
  progress: { status: ActionStatus; evidence: string[] },
  change: Change,
) {
  const next = { ...current, ...progress };
  rejectViolations(
    actionViolations(next, {
      objectiveIds: new Set([current.objectiveId]),
      partyIds: new Set(owner.parties.map((p) => p.organisationId)),
      startsOn: null,
    }),
    'The action breaks its rules',
  );
  await db.transaction(async (tx) => {
    await tx
      .update(planAction)
      .set(progress)
      .where(and(eq(planAction.id, current.id), eq(planAction.partnershipId, owner.id)));
    await audit(tx, change, 'plan.updateAction', current.id, {
      partnershipId: owner.id,
      status: progress.status,
    });
  });
}

/** Adds a milestone, reached or not. */
export async function addMilestone(
  db: Database,
  owner: PartnershipRecord,
  milestone: { title: string; dueOn: string; reachedOn: string | null },
  change: Change,
) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(planMilestone).values({ id, partnershipId: owner.id, ...milestone });
    await audit(tx, change, 'plan.addMilestone', id, { partnershipId: owner.id });
  });
  return id;
}
