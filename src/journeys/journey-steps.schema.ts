import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.schema.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { candidate } from '../people/people.schema.js';
import { journey } from './journeys.schema.js';
import { ORIENTATION_LANGUAGES, ORIENTATION_TOPICS, type CheckQuestion } from './orientation.js';
import {
  ARRIVAL_ITEMS,
  FOLLOW_UP_STATUSES,
  IN_WORK_KINDS,
  PERMIT_KINDS,
  PERMIT_OUTCOMES,
  REINTEGRATION_PATHWAYS,
} from './step-vocabulary.js';

/**
 * The content of the journey's steps (docs/journeys-steps.md): orientation modules and their
 * checks, visas and permits, arrival, work abroad, return and reintegration. Rows about a person
 * are personal data, erased with the candidate; a journey's rows go with the journey.
 */

/** One orientation module: a topic of a partnership corridor's orientation, in one language. */
export const orientationModule = pgTable(
  'orientation_module',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    origin: text('origin').notNull(),
    destination: text('destination').notNull(),
    topic: text('topic', { enum: ORIENTATION_TOPICS }).notNull(),
    language: text('language', { enum: ORIENTATION_LANGUAGES }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    questions: jsonb('questions').$type<CheckQuestion[]>().notNull(),
    passMark: integer('pass_mark').notNull(),
    /** Raised by every edit; an attempt keeps the version it answered. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('orientation_module_place').on(
      t.partnershipId,
      t.origin,
      t.destination,
      t.topic,
      t.language,
    ),
  ],
);

/** A person's answer to a module's check (personal data). */
export const orientationAttempt = pgTable(
  'orientation_attempt',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => orientationModule.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidate.id, { onDelete: 'cascade' }),
    moduleVersion: integer('module_version').notNull(),
    correct: integer('correct').notNull(),
    total: integer('total').notNull(),
    passed: boolean('passed').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('orientation_attempt_candidate_idx').on(t.candidateId, t.moduleId)],
);

/** A visa or permit application of a journey, with its outcome and validity. */
export const permitApplication = pgTable(
  'permit_application',
  {
    id: uuid('id').primaryKey(),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journey.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PERMIT_KINDS }).notNull(),
    authority: text('authority').notNull(),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    /** When the authority is expected to answer, or the file must be completed by. */
    dueOn: date('due_on', { mode: 'string' }),
    outcome: text('outcome', { enum: PERMIT_OUTCOMES }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [index('permit_application_journey_idx').on(t.journeyId)],
);

/** A reminder already queued for a permit deadline: the key makes the reminder job idempotent. */
export const permitReminder = pgTable(
  'permit_reminder',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => permitApplication.id, { onDelete: 'cascade' }),
    /** e.g. `expiry:30` (30 days before the permit expires) or `due:7`. */
    key: text('key').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.key] })],
);

/** An item of the employer's arrival checklist, ticked with its date. */
export const arrivalItem = pgTable(
  'arrival_item',
  {
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journey.id, { onDelete: 'cascade' }),
    item: text('item', { enum: ARRIVAL_ITEMS }).notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.item] })],
);

/** The person's own answer at a check-in after arrival: how is it going. */
export const arrivalCheckIn = pgTable(
  'arrival_check_in',
  {
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journey.id, { onDelete: 'cascade' }),
    /** Days after arrival: 30 or 90. */
    day: integer('day').notNull(),
    score: integer('score').notNull(),
    answer: text('answer').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.day] })],
);

/** Upskilling, certifications gained abroad, and contract changes while in work. */
export const inWorkRecord = pgTable(
  'in_work_record',
  {
    id: uuid('id').primaryKey(),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journey.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: IN_WORK_KINDS }).notNull(),
    title: text('title').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    /** ESCO skill URIs the record gives evidence of. */
    skills: text('skills').array().notNull(),
    /** What proves it (a certificate's issuer and number, a course, an amended contract). */
    evidence: text('evidence').notNull(),
    /** A contract change: the fields that changed, old and new. */
    changes: jsonb('changes').$type<{ field: string; from: string; to: string }[]>().notNull(),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('in_work_record_journey_idx').on(t.journeyId)],
);

/** Planned and actual return of a journey. */
export const journeyReturn = pgTable('journey_return', {
  journeyId: uuid('journey_id')
    .primaryKey()
    .references(() => journey.id, { onDelete: 'cascade' }),
  plannedOn: date('planned_on', { mode: 'string' }),
  returnedOn: date('returned_on', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
});

/** The returnee's reintegration plan: a job, a business or further study. */
export const reintegrationPlan = pgTable('reintegration_plan', {
  journeyId: uuid('journey_id')
    .primaryKey()
    .references(() => journey.id, { onDelete: 'cascade' }),
  pathway: text('pathway', { enum: REINTEGRATION_PATHWAYS }).notNull(),
  goal: text('goal').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
});

/** A follow-up of the reintegration plan at 3, 6 or 12 months. */
export const reintegrationFollowUp = pgTable(
  'reintegration_follow_up',
  {
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => reintegrationPlan.journeyId, { onDelete: 'cascade' }),
    /** Months after the plan starts: 3, 6 or 12. */
    month: integer('month').notNull(),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull(),
    note: text('note').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.month] })],
);
