import { date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/**
 * The cohort view's figures kept per partnership, intake and month of opening
 * (docs/journeys.md#stats), maintained by triggers on `journey` in the same statement as every
 * insert, update and delete of a journey row (migration `cohort_tally_triggers`): whatever writes
 * a journey (a move, an exit, a correction, an erasure, a cascade), these stay exactly the sums
 * of the rows. No foreign key: a partnership's deletion cascades to its journeys, whose triggers
 * bring its figures to zero. Rows at zero are kept and ignored by the readers.
 */
export const journeyCohortTally = pgTable(
  'journey_cohort_tally',
  {
    partnershipId: uuid('partnership_id').notNull(),
    intake: text('intake').notNull(),
    /** The first day of the month the journeys were opened in. */
    openedMonth: date('opened_month', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['active', 'exited', 'completed'] }).notNull(),
    /** stage (current), reached (a stage index), exit (reason), gender, nationality, track. */
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    /** How many journeys of the key have this value. */
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'journey_cohort_tally_pk',
      columns: [t.partnershipId, t.intake, t.openedMonth, t.status, t.dimension, t.value],
    }),
  ],
);

/** How many stays in a stage (by position in STAGES) lasted exactly `days`, per key as above. */
export const journeyCohortStay = pgTable(
  'journey_cohort_stay',
  {
    partnershipId: uuid('partnership_id').notNull(),
    intake: text('intake').notNull(),
    openedMonth: date('opened_month', { mode: 'string' }).notNull(),
    stageIndex: integer('stage_index').notNull(),
    days: integer('days').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'journey_cohort_stay_pk',
      columns: [t.partnershipId, t.intake, t.openedMonth, t.stageIndex, t.days],
    }),
  ],
);
