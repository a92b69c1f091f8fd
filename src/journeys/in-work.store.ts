import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.js';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { isoDate, rejectViolations } from '../partnerships/rule-violation.js';
import { invalid } from '../shared/errors.js';
import { raiseSkillEvidence } from '../people/candidates/skill-evidence.store.js';
import { inWorkViolations, skillEvidenceOf, type InWorkDraft } from './in-work.js';
import type { Change } from './journey.store.js';
import { recordStepEvidence, type StepJourney } from './journey-link.store.js';
import { inWorkRecord } from './journey-steps.schema.js';

type Reader = Pick<Database, 'select'>;

/** A journey's records while in work abroad, oldest first. */
export async function listInWork(db: Reader, journeyId: string) {
  return db
    .select({
      id: inWorkRecord.id,
      kind: inWorkRecord.kind,
      title: inWorkRecord.title,
      on: inWorkRecord.on,
      skills: inWorkRecord.skills,
      evidence: inWorkRecord.evidence,
      changes: inWorkRecord.changes,
      recordedAt: inWorkRecord.recordedAt,
    })
    .from(inWorkRecord)
    .where(eq(inWorkRecord.journeyId, journeyId))
    .orderBy(asc(inWorkRecord.on), asc(inWorkRecord.recordedAt));
}

/** Records upskilling, a certification gained abroad or a contract change (audited, with evidence). */
export async function recordInWork(
  db: Database,
  j: StepJourney,
  draft: InWorkDraft,
  actor: Actor,
  change: Change,
): Promise<string> {
  rejectViolations(inWorkViolations(draft), 'The record breaks its rules');
  if (draft.on > isoDate(change.now))
    throw invalid('inWork.future_date', 'on', 'cannot be in the future');
  const id = randomUUID();
  const journeyId = j.loaded.row.id;
  await db.transaction(async (tx) => {
    await tx.insert(inWorkRecord).values({
      id,
      journeyId,
      ...draft,
      recordedBy: change.actorUserId,
      recordedAt: change.now,
    });
    // Skills gained abroad count in the person's profile, so home-track matching sees them.
    await raiseSkillEvidence(
      tx,
      { candidateId: j.loaded.row.candidateId },
      skillEvidenceOf([draft]).map((s) => ({
        uri: s.skillUri,
        evidence: s.evidence,
        source: `in_work:${id}`,
      })),
      { entity: 'in_work_record', id },
      change,
    );
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'inWork.record',
      entity: 'journey',
      entityId: journeyId,
      subjectUserId: j.loaded.personUserId,
      detail: { kind: draft.kind, skills: draft.skills.length },
    });
  });
  await recordStepEvidence(
    db,
    j,
    [
      draft.kind === 'contract_change'
        ? {
            kind: 'contract_change',
            value: draft.changes.map((c) => c.field).join(', '),
            occurredOn: draft.on,
            detail: { recordId: id },
          }
        : {
            kind: 'upskilling_certificate',
            value: id,
            occurredOn: draft.on,
            detail: { kind: draft.kind, skills: draft.skills.length },
          },
    ],
    actor,
    change,
  );
  return id;
}
