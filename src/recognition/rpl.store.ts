import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { PasserelleError } from '../shared/errors.js';
import { activeVersionId } from '../taxonomy/taxonomy-index.store.js';
import { skill } from '../taxonomy/taxonomy.schema.js';
import { applyAssessments, type EvidencedSkill, type RplAssessment } from './evidence.js';
import { raiseSkillEvidence } from '../people/candidates/skill-evidence.store.js';
import { rplAssessment } from './recognition.schema.js';

/** Evidenced skills in the profile's shape (`uri`, `evidence`, `source`). */
export const asProfileSkills = (skills: readonly EvidencedSkill[]) =>
  skills.map((s) => ({ uri: s.skillUri, evidence: s.evidence, source: s.source }));

/** 400 naming each result whose skill is not an ESCO skill of the active taxonomy version. */
export async function assertEscoSkills(db: Database, results: RplAssessment['results']) {
  const versionId = await activeVersionId(db);
  const uris = [...new Set(results.map((r) => r.skillUri))];
  const known = versionId
    ? await db
        .select({ uri: skill.uri })
        .from(skill)
        .where(and(eq(skill.versionId, versionId), inArray(skill.uri, uris)))
    : [];
  const knownUris = new Set(known.map((k) => k.uri));
  const fields = results.flatMap((r, i) =>
    knownUris.has(r.skillUri)
      ? []
      : [
          {
            field: `results[${i}].skillUri`,
            reason: 'not a skill of the active ESCO taxonomy version',
          },
        ],
  );
  if (fields.length > 0)
    throw new PasserelleError(
      'invalid',
      'recognition.unknown_skill',
      fields.map((f) => `${f.field}: ${f.reason}`).join('; '),
      fields,
    );
}

/**
 * Records an RPL assessment of a person for the assessor's entitled organisation, with its audit
 * event, in one transaction, and raises on the person's profile the evidence of the skills it
 * found demonstrated (source `rpl:<assessment id>`).
 */
export async function recordAssessment(
  db: Database,
  assessment: Omit<RplAssessment, 'id'>,
  by: { actorUserId: string | null; organisationId: string; now: Date },
): Promise<RplAssessment> {
  const { actorUserId, organisationId, now } = by;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rplAssessment)
      .values({ ...assessment, assessorOrganisationId: organisationId })
      .returning();
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
        organisationId,
      },
    });
    await raiseSkillEvidence(
      tx,
      { userId: assessment.personUserId },
      asProfileSkills(applyAssessments([], [saved])),
      { entity: 'rpl_assessment', id: saved.id },
      { actorUserId, now },
    );
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
  return rows.map(({ assessorOrganisationId: _, ...r }) => ({
    ...r,
    method: r.method as RplAssessment['method'],
  }));
}

/** A person's skills as RPL has evidenced them (assessed or certified). */
export async function rplSkillsOf(db: Database, personUserId: string): Promise<EvidencedSkill[]> {
  return applyAssessments([], await assessmentsOf(db, personUserId));
}
