import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { grievance } from '../protection.schema.js';
import { organisation } from '../../accounts/accounts.schema.js';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import type { Change, Tx } from '../../partnerships/partnership.store.js';
import { candidate, vacancy } from '../../people/people.schema.js';
import type { Vacancy } from '../../people/vacancies/vacancy.js';
import { conflict, notFound } from '../../shared/errors.js';
import type { ContractTerms } from './contract-comparison.js';
import type { FairRecruitmentRules } from './fair-recruitment-rules.js';
import type { CostInput, PlacementInput } from './fair-recruitment-report.js';
import {
  contractVersion,
  fairRecruitmentRules,
  partnershipSuspension,
  placementContract,
  recruitmentCost,
} from './fair-recruitment.schema.js';
import type { ComplianceRole, ContractStage, CostKind, Payer } from './vocabulary.js';

/** A person's placement with its contract versions and the person's account. */
export interface PlacementRecord extends PlacementInput {
  partnershipId: string;
  vacancyId: string | null;
  /** The person's account, null when they have none. */
  personUserId: string | null;
  personName: string;
  createdAt: Date;
}

/** A stored cost with who recorded it. */
export interface CostRecord extends CostInput {
  id: string;
  partnershipId: string;
  paidOn: string | null;
  recordedAt: Date;
}

/** A suspension of an employer or recruiter from a partnership. */
export interface SuspensionRecord {
  id: string;
  partnershipId: string;
  organisationId: string;
  role: ComplianceRole;
  reason: string;
  suspendedAt: Date;
  liftedAt: Date | null;
  liftReason: string | null;
}

/** The partnership's stored fair-recruitment rules, or null when it declared none. */
export async function readRules(
  db: Tx,
  partnershipId: string,
): Promise<FairRecruitmentRules | null> {
  const [row] = await db
    .select()
    .from(fairRecruitmentRules)
    .where(eq(fairRecruitmentRules.partnershipId, partnershipId));
  return row ? { employerPays: row.employerPays, tolerances: row.tolerances } : null;
}

/** Stores the partnership's fair-recruitment rules (audited). */
export async function saveRules(
  db: Database,
  partnershipId: string,
  rules: FairRecruitmentRules,
  change: Change,
): Promise<void> {
  await db.transaction(async (tx) => {
    const values = {
      employerPays: [...rules.employerPays],
      tolerances: rules.tolerances,
      updatedBy: change.actorUserId,
      updatedAt: change.now,
    };
    await tx
      .insert(fairRecruitmentRules)
      .values({ partnershipId, ...values })
      .onConflictDoUpdate({ target: fairRecruitmentRules.partnershipId, set: values });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'fair_recruitment.rules_set',
      entity: 'fair_recruitment_rules',
      entityId: partnershipId,
      subjectUserId: null,
      detail: { employerPays: rules.employerPays, tolerances: rules.tolerances },
    });
  });
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

/** A cost to record against a placement. */
export interface NewCost {
  kind: CostKind;
  amount: number;
  currency: string;
  paidBy: Payer;
  paidOn: string | null;
}

/** Records a cost of a person's placement (audited as a change to the person's data). */
export async function recordCost(
  db: Database,
  placement: PlacementRecord,
  cost: NewCost,
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(recruitmentCost).values({
      id,
      partnershipId: placement.partnershipId,
      candidateId: placement.candidateId,
      ...cost,
      employerId: placement.employerId,
      recruiterId: placement.recruiterId,
      recordedBy: change.actorUserId,
      recordedAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'recruitment_cost.record',
      entity: 'recruitment_cost',
      entityId: id,
      subjectUserId: placement.personUserId,
      detail: { contractId: placement.contractId, kind: cost.kind, paidBy: cost.paidBy },
    });
  });
  return id;
}

/** Costs of a partnership, or of one person in it. */
export async function costsOf(
  db: Tx,
  partnershipId: string,
  candidateId?: string,
): Promise<CostRecord[]> {
  const rows = await db
    .select()
    .from(recruitmentCost)
    .where(
      and(
        eq(recruitmentCost.partnershipId, partnershipId),
        candidateId ? eq(recruitmentCost.candidateId, candidateId) : undefined,
      ),
    )
    .orderBy(asc(recruitmentCost.recordedAt), asc(recruitmentCost.id));
  return rows.map((r) => ({
    id: r.id,
    partnershipId: r.partnershipId,
    candidateId: r.candidateId,
    kind: r.kind,
    amount: r.amount,
    currency: r.currency,
    paidBy: r.paidBy,
    paidOn: r.paidOn,
    employerId: r.employerId,
    recruiterId: r.recruiterId,
    recordedAt: r.recordedAt,
  }));
}

/** Suspensions of a partnership, active ones first. */
export async function suspensionsOf(db: Tx, partnershipId: string): Promise<SuspensionRecord[]> {
  const rows = await db
    .select()
    .from(partnershipSuspension)
    .where(eq(partnershipSuspension.partnershipId, partnershipId))
    .orderBy(asc(partnershipSuspension.suspendedAt));
  return rows
    .map((r) => ({
      id: r.id,
      partnershipId: r.partnershipId,
      organisationId: r.organisationId,
      role: r.role,
      reason: r.reason,
      suspendedAt: r.suspendedAt,
      liftedAt: r.liftedAt,
      liftReason: r.liftReason,
    }))
    .sort((a, b) => Number(a.liftedAt !== null) - Number(b.liftedAt !== null));
}

/** Suspends an organisation from a partnership (audited, with the reason); 409 when it already is. */
export async function suspend(
  db: Database,
  s: { partnershipId: string; organisationId: string; role: ComplianceRole; reason: string },
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const active = await tx
      .select({ id: partnershipSuspension.id })
      .from(partnershipSuspension)
      .where(
        and(
          eq(partnershipSuspension.partnershipId, s.partnershipId),
          eq(partnershipSuspension.organisationId, s.organisationId),
          isNull(partnershipSuspension.liftedAt),
        ),
      );
    if (active.length > 0) {
      throw conflict(
        'fair_recruitment.already_suspended',
        'This organisation is already suspended from the partnership.',
      );
    }
    await tx.insert(partnershipSuspension).values({
      id,
      ...s,
      suspendedBy: change.actorUserId,
      suspendedAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'compliance.suspend',
      entity: 'partnership_suspension',
      entityId: id,
      subjectUserId: null,
      detail: {
        partnershipId: s.partnershipId,
        organisationId: s.organisationId,
        role: s.role,
        reason: s.reason,
      },
    });
  });
  return id;
}

/** Lifts an active suspension (audited, with the reason); 404 when there is none with that id. */
export async function liftSuspension(
  db: Database,
  partnershipId: string,
  id: string,
  reason: string,
  change: Change,
): Promise<void> {
  await db.transaction(async (tx) => {
    const lifted = await tx
      .update(partnershipSuspension)
      .set({ liftedAt: change.now, liftedBy: change.actorUserId, liftReason: reason })
      .where(
        and(
          eq(partnershipSuspension.id, id),
          eq(partnershipSuspension.partnershipId, partnershipId),
          isNull(partnershipSuspension.liftedAt),
        ),
      )
      .returning({ id: partnershipSuspension.id });
    if (lifted.length === 0) {
      throw notFound('fair_recruitment.unknown_suspension', 'There is no such active suspension.');
    }
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'compliance.lift_suspension',
      entity: 'partnership_suspension',
      entityId: id,
      subjectUserId: null,
      detail: { partnershipId, reason },
    });
  });
}

/** Names of organisations by id. */
export async function organisationNames(
  db: Tx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(inArray(organisation.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Grievances upheld against each organisation in a partnership: those concerning it that were
 * resolved with a remedy (`resolved_at` set by the handler's "resolved" step).
 */
export async function grievancesUpheld(
  db: Tx,
  partnershipId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ organisationId: grievance.concernedOrganisationId, n: count() })
    .from(grievance)
    .where(
      and(
        eq(grievance.partnershipId, partnershipId),
        isNotNull(grievance.concernedOrganisationId),
        isNotNull(grievance.resolvedAt),
      ),
    )
    .groupBy(grievance.concernedOrganisationId);
  return new Map(rows.flatMap((r) => (r.organisationId ? [[r.organisationId, r.n]] : [])));
}
