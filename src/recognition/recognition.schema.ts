import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { AGREEMENT_STATUSES, type AgreementParty, type AgreementScope } from './agreement.js';
import type { LevelDescriptors } from './framework.js';
import type { RplAssessment } from './evidence.js';

/** Qualification frameworks (national and regional); `demo` marks invented demo frameworks. */
export const qualificationFramework = pgTable('qualification_framework', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['national', 'regional'] }).notNull(),
  country: text('country'),
  source: text('source').notNull(),
  demo: boolean('demo').notNull().default(false),
});

export const frameworkLevel = pgTable(
  'framework_level',
  {
    frameworkId: text('framework_id')
      .notNull()
      .references(() => qualificationFramework.id),
    level: integer('level').notNull(),
    title: text('title'),
    descriptors: jsonb('descriptors').$type<LevelDescriptors>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.frameworkId, t.level] })],
);

/** Declared correspondence of one level to levels of another framework, with its source. */
export const levelReferencing = pgTable(
  'level_referencing',
  {
    id: serial('id').primaryKey(),
    fromFrameworkId: text('from_framework_id')
      .notNull()
      .references(() => qualificationFramework.id),
    fromLevel: integer('from_level').notNull(),
    toFrameworkId: text('to_framework_id')
      .notNull()
      .references(() => qualificationFramework.id),
    toLevels: integer('to_levels').array().notNull(),
    source: text('source').notNull(),
    confidence: text('confidence', { enum: ['high', 'medium', 'low', 'demo'] }).notNull(),
  },
  (t) => [unique('level_referencing_fact').on(t.fromFrameworkId, t.fromLevel, t.toFrameworkId)],
);

export const qualification = pgTable(
  'qualification',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    awardingBody: text('awarding_body').notNull(),
    country: text('country').notNull(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => qualificationFramework.id),
    level: integer('level').notNull(),
    iscedLevel: integer('isced_level').notNull(),
    iscedField: text('isced_field').notNull(),
    learningOutcomes: text('learning_outcomes').array().notNull(),
    occupations: text('occupations').array().notNull(),
    regulated: boolean('regulated').notNull().default(false),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [index('qualification_country_idx').on(t.country)],
);

/**
 * A version of a recognition agreement. Versions are never deleted nor rewritten: amending adds a
 * version that `supersedes` the previous one; retiring only changes the status. Decisions keep
 * the id of the version they applied (docs/recognition.md, "Agreements").
 */
export const recognitionAgreement = pgTable('recognition_agreement', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  fromParty: jsonb('from_party').$type<AgreementParty>().notNull(),
  toParty: jsonb('to_party').$type<AgreementParty>().notNull(),
  direction: text('direction', { enum: ['unilateral', 'mutual'] }).notNull(),
  mode: text('mode', { enum: ['automatic', 'conditional'] }).notNull(),
  measures: text('measures').array().notNull(),
  scope: jsonb('scope').$type<AgreementScope>().notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }),
  source: text('source').notNull(),
  demo: boolean('demo').notNull().default(false),
  status: text('status', { enum: AGREEMENT_STATUSES }).notNull().default('in_force'),
  version: integer('version').notNull().default(1),
  /** The version this one amends (at most one amendment per version). */
  supersedes: text('supersedes').unique(),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  retirementReason: text('retirement_reason'),
});

/** Bridging training modules and the ESCO skills they teach (the compensation catalogue). */
export const trainingModule = pgTable('training_module', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  provider: text('provider').notNull(),
  country: text('country'),
  cost: doublePrecision('cost').notNull(),
  hours: integer('hours').notNull(),
  skills: text('skills').array().notNull(),
  demo: boolean('demo').notNull().default(false),
});

/** A country's requirement for an occupation: expected level, regulation, competent authority. */
export const occupationRequirement = pgTable(
  'occupation_requirement',
  {
    country: text('country').notNull(),
    occupation: text('occupation').notNull(),
    frameworkId: text('framework_id').references(() => qualificationFramework.id),
    level: integer('level'),
    regulated: boolean('regulated').notNull().default(false),
    competentAuthority: text('competent_authority'),
    recognitionBody: text('recognition_body'),
  },
  (t) => [primaryKey({ columns: [t.country, t.occupation] })],
);

/** RPL assessments of a person's skills (personal data: read by the person and officers). */
export const rplAssessment = pgTable(
  'rpl_assessment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personUserId: uuid('person_user_id').notNull(),
    assessor: text('assessor').notNull(),
    /** The entitled organisation the assessor recorded for (null for assessments from before the rule). */
    assessorOrganisationId: uuid('assessor_organisation_id'),
    assessorCertifies: boolean('assessor_certifies').notNull(),
    method: text('method').notNull(),
    place: jsonb('place').$type<RplAssessment['place']>().notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    results: jsonb('results').$type<RplAssessment['results']>().notNull(),
  },
  (t) => [index('rpl_assessment_person_idx').on(t.personUserId)],
);

/** A person's application for recognition, its current state and its deadlines. */
export const recognitionCase = pgTable(
  'recognition_case',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicantUserId: uuid('applicant_user_id').notNull(),
    targetCountry: text('target_country').notNull(),
    targetOccupation: text('target_occupation'),
    targetQualificationId: text('target_qualification_id'),
    qualificationIds: text('qualification_ids').array().notNull(),
    status: text('status').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    appealDeadline: timestamp('appeal_deadline', { withTimezone: true }),
    outcome: text('outcome'),
    /** The engine's explained result recorded at decision time, for reproducibility. */
    evaluation: jsonb('evaluation'),
    decisionReasons: text('decision_reasons'),
  },
  (t) => [index('recognition_case_applicant_idx').on(t.applicantUserId)],
);

/** Every step of a case, in order (the audit log records the same steps). */
export const recognitionCaseEvent = pgTable('recognition_case_event', {
  id: serial('id').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => recognitionCase.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorUserId: uuid('actor_user_id'),
  step: text('step').notNull(),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
});
