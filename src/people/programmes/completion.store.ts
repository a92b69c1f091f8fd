import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import { conflict, notFound } from '../../shared/errors.js';
import type { CandidateSkill } from '../candidates/candidate-profile.js';
import type { Change } from '../candidates/candidate.store.js';
import { raiseSkillEvidence } from '../candidates/skill-evidence.store.js';
import { organisation } from '../../accounts/accounts.schema.js';
import { cohortPartnerships } from '../candidates/candidate-scope.store.js';
import { candidate, programmeCompletion } from '../people.schema.js';
import { completionCertifies, completionEvidence, mayAttestCompletion } from './completion.js';
import type { ProgrammeRecord } from './programme.store.js';

export interface CompletionRecord {
  id: string;
  programmeId: string;
  candidateId: string;
  modules: number[];
  completedOn: string;
  /** Skills whose evidence the completion raised on the profile. */
  raised: CandidateSkill[];
}

/** A completion as other areas hear of it, inside the transaction that records it. */
export interface RecordedCompletion {
  id: string;
  programmeId: string;
  candidateId: string;
  completedOn: string;
  /** Every module completed of a programme leading to a certification. */
  certifying: boolean;
}

/**
 * What follows a completion in other areas (the journeys: src/http/app.ts wires it), run in the
 * same transaction: its failure records nothing.
 */
export type CompletionFollowUp = (
  tx: Database,
  completion: RecordedCompletion,
  change: Change,
) => Promise<void>;

/** Whether the programme's provider may attest training of a person living in the country. */
async function providerMayAttest(
  tx: Database,
  record: ProgrammeRecord,
  residenceCountry: string,
): Promise<boolean> {
  const providerId = record.programme.providerId;
  const [provider] = await tx
    .select({ country: organisation.country })
    .from(organisation)
    .where(eq(organisation.id, providerId));
  const partnerships = [...(await cohortPartnerships(tx)).values()];
  return mayAttestCompletion({
    residenceCountry,
    providerCountry: provider?.country ?? '',
    programmeCountry: record.programme.country,
    providerPartnerships: partnerships.filter((p) => p.partyOrganisationIds.includes(providerId)),
  });
}

/**
 * The person, when the programme's provider may attest their training (enrol them, record their
 * completion); 404 as for no one otherwise, so that a provider learns nothing of people out of reach.
 */
export async function attestablePerson(tx: Database, record: ProgrammeRecord, candidateId: string) {
  const [person] = await tx.select().from(candidate).where(eq(candidate.id, candidateId));
  if (!person || !(await providerMayAttest(tx, record, person.residenceCountry)))
    throw notFound('people.unknown_candidate', 'There is no such candidate.');
  return person;
}

/**
 * Records that a person completed a programme (all modules, or the positions given) and raises
 * the evidence of the skills those modules teach, audited, in one transaction with the follow-up
 * (the journeys of the person in the partnerships the programme is linked to). 404 when there is
 * no such candidate; 409 when the completion is already recorded.
 */
export async function recordCompletion(
  db: Database,
  record: ProgrammeRecord,
  input: { candidateId: string; modules: number[]; completedOn: string },
  change: Change,
  followUp?: CompletionFollowUp,
): Promise<CompletionRecord> {
  return db.transaction(async (tx) => {
    const person = await attestablePerson(tx, record, input.candidateId);
    const [already] = await tx
      .select({ id: programmeCompletion.id })
      .from(programmeCompletion)
      .where(
        and(
          eq(programmeCompletion.programmeId, record.id),
          eq(programmeCompletion.candidateId, input.candidateId),
        ),
      );
    if (already)
      throw conflict('people.completion_recorded', 'This completion is already recorded.');
    const id = randomUUID();
    await tx.insert(programmeCompletion).values({
      id,
      programmeId: record.id,
      candidateId: input.candidateId,
      modules: input.modules,
      completedOn: input.completedOn,
      recordedBy: change.actorUserId,
      recordedAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'programme_completion.record',
      entity: 'programme_completion',
      entityId: id,
      subjectUserId: person.userId,
      detail: { programmeId: record.id, modules: input.modules },
    });
    const raised = await raiseSkillEvidence(
      tx,
      { candidateId: person.id },
      completionEvidence(record.programme, input.modules, id),
      { entity: 'programme_completion', id },
      change,
    );
    await followUp?.(
      tx,
      {
        id,
        programmeId: record.id,
        candidateId: person.id,
        completedOn: input.completedOn,
        certifying: completionCertifies(record.programme, input.modules),
      },
      change,
    );
    return { id, programmeId: record.id, ...input, raised };
  });
}
