import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { appUser, organisation } from '../accounts/accounts.schema.js';
import type { CandidateProfile } from './candidates/candidate-profile.js';
import type { Programme } from './programmes/programme.js';
import type { Vacancy } from './vacancies/vacancy.js';

/** A candidate's profile: the person's own data, erased with them. */
export const candidate = pgTable('candidate', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id')
    .unique()
    .references(() => appUser.id, { onDelete: 'cascade' }),
  residenceCountry: text('residence_country').notNull(),
  profile: jsonb('profile').$type<CandidateProfile>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Consent per purpose, with its grant and withdrawal times; history is kept until erasure. */
export const candidateConsent = pgTable(
  'candidate_consent',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidate.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('candidate_consent_candidate_idx').on(t.candidateId)],
);

/** What remains of an erased candidate who consented to anonymous statistics: no identifier. */
export const erasedCandidateStatistic = pgTable('erased_candidate_statistic', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  /** Month of erasure, `YYYY-MM`. */
  month: text('month').notNull(),
  residenceCountry: text('residence_country').notNull(),
  skillCount: integer('skill_count').notNull(),
  tracks: text('tracks').array().notNull(),
});

/** An employer's vacancy; the posting holds every field, key columns are copied for queries. */
export const vacancy = pgTable(
  'vacancy',
  {
    id: uuid('id').primaryKey(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    occupationUri: text('occupation_uri').notNull(),
    country: text('country').notNull(),
    track: text('track').notNull(),
    posting: jsonb('posting').$type<Vacancy>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('vacancy_occupation_idx').on(t.occupationUri),
    index('vacancy_employer_idx').on(t.employerId),
  ],
);

/** A training provider's programme. */
export const programme = pgTable(
  'programme',
  {
    id: uuid('id').primaryKey(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    programme: jsonb('programme').$type<Programme>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('programme_provider_idx').on(t.providerId)],
);

/** The modules of programmes, one row each, so that compensation pathways can query by skill. */
export const programmeModule = pgTable(
  'programme_module',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    skills: text('skills').array().notNull(),
    hours: real('hours').notNull(),
  },
  (t) => [index('programme_module_programme_idx').on(t.programmeId)],
);

/**
 * A person's completion of a programme (all its modules, or the listed positions), recorded by a
 * member of the provider; personal data, erased with the candidate (docs/people.md).
 */
export const programmeCompletion = pgTable(
  'programme_completion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidate.id, { onDelete: 'cascade' }),
    /** Positions of the modules completed (0-based). */
    modules: integer('modules').array().notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('programme_completion_person').on(t.programmeId, t.candidateId)],
);

/**
 * A person enrolled in a programme by its provider (docs/journeys.md#opening-journeys): at most
 * one standing enrolment per person and programme; a withdrawal keeps the row with its reason.
 */
export const programmeEnrolment = pgTable(
  'programme_enrolment',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidate.id, { onDelete: 'cascade' }),
    enrolledOn: date('enrolled_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawalReason: text('withdrawal_reason'),
    withdrawnBy: uuid('withdrawn_by'),
  },
  (t) => [
    uniqueIndex('programme_enrolment_standing')
      .on(t.programmeId, t.candidateId)
      .where(sql`${t.withdrawnOn} is null`),
    index('programme_enrolment_candidate_idx').on(t.candidateId),
  ],
);
