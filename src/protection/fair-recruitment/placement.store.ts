import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import type { Change, Tx } from '../../partnerships/partnership.store.js';
import { candidate, vacancy } from '../../people/people.schema.js';
import type { Vacancy } from '../../people/vacancies/vacancy.js';
import { notFound } from '../../shared/errors.js';
import type { ContractTerms } from './contract-comparison.js';
import type { PlacementInput } from './fair-recruitment-report.js';
import { contractVersion, placementContract } from './fair-recruitment.schema.js';
import type { ContractStage } from './vocabulary.js';

/** A person's placement with its contract versions and the person's account. */
export interface PlacementRecord extends PlacementInput {
  partnershipId: string;
  vacancyId: string | null;
  /** The person's account, null when they have none. */
  personUserId: string | null;
  personName: string;
  createdAt: Date;
}

/** The terms a vacancy offers: its wage, occupation and place (hours are not in a posting). */
export function offerOf(posting: Vacancy): ContractTerms {
  return {
    wage: posting.wage ?? null,
    hoursPerWeek: null,
    occupationUri: posting.occupationUri,
    country: posting.country,
    city: posting.city ?? null,
  };
}

/** A vacancy's employer and offered terms, or null when there is no such vacancy. */
export async function vacancyOffer(db: Tx, vacancyId: string) {
  const [row] = await db.select().from(vacancy).where(eq(vacancy.id, vacancyId));
  return row
    ? { employerId: row.employerId, terms: offerOf(row.posting), postedOn: row.posting.postedOn }
    : null;
}

/** A candidate's account and name, or null when there is no such candidate. */
export async function candidateOf(db: Tx, candidateId: string) {
  const [row] = await db
    .select({ userId: candidate.userId, profile: candidate.profile })
    .from(candidate)
    .where(eq(candidate.id, candidateId));
  return row ? { userId: row.userId, name: row.profile.name } : null;
}

async function placementsWhere(db: Tx, where: ReturnType<typeof and>): Promise<PlacementRecord[]> {
  const rows = await db
    .select({
      id: placementContract.id,
      partnershipId: placementContract.partnershipId,
      candidateId: placementContract.candidateId,
      vacancyId: placementContract.vacancyId,
      employerId: placementContract.employerId,
      recruiterId: placementContract.recruiterId,
      createdAt: placementContract.createdAt,
      personUserId: candidate.userId,
      profile: candidate.profile,
    })
    .from(placementContract)
    .innerJoin(candidate, eq(candidate.id, placementContract.candidateId))
    .where(where)
    .orderBy(asc(placementContract.createdAt), asc(placementContract.id));
  const versions =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(contractVersion)
          .where(
            inArray(
              contractVersion.contractId,
              rows.map((r) => r.id),
            ),
          );
  return rows.map((r) => ({
    contractId: r.id,
    partnershipId: r.partnershipId,
    candidateId: r.candidateId,
    vacancyId: r.vacancyId,
    employerId: r.employerId,
    recruiterId: r.recruiterId,
    personUserId: r.personUserId,
    personName: r.profile.name,
    createdAt: r.createdAt,
    versions: Object.fromEntries(
      versions
        .filter((v) => v.contractId === r.id)
        .map((v) => [v.stage, { terms: v.terms, statedOn: v.statedOn }]),
    ),
  }));
}

/** One placement, or 404. */
export async function requirePlacement(db: Tx, contractId: string): Promise<PlacementRecord> {
  const [found] = await placementsWhere(db, and(eq(placementContract.id, contractId)));
  if (!found) throw notFound('fair_recruitment.unknown_contract', 'There is no such contract.');
  return found;
}

/** Every placement of a partnership. */
export function placementsOf(db: Tx, partnershipId: string): Promise<PlacementRecord[]> {
  return placementsWhere(db, and(eq(placementContract.partnershipId, partnershipId)));
}

/** Placements of one person (by account), or with one of these organisations as employer or recruiter. */
export function placementsFor(
  db: Tx,
  userId: string,
  organisationIds: readonly string[],
): Promise<PlacementRecord[]> {
  const ids = [...organisationIds];
  return placementsWhere(
    db,
    or(
      eq(candidate.userId, userId),
      ...(ids.length > 0
        ? [inArray(placementContract.employerId, ids), inArray(placementContract.recruiterId, ids)]
        : []),
    ),
  );
}

/** What a new placement names. */
export interface NewPlacement {
  partnershipId: string;
  candidateId: string;
  personUserId: string | null;
  vacancyId: string | null;
  employerId: string;
  recruiterId: string | null;
  /** The offer's terms and date (from the vacancy), when known. */
  offer: { terms: ContractTerms; statedOn: string } | null;
}

/** Creates a placement (and its offer version), audited as a change to the person's data. */
export async function createPlacement(
  db: Database,
  placement: NewPlacement,
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(placementContract).values({
      id,
      partnershipId: placement.partnershipId,
      candidateId: placement.candidateId,
      vacancyId: placement.vacancyId,
      employerId: placement.employerId,
      recruiterId: placement.recruiterId,
      createdBy: change.actorUserId,
      createdAt: change.now,
    });
    if (placement.offer) {
      await tx.insert(contractVersion).values({
        contractId: id,
        stage: 'offer',
        terms: placement.offer.terms,
        statedOn: placement.offer.statedOn,
        recordedBy: change.actorUserId,
        recordedAt: change.now,
      });
    }
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'contract.create',
      entity: 'placement_contract',
      entityId: id,
      subjectUserId: placement.personUserId,
      detail: { partnershipId: placement.partnershipId, withOffer: placement.offer !== null },
    });
  });
  return id;
}

/** States (or restates) one version of a contract, audited; the actual terms keep the latest report. */
export async function stateVersion(
  db: Database,
  placement: Pick<PlacementRecord, 'contractId' | 'personUserId'>,
  stage: ContractStage,
  version: { terms: ContractTerms; statedOn: string },
  change: Change,
): Promise<void> {
  await db.transaction(async (tx) => {
    const values = {
      terms: version.terms,
      statedOn: version.statedOn,
      recordedBy: change.actorUserId,
      recordedAt: change.now,
    };
    await tx
      .insert(contractVersion)
      .values({ contractId: placement.contractId, stage, ...values })
      .onConflictDoUpdate({
        target: [contractVersion.contractId, contractVersion.stage],
        set: values,
      });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: `contract.state_${stage}`,
      entity: 'placement_contract',
      entityId: placement.contractId,
      subjectUserId: placement.personUserId,
      // Field names only: the terms themselves are the person's data.
      detail: {
        stage,
        fields: Object.keys(version.terms).filter(
          (k) => version.terms[k as keyof ContractTerms] !== null,
        ),
      },
    });
  });
}
