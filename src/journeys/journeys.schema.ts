import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from '../accounts/accounts.schema.js';
import { allocationRun } from '../allocation/allocation.schema.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { candidate, programme } from '../people/people.schema.js';
import { EVIDENCE_KINDS } from './evidence-kinds.js';
import type { EventBody, EvidenceRef, JourneyOrigin } from './journey.js';
import { EXIT_REASONS, STAGES } from './stages.js';

/**
 * One person's journey in one partnership (docs/journeys.md). The stage, status and figures are
 * the fold of its events, kept here so that lists and cohort statistics read one row per person;
 * gender and nationality are copied from the profile for the cohort breakdowns (erased with it).
 */
export const journey = pgTable(
  'journey',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidate.id, { onDelete: 'cascade' }),
    /** The intake (cohort) it belongs to, e.g. `2026-09` or the accepted run's label. */
    intake: text('intake').notNull(),
    originKind: text('origin_kind').$type<JourneyOrigin['kind']>().notNull(),
    originId: uuid('origin_id'),
    /** The programme the person trains in: its provider sees the training stages. */
    programmeId: uuid('programme_id').references(() => programme.id, { onDelete: 'set null' }),
    /** The employer of the job the person was selected for: it sees the journey from arrival. */
    employerId: uuid('employer_id').references(() => organisation.id, { onDelete: 'set null' }),
    stage: text('stage', { enum: STAGES }).notNull(),
    status: text('status', { enum: ['active', 'exited', 'completed'] }).notNull(),
    track: text('track', { enum: ['away', 'home'] }),
    exitReason: text('exit_reason', { enum: EXIT_REASONS }),
    version: integer('version').notNull(),
    gender: text('gender').notNull(),
    nationality: text('nationality').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    stageSince: date('stage_since', { mode: 'string' }).notNull(),
    /** Bit i set when stage i of STAGES was reached (the funnel). */
    reached: integer('reached').notNull(),
    /** Days spent in each stage left, by the stage's position in STAGES (null: not left). */
    stageDays: integer('stage_days').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('journey_person_partnership').on(t.partnershipId, t.candidateId),
    index('journey_partnership_stage_idx').on(t.partnershipId, t.stage),
    index('journey_candidate_idx').on(t.candidateId),
    index('journey_partnership_opened_idx').on(t.partnershipId, t.openedOn),
  ],
);

/**
 * The append-only log of a journey: each move, exit and correction with its date, actor and the
 * evidence it relied on. (journey, seq) is unique: two writers expecting the same version cannot
 * both append (the second gets 409). A migration trigger refuses UPDATE.
 */
export const journeyEvent = pgTable(
  'journey_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journey.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => appUser.id, { onDelete: 'set null' }),
    actorAs: text('actor_as').notNull(),
    body: jsonb('body').$type<EventBody>().notNull(),
    evidence: jsonb('evidence').$type<EvidenceRef[]>().notNull(),
    note: text('note').notNull().default(''),
    correctsSeq: integer('corrects_seq'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('journey_event_seq').on(t.journeyId, t.seq)],
);

/**
 * Evidence held by a journey (a signed contract, an orientation completed, a return date…). A
 * correction is a new row that supersedes an earlier one; rows are never updated.
 */
export const journeyEvidence = pgTable(
  'journey_evidence',
  {
    id: uuid('id').primaryKey(),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journey.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EVIDENCE_KINDS }).notNull(),
    value: text('value').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** Structured content of the step that recorded it (J2's steps), free of secrets. */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    supersedes: uuid('supersedes'),
    recordedBy: uuid('recorded_by').references(() => appUser.id, { onDelete: 'set null' }),
    recordedAs: text('recorded_as').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('journey_evidence_journey_idx').on(t.journeyId)],
);

/** A coordinator's acceptance of a succeeded allocation run: it opened the run's journeys. */
export const journeyRunAcceptance = pgTable('journey_run_acceptance', {
  runId: uuid('run_id')
    .primaryKey()
    .references(() => allocationRun.id, { onDelete: 'cascade' }),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnership.id, { onDelete: 'cascade' }),
  acceptedBy: uuid('accepted_by').references(() => appUser.id, { onDelete: 'set null' }),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull(),
  opened: integer('opened').notNull(),
});
