import { asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { organisation } from '../../accounts/accounts.schema.js';
import type { Database } from '../../db/database.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import type { PersonalDataSection } from '../../people/candidates/personal-data.js';
import { vacancy } from '../../people/people.schema.js';
import {
  fairRecruitmentPersonalDataShape,
  type ExportedPlacementContract,
  type ExportedRecruitmentCost,
} from './fair-recruitment-personal-data.schemas.js';
import { contractVersion, placementContract, recruitmentCost } from './fair-recruitment.schema.js';

type Db = Pick<Database, 'select'>;

const employer = alias(organisation, 'employer');
const recruiter = alias(organisation, 'recruiter');

/** A person's placement contracts, each with the versions of its terms (offer, signed, actual). */
export async function placementContractsOfPerson(
  db: Db,
  candidateId: string,
): Promise<ExportedPlacementContract[]> {
  const contracts = await db
    .select({
      id: placementContract.id,
      partnership: partnership.title,
      employer: employer.name,
      recruiter: recruiter.name,
      vacancy: sql<string | null>`${vacancy.posting}->>'title'`,
      createdAt: placementContract.createdAt,
    })
    .from(placementContract)
    .innerJoin(partnership, eq(partnership.id, placementContract.partnershipId))
    .innerJoin(employer, eq(employer.id, placementContract.employerId))
    .leftJoin(recruiter, eq(recruiter.id, placementContract.recruiterId))
    .leftJoin(vacancy, eq(vacancy.id, placementContract.vacancyId))
    .where(eq(placementContract.candidateId, candidateId))
    .orderBy(asc(placementContract.createdAt));
  const versions = contracts.length
    ? await db
        .select()
        .from(contractVersion)
        .where(
          inArray(
            contractVersion.contractId,
            contracts.map((c) => c.id),
          ),
        )
        .orderBy(asc(contractVersion.statedOn))
    : [];
  return contracts.map(({ id, createdAt, ...c }) => ({
    ...c,
    createdAt: createdAt.toISOString(),
    versions: versions
      .filter((v) => v.contractId === id)
      .map((v) => ({
        stage: v.stage,
        terms: v.terms,
        statedOn: v.statedOn,
        recordedAt: v.recordedAt.toISOString(),
      })),
  }));
}

/** The recruitment costs recorded for a person, with the organisations by name. */
export async function recruitmentCostsOfPerson(
  db: Db,
  candidateId: string,
): Promise<ExportedRecruitmentCost[]> {
  const rows = await db
    .select({
      partnership: partnership.title,
      kind: recruitmentCost.kind,
      amount: recruitmentCost.amount,
      currency: recruitmentCost.currency,
      paidBy: recruitmentCost.paidBy,
      paidOn: recruitmentCost.paidOn,
      employer: employer.name,
      recruiter: recruiter.name,
      recordedAt: recruitmentCost.recordedAt,
    })
    .from(recruitmentCost)
    .innerJoin(partnership, eq(partnership.id, recruitmentCost.partnershipId))
    .leftJoin(employer, eq(employer.id, recruitmentCost.employerId))
    .leftJoin(recruiter, eq(recruiter.id, recruitmentCost.recruiterId))
    .where(eq(recruitmentCost.candidateId, candidateId))
    .orderBy(asc(recruitmentCost.recordedAt), asc(recruitmentCost.id));
  return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
}

/**
 * The fair-recruitment section of a person's data export, passed to the people area by the
 * composition root (the rows go with the person on erasure: the foreign keys cascade).
 */
export const fairRecruitmentPersonalData: PersonalDataSection = {
  shape: fairRecruitmentPersonalDataShape,
  read: async (db, candidateId) => ({
    placementContracts: await placementContractsOfPerson(db, candidateId),
    recruitmentCosts: await recruitmentCostsOfPerson(db, candidateId),
  }),
};
