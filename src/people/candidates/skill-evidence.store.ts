import { eq } from 'drizzle-orm';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import { candidate } from '../people.schema.js';
import { mergeSkills, type CandidateSkill } from './candidate-profile.js';
import type { Change } from './candidate.store.js';

/** A database handle or an open transaction. */
type Writer = Pick<Database, 'select' | 'update' | 'insert'>;

/**
 * What raised the evidence: a recognition case, an RPL assessment, a programme completion, or a
 * certification or training gained in work abroad (a journey's in-work record).
 */
export interface EvidenceCause {
  entity: 'recognition_case' | 'rpl_assessment' | 'programme_completion' | 'in_work_record';
  id: string;
}

/**
 * Raises the evidence of a person's skills on their profile, in the caller's transaction, so
 * that the next match request sees it (the candidate row's trigger logs the change). Evidence
 * never goes down: a skill already held at that level or higher keeps its own source. Audited
 * as `candidate.evidence_raise` naming the cause and the skills raised. Returns the skills
 * raised (none when the person has no profile).
 */
export async function raiseSkillEvidence(
  tx: Writer,
  person: { userId: string } | { candidateId: string },
  skills: readonly CandidateSkill[],
  cause: EvidenceCause,
  change: Change,
): Promise<CandidateSkill[]> {
  if (skills.length === 0) return [];
  const [row] = await tx
    .select()
    .from(candidate)
    .where(
      'userId' in person
        ? eq(candidate.userId, person.userId)
        : eq(candidate.id, person.candidateId),
    );
  if (!row) return [];
  const merged = mergeSkills(row.profile.skills, skills);
  const before = new Map(row.profile.skills.map((s) => [s.uri, s]));
  const raised = merged.filter((s) => before.get(s.uri) !== s);
  if (raised.length === 0) return [];
  await tx
    .update(candidate)
    .set({ profile: { ...row.profile, skills: merged }, updatedAt: change.now })
    .where(eq(candidate.id, row.id));
  await recordAudit(tx, {
    at: change.now,
    actorUserId: change.actorUserId,
    action: 'candidate.evidence_raise',
    entity: 'candidate',
    entityId: row.id,
    subjectUserId: row.userId,
    detail: {
      cause: `${cause.entity}:${cause.id}`,
      skills: raised.map((s) => ({ uri: s.uri, evidence: s.evidence, source: s.source })),
    },
  });
  return raised;
}
