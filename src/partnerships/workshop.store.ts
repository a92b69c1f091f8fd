import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import { insertPlan } from './action-plan.store.js';
import { partyViolations } from './partnership.js';
import {
  insertPartnership,
  knownOrganisations,
  type Change,
  type Tx,
} from './partnership.store.js';
import {
  workshop,
  workshopDelegation,
  workshopIdea,
  workshopScore,
} from './partnerships.schema.js';
import { rejectViolations } from './rule-violation.js';
import {
  assertFirstScore,
  criteriaViolations,
  ideaViolations,
  ideaToDraft,
  rankIdeas,
  scoreViolations,
  winnerViolations,
  type Criterion,
  type Delegation,
  type Idea,
  type IdeaScore,
} from './workshop.js';

export interface WorkshopDraft {
  title: string;
  heldOn: string;
  criteria: Criterion[];
  anonymousScoring: boolean;
  delegations: Omit<Delegation, 'id'>[];
}

export interface WorkshopRecord extends Omit<WorkshopDraft, 'delegations'> {
  id: string;
  delegations: Delegation[];
  ideas: (Idea & { partnershipId: string | null })[];
  scores: IdeaScore[];
}

const audit = (
  tx: Tx,
  change: Change,
  action: string,
  entityId: string,
  subjectUserId: string | null,
  detail: Record<string, unknown>,
) =>
  recordAudit(tx, {
    at: change.now,
    actorUserId: change.actorUserId,
    action,
    entity: 'workshop',
    entityId,
    subjectUserId,
    detail,
  });

/** Creates a workshop with its declared criteria and delegations. */
export async function createWorkshop(
  db: Database,
  draft: WorkshopDraft,
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const organisations = await knownOrganisations(
      tx,
      draft.delegations.map((d) => d.organisationId),
    );
    const asParties = draft.delegations.map((d) => ({
      organisationId: d.organisationId,
      role: 'signatory' as const,
      contacts: [],
    }));
    const violations = [
      ...criteriaViolations(draft.criteria),
      ...partyViolations(asParties, organisations)
        .filter((v) => v.code === 'partnerships.not_an_organisation')
        .map((v) => ({ ...v, field: v.field.replace(/^parties\.(\d+)\./, 'delegations.$1.') })),
    ];
    rejectViolations(violations, 'The workshop breaks its rules');
    await tx.insert(workshop).values({
      id,
      title: draft.title,
      heldOn: draft.heldOn,
      criteria: draft.criteria,
      anonymousScoring: draft.anonymousScoring,
      createdAt: change.now,
    });
    if (draft.delegations.length > 0) {
      await tx
        .insert(workshopDelegation)
        .values(draft.delegations.map((d) => ({ id: randomUUID(), workshopId: id, ...d })));
    }
    await audit(tx, change, 'workshop.create', id, null, { delegations: draft.delegations.length });
  });
  return id;
}

/** Every workshop, latest first. */
export async function listWorkshops(db: Tx) {
  return db
    .select({
      id: workshop.id,
      title: workshop.title,
      heldOn: workshop.heldOn,
      anonymousScoring: workshop.anonymousScoring,
    })
    .from(workshop)
    .orderBy(asc(workshop.heldOn), asc(workshop.title));
}

/** A workshop with its delegations, ideas and scores, or 404. */
export async function requireWorkshop(db: Tx, id: string): Promise<WorkshopRecord> {
  const [row] = await db.select().from(workshop).where(eq(workshop.id, id));
  if (!row) throw notFound('workshop.unknown_workshop', 'There is no such workshop.');
  const delegations = await db
    .select({
      id: workshopDelegation.id,
      country: workshopDelegation.country,
      constituency: workshopDelegation.constituency,
      organisationId: workshopDelegation.organisationId,
    })
    .from(workshopDelegation)
    .where(eq(workshopDelegation.workshopId, id))
    .orderBy(asc(workshopDelegation.country), asc(workshopDelegation.constituency));
  const ideas = await db
    .select({
      id: workshopIdea.id,
      delegationId: workshopIdea.delegationId,
      title: workshopIdea.title,
      summary: workshopIdea.summary,
      origin: workshopIdea.origin,
      destination: workshopIdea.destination,
      occupations: workshopIdea.occupations,
      tracks: workshopIdea.tracks,
      partnershipId: workshopIdea.partnershipId,
    })
    .from(workshopIdea)
    .where(eq(workshopIdea.workshopId, id))
    .orderBy(asc(workshopIdea.submittedAt), asc(workshopIdea.title));
  const scores = ideas.length
    ? await db
        .select({
          ideaId: workshopScore.ideaId,
          participantId: workshopScore.participantUserId,
          scores: workshopScore.scores,
        })
        .from(workshopScore)
        .where(
          inArray(
            workshopScore.ideaId,
            ideas.map((i) => i.id),
          ),
        )
    : [];
  return {
    id: row.id,
    title: row.title,
    heldOn: row.heldOn,
    criteria: row.criteria,
    anonymousScoring: row.anonymousScoring,
    delegations,
    ideas,
    scores,
  };
}

/** A delegation submits a partnership idea. */
export async function submitIdea(
  db: Database,
  record: WorkshopRecord,
  idea: Omit<Idea, 'id'>,
  change: Change,
) {
  if (!record.delegations.some((d) => d.id === idea.delegationId)) {
    throw notFound('workshop.unknown_delegation', 'There is no such delegation at this workshop.');
  }
  rejectViolations(ideaViolations(idea), 'The idea breaks the workshop rules');
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx
      .insert(workshopIdea)
      .values({ id, workshopId: record.id, ...idea, submittedAt: change.now });
    await audit(tx, change, 'workshop.submitIdea', id, null, {
      workshopId: record.id,
      delegationId: idea.delegationId,
    });
  });
  return id;
}

/** Records one participant's score of one idea; a second score from them is refused. */
export async function scoreIdea(
  db: Database,
  record: WorkshopRecord,
  ideaId: string,
  participantUserId: string,
  scores: Record<string, number>,
  change: Change,
) {
  if (!record.ideas.some((i) => i.id === ideaId))
    throw notFound('workshop.unknown_idea', 'There is no such idea at this workshop.');
  rejectViolations(scoreViolations(scores, record.criteria), 'The score breaks the workshop rules');
  assertFirstScore(record.scores, ideaId, participantUserId);
  await db.transaction(async (tx) => {
    // The primary key (idea, participant) refuses a concurrent second score too.
    await tx
      .insert(workshopScore)
      .values({ ideaId, participantUserId, scores, scoredAt: change.now });
    await audit(tx, change, 'workshop.score', ideaId, participantUserId, { workshopId: record.id });
  });
}

/** The ranking of a workshop's ideas. */
export function workshopRanking(record: WorkshopRecord) {
  return rankIdeas(record.criteria, record.ideas, record.scores);
}

/** Turns the chosen winning ideas into draft partnerships with a first action plan each. */
export async function selectWinners(
  db: Database,
  record: WorkshopRecord,
  ideaIds: string[],
  change: Change,
) {
  rejectViolations(winnerViolations(workshopRanking(record), ideaIds), 'These ideas cannot win');
  const created: { ideaId: string; partnershipId: string }[] = [];
  await db.transaction(async (tx) => {
    for (const ideaId of ideaIds) {
      const idea = record.ideas.find((i) => i.id === ideaId) as WorkshopRecord['ideas'][number];
      if (idea.partnershipId) {
        created.push({ ideaId, partnershipId: idea.partnershipId });
        continue;
      }
      const partnershipId = randomUUID();
      const { draft, plan } = ideaToDraft(idea, record.delegations, record.heldOn, {
        objective: randomUUID(),
        actions: [randomUUID(), randomUUID()],
        milestone: randomUUID(),
      });
      await insertPartnership(tx, partnershipId, draft, change);
      await insertPlan(tx, partnershipId, plan);
      await tx.update(workshopIdea).set({ partnershipId }).where(eq(workshopIdea.id, ideaId));
      created.push({ ideaId, partnershipId });
    }
    await audit(tx, change, 'workshop.selectWinners', record.id, null, { ideaIds });
  });
  return created;
}
