import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from '../../accounts/accounts.schema.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import { candidate, vacancy } from '../../people/people.schema.js';
import type { ContractTerms } from './contract-comparison.js';
import type { SubstitutionTolerances } from './fair-recruitment-rules.js';
import { COMPLIANCE_ROLES, CONTRACT_STAGES, COST_KINDS, PAYERS } from './vocabulary.js';

/** A partnership's fair-recruitment rules: the costs the employer pays, substitution tolerances. */
export const fairRecruitmentRules = pgTable('fair_recruitment_rules', {
  partnershipId: uuid('partnership_id')
    .primaryKey()
    .references(() => partnership.id, { onDelete: 'cascade' }),
  employerPays: text('employer_pays', { enum: COST_KINDS }).array().notNull(),
  tolerances: jsonb('tolerances').$type<SubstitutionTolerances>().notNull(),
  updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A fee or cost paid for a person's recruitment into a partnership (personal data). */
export const recruitmentCost = pgTable(
  'recruitment_cost',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidate.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: COST_KINDS }).notNull(),
    amount: doublePrecision('amount').notNull(),
    currency: text('currency').notNull(),
    paidBy: text('paid_by', { enum: PAYERS }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    /** The employer and the recruiter the cost was paid for or to, when known. */
    employerId: uuid('employer_id').references(() => organisation.id, { onDelete: 'set null' }),
    recruiterId: uuid('recruiter_id').references(() => organisation.id, { onDelete: 'set null' }),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('recruitment_cost_partnership_idx').on(t.partnershipId),
    index('recruitment_cost_candidate_idx').on(t.candidateId),
  ],
);

/** A person's placement with an employer in a partnership: the contract whose versions compare. */
export const placementContract = pgTable(
  'placement_contract',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidate.id, { onDelete: 'cascade' }),
    vacancyId: uuid('vacancy_id').references(() => vacancy.id, { onDelete: 'set null' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    recruiterId: uuid('recruiter_id').references(() => organisation.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('placement_contract_partnership_idx').on(t.partnershipId),
    index('placement_contract_candidate_idx').on(t.candidateId),
    index('placement_contract_employer_idx').on(t.employerId),
  ],
);

/** One version of a contract: the offer, the signed contract, the latest actual terms reported. */
export const contractVersion = pgTable(
  'contract_version',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => placementContract.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: CONTRACT_STAGES }).notNull(),
    terms: jsonb('terms').$type<ContractTerms>().notNull(),
    /** The day the terms were offered, signed or reported. */
    statedOn: date('stated_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.stage] })],
);

/**
 * An employer or recruiter suspended from a partnership by its coordinator, with the reason; a
 * suspended employer's vacancies leave matching and allocation (docs/protection.md#compliance-and-suspension).
 */
export const partnershipSuspension = pgTable(
  'partnership_suspension',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    role: text('role', { enum: COMPLIANCE_ROLES }).notNull(),
    reason: text('reason').notNull(),
    suspendedBy: uuid('suspended_by').references(() => appUser.id, { onDelete: 'set null' }),
    suspendedAt: timestamp('suspended_at', { withTimezone: true }).notNull(),
    liftedBy: uuid('lifted_by').references(() => appUser.id, { onDelete: 'set null' }),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftReason: text('lift_reason'),
  },
  (t) => [
    uniqueIndex('partnership_suspension_active_idx')
      .on(t.partnershipId, t.organisationId)
      .where(sql`${t.liftedAt} IS NULL`),
    index('partnership_suspension_organisation_idx').on(t.organisationId),
  ],
);
