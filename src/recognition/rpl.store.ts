import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { applyAssessments, type EvidencedSkill, type RplAssessment } from './evidence.js';
import { rplAssessment } from './recognition.schema.js';

/** Records an RPL assessment of a person, with its audit event, in one transaction. */
export async function recordAssessment(
  db: Database,
  assessment: Omit<RplAssessment, 'id'>,
  actorUserId: string | null,
  now: Date,
): Promise<RplAssessment> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(rplAssessment).values(assessment).returning();
    const saved = { ...assessment, id: row!.id };
    await recordAudit(tx, {
      at: now,
      actorUserId,
      action: 'rpl_assessment.record',
      entity: 'rpl_assessment',
      entityId: saved.id,
      subjectUserId: assessment.personUserId,
      detail: {
        method: assessment.method,
        skills: assessment.results.length,
        country: assessment.place.country,
      },
    });
    return saved;
  });
}

/** A person's RPL assessments, oldest first. */
export async function assessmentsOf(db: Database, personUserId: string): Promise<RplAssessment[]> {
  const rows = await db
    .select()
    .from(rplAssessment)
    .where(eq(rplAssessment.personUserId, personUserId))
    .orderBy(asc(rplAssessment.date), asc(rplAssessment.id));
  return rows.map((r) => ({ ...r, method: r.method as RplAssessment['method'] }));
}

/** A person's skills as RPL has evidenced them (assessed or certified). */
export async function rplSkillsOf(db: Database, personUserId: string): Promise<EvidencedSkill[]> {
  return applyAssessments([], await assessmentsOf(db, personUserId));
}
