import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from '../accounts/accounts.schema.js';
import type { Clause, DocumentMetadata } from './agreement.js';
import type { Commitment, Contact, Corridor } from './partnership.js';
import type { Quotas } from './quotas.js';
import type { Criterion } from './workshop.js';
import {
  ACTION_STATUSES,
  AGREEMENT_KINDS,
  CONSTITUENCIES,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  PARTY_ROLES,
  TRACKS,
} from './vocabulary.js';

/** A skills mobility partnership; quotas and commitments are rules as data (docs/partnerships.md). */
export const partnership = pgTable('partnership', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  type: text('type', { enum: PARTNERSHIP_TYPES }).notNull(),
  status: text('status', { enum: PARTNERSHIP_STATUSES }).notNull(),
  summary: text('summary').notNull().default(''),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  corridors: jsonb('corridors').$type<Corridor[]>().notNull(),
  occupations: text('occupations').array().notNull(),
  tracks: text('tracks', { enum: TRACKS }).array().notNull(),
  quotas: jsonb('quotas').$type<Quotas>().notNull(),
  commitments: jsonb('commitments').$type<Commitment[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** An organisation's role in a partnership, with its contacts (personal data). */
export const partnershipParty = pgTable(
  'partnership_party',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    role: text('role', { enum: PARTY_ROLES }).notNull(),
    contacts: jsonb('contacts').$type<Contact[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.organisationId, t.role] }),
    index('partnership_party_organisation_idx').on(t.organisationId),
  ],
);

export const partnershipAgreement = pgTable(
  'partnership_agreement',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    signedOn: date('signed_on', { mode: 'string' }),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    reviewOn: date('review_on', { mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    clauses: jsonb('clauses').$type<Clause[]>().notNull(),
    document: jsonb('document').$type<DocumentMetadata>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('partnership_agreement_partnership_idx').on(t.partnershipId)],
);

/** The uploaded file of an agreement, base64-encoded (small documents only). */
export const partnershipDocument = pgTable('partnership_document', {
  agreementId: uuid('agreement_id')
    .primaryKey()
    .references(() => partnershipAgreement.id, { onDelete: 'cascade' }),
  contentBase64: text('content_base64').notNull(),
});

export const planObjective = pgTable('plan_objective', {
  id: uuid('id').primaryKey(),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnership.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  position: integer('position').notNull(),
});

export const planAction = pgTable(
  'plan_action',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => planObjective.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisation.id),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull(),
    evidence: text('evidence').array().notNull().default([]),
  },
  (t) => [index('plan_action_partnership_idx').on(t.partnershipId)],
);

export const planMilestone = pgTable('plan_milestone', {
  id: uuid('id').primaryKey(),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnership.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  reachedOn: date('reached_on', { mode: 'string' }),
});

/** The coordinator's assessment of one readiness prerequisite. */
export const readinessAssessment = pgTable(
  'readiness_assessment',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    prerequisite: text('prerequisite').notNull(),
    level: integer('level').notNull(),
    note: text('note').notNull().default(''),
    assessedBy: uuid('assessed_by').references(() => appUser.id, { onDelete: 'set null' }),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.prerequisite] })],
);

/** A tripartite workshop where delegations propose and score partnership ideas. */
export const workshop = pgTable('workshop', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  criteria: jsonb('criteria').$type<Criterion[]>().notNull(),
  anonymousScoring: boolean('anonymous_scoring').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const workshopDelegation = pgTable('workshop_delegation', {
  id: uuid('id').primaryKey(),
  workshopId: uuid('workshop_id')
    .notNull()
    .references(() => workshop.id, { onDelete: 'cascade' }),
  country: text('country').notNull(),
  constituency: text('constituency', { enum: CONSTITUENCIES }).notNull(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisation.id),
});

export const workshopIdea = pgTable('workshop_idea', {
  id: uuid('id').primaryKey(),
  workshopId: uuid('workshop_id')
    .notNull()
    .references(() => workshop.id, { onDelete: 'cascade' }),
  delegationId: uuid('delegation_id')
    .notNull()
    .references(() => workshopDelegation.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  origin: text('origin').notNull(),
  destination: text('destination').notNull(),
  occupations: text('occupations').array().notNull(),
  tracks: text('tracks', { enum: TRACKS }).array().notNull(),
  /** The draft partnership a winning idea became. */
  partnershipId: uuid('partnership_id').references(() => partnership.id, { onDelete: 'set null' }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
});

/** One participant's score of one idea: the primary key keeps it to one. */
export const workshopScore = pgTable(
  'workshop_score',
  {
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => workshopIdea.id, { onDelete: 'cascade' }),
    participantUserId: uuid('participant_user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.participantUserId] })],
);
