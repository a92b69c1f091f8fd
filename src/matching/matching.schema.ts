import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.schema.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import type { MatchWeights } from './match-weights.js';

/** A partnership's own weights for the match score (docs/matching.md#weights). */
export const matchWeights = pgTable('match_weights', {
  partnershipId: uuid('partnership_id')
    .primaryKey()
    .references(() => partnership.id, { onDelete: 'cascade' }),
  weights: jsonb('weights').$type<MatchWeights>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
});

/**
 * What changed since the matching index last looked: written by database triggers on
 * candidates, consents, vacancies and programmes (drizzle/0003_matching_changes.sql), so that
 * every writer — any process, any area — keeps the index current without knowing about it.
 */
export const matchingChange = pgTable(
  'matching_change',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    /**
     * `recognition_rules`: agreements, requirements or modules changed (subject id: nil uuid);
     * `partnership`: a partnership, its parties or its match weights changed.
     */
    subject: text('subject', {
      enum: ['candidate', 'vacancy', 'programme', 'recognition_rules', 'partnership'],
    }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matching_change_changed_idx').on(t.changedAt)],
);
