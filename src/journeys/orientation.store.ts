import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import type { Change, Tx } from '../partnerships/partnership.store.js';
import { partnership, partnershipParty } from '../partnerships/partnerships.schema.js';
import { rejectViolations } from '../partnerships/rule-violation.js';
import { notFound } from '../shared/errors.js';
import type { OrientationResource } from './journey-steps.policy.js';
import { orientationAttempt, orientationModule } from './journey-steps.schema.js';
import {
  answerViolations,
  markCheck,
  moduleViolations,
  orientationCompletion,
  ORIENTATION_TOPICS,
  placeViolations,
  corridorViolations,
  type CheckResult,
  type ModuleContent,
  type ModulePlace,
  type OrientationTopic,
} from './orientation.js';

type Reader = Pick<Database, 'select'>;

/** A stored module: where it belongs, its content and its version. */
export interface OrientationModuleRecord extends ModulePlace, ModuleContent {
  id: string;
  partnershipId: string;
  version: number;
  updatedAt: Date;
}

/** The partnership's parties and training providers, as the orientation rules see them; 404 if none. */
export async function orientationScope(
  db: Reader,
  partnershipId: string,
): Promise<OrientationResource> {
  const [row] = await db
    .select({ id: partnership.id })
    .from(partnership)
    .where(eq(partnership.id, partnershipId));
  if (!row) throw notFound('partnerships.unknown_partnership', 'There is no such partnership.');
  const parties = await db
    .select({ organisationId: partnershipParty.organisationId, role: partnershipParty.role })
    .from(partnershipParty)
    .where(eq(partnershipParty.partnershipId, partnershipId));
  return {
    partyOrganisationIds: [...new Set(parties.map((p) => p.organisationId))],
    providerOrganisationIds: parties
      .filter((p) => p.role === 'training_provider')
      .map((p) => p.organisationId),
  };
}

const columns = {
  id: orientationModule.id,
  partnershipId: orientationModule.partnershipId,
  origin: orientationModule.origin,
  destination: orientationModule.destination,
  topic: orientationModule.topic,
  language: orientationModule.language,
  title: orientationModule.title,
  body: orientationModule.body,
  questions: orientationModule.questions,
  passMark: orientationModule.passMark,
  version: orientationModule.version,
  updatedAt: orientationModule.updatedAt,
};

/** A partnership's modules, of one corridor when given, in topic then language order. */
export async function listModules(
  db: Reader,
  partnershipId: string,
  corridor?: { origin: string; destination: string },
): Promise<OrientationModuleRecord[]> {
  const rows = await db
    .select(columns)
    .from(orientationModule)
    .where(
      and(
        eq(orientationModule.partnershipId, partnershipId),
        corridor ? eq(orientationModule.origin, corridor.origin) : undefined,
        corridor ? eq(orientationModule.destination, corridor.destination) : undefined,
      ),
    )
    .orderBy(asc(orientationModule.origin), asc(orientationModule.destination));
  return rows.sort(byTopicThenLanguage);
}

const topicOrder = (t: OrientationTopic) => ORIENTATION_TOPICS.indexOf(t);

function byTopicThenLanguage(a: OrientationModuleRecord, b: OrientationModuleRecord) {
  return (
    a.origin.localeCompare(b.origin) ||
    a.destination.localeCompare(b.destination) ||
    topicOrder(a.topic) - topicOrder(b.topic) ||
    a.language.localeCompare(b.language)
  );
}

/** One module of the partnership, or 404. */
export async function requireModule(
  db: Reader,
  partnershipId: string,
  moduleId: string,
): Promise<OrientationModuleRecord> {
  const [row] = await db
    .select(columns)
    .from(orientationModule)
    .where(
      and(eq(orientationModule.id, moduleId), eq(orientationModule.partnershipId, partnershipId)),
    );
  if (!row) throw notFound('orientation.unknown_module', 'There is no such orientation module.');
  return row;
}

/** Writes a module: a new one for its place, or the next version of the one already there. */
export async function saveModule(
  db: Database,
  partnershipId: string,
  place: ModulePlace,
  content: ModuleContent,
  change: Change,
): Promise<{ id: string; version: number; created: boolean }> {
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ corridors: partnership.corridors })
      .from(partnership)
      .where(eq(partnership.id, partnershipId));
    rejectViolations(
      [
        ...placeViolations(place),
        ...corridorViolations(place, owner?.corridors ?? []),
        ...moduleViolations(content),
      ],
      'The orientation module breaks its rules',
    );
    const [existing] = await tx
      .select({ id: orientationModule.id, version: orientationModule.version })
      .from(orientationModule)
      .where(
        and(
          eq(orientationModule.partnershipId, partnershipId),
          eq(orientationModule.origin, place.origin),
          eq(orientationModule.destination, place.destination),
          eq(orientationModule.topic, place.topic),
          eq(orientationModule.language, place.language),
        ),
      );
    const values = { ...content, updatedAt: change.now, updatedBy: change.actorUserId };
    const saved = existing
      ? { id: existing.id, version: existing.version + 1, created: false }
      : { id: randomUUID(), version: 1, created: true };
    if (existing) {
      await tx
        .update(orientationModule)
        .set({ ...values, version: saved.version })
        .where(eq(orientationModule.id, existing.id));
    } else {
      await tx
        .insert(orientationModule)
        .values({ id: saved.id, partnershipId, ...place, ...values, version: 1 });
    }
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: existing ? 'orientation.updateModule' : 'orientation.createModule',
      entity: 'orientation_module',
      entityId: saved.id,
      subjectUserId: null,
      detail: {
        partnershipId,
        topic: place.topic,
        language: place.language,
        version: saved.version,
      },
    });
    return saved;
  });
}

/** Removes a module (its attempts go with it; passes already counted stay in the journey's evidence). */
export async function deleteModule(
  db: Database,
  module: OrientationModuleRecord,
  change: Change,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(orientationModule).where(eq(orientationModule.id, module.id));
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'orientation.deleteModule',
      entity: 'orientation_module',
      entityId: module.id,
      subjectUserId: null,
      detail: { partnershipId: module.partnershipId, topic: module.topic },
    });
  });
}

/** The person taking the check: their candidate profile and user account. */
export interface Learner {
  candidateId: string;
  userId: string | null;
}

/** Marks a person's answers to a module's check and records the attempt (audited). */
export async function answerCheck(
  db: Tx,
  module: OrientationModuleRecord,
  learner: Learner,
  answers: number[],
  change: Change,
): Promise<CheckResult> {
  rejectViolations(answerViolations(module, answers), 'The answers do not fit the check');
  const result = markCheck(module, answers);
  await db.insert(orientationAttempt).values({
    moduleId: module.id,
    candidateId: learner.candidateId,
    moduleVersion: module.version,
    correct: result.correct,
    total: result.total,
    passed: result.passed,
    answeredAt: change.now,
  });
  await recordAudit(db, {
    at: change.now,
    actorUserId: change.actorUserId,
    action: 'orientation.answerCheck',
    entity: 'orientation_module',
    entityId: module.id,
    subjectUserId: learner.userId,
    detail: { passed: result.passed, correct: result.correct, total: result.total },
  });
  return result;
}

/** Per topic of a corridor: the person's attempts, whether one passed, and the completion. */
export async function orientationProgress(
  db: Reader,
  candidateId: string,
  modules: readonly OrientationModuleRecord[],
) {
  const attempts = await db
    .select({
      moduleId: orientationAttempt.moduleId,
      passed: orientationAttempt.passed,
      correct: orientationAttempt.correct,
      total: orientationAttempt.total,
      answeredAt: orientationAttempt.answeredAt,
    })
    .from(orientationAttempt)
    .where(eq(orientationAttempt.candidateId, candidateId))
    .orderBy(asc(orientationAttempt.answeredAt));
  const topicOf = new Map(modules.map((m) => [m.id, m.topic]));
  const mine = attempts.filter((a) => topicOf.has(a.moduleId));
  const topics = [...new Set(modules.map((m) => m.topic))].sort(
    (a, b) => topicOrder(a) - topicOrder(b),
  );
  const passed = mine
    .filter((a) => a.passed)
    .map((a) => ({ topic: topicOf.get(a.moduleId) as OrientationTopic, passedAt: a.answeredAt }));
  return {
    topics: topics.map((topic) => {
      const ofTopic = mine.filter((a) => topicOf.get(a.moduleId) === topic);
      const pass = ofTopic.find((a) => a.passed);
      return {
        topic,
        attempts: ofTopic.length,
        passedAt: pass ? pass.answeredAt : null,
        best: ofTopic.reduce((best, a) => Math.max(best, a.correct), 0),
      };
    }),
    completion: orientationCompletion(topics, passed),
  };
}
