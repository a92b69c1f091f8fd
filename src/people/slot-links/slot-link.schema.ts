import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser, organisation } from '../../accounts/accounts.schema.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import { LINK_STATUSES, SLOT_KINDS } from '../../partnerships/vocabulary.js';
import { programme, vacancy } from '../people.schema.js';

/**
 * A vacancy or programme linked to a partnership: proposed by a party (the employer or provider),
 * accepted or rejected by a coordinator, or withdrawn. Only accepted links put slots in the
 * partnership's allocation; one open (proposed or accepted) link per slot and partnership.
 */
export const partnershipSlotLink = pgTable(
  'partnership_slot_link',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    slotKind: text('slot_kind', { enum: SLOT_KINDS }).notNull(),
    vacancyId: uuid('vacancy_id').references(() => vacancy.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id').references(() => programme.id, { onDelete: 'cascade' }),
    /** The party proposing it: the vacancy's employer or the programme's provider. */
    partyOrganisationId: uuid('party_organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** The priority occupation the slot fills (ISCO-08 unit group or ESCO URI). */
    occupation: text('occupation').notNull(),
    status: text('status', { enum: LINK_STATUSES }).notNull(),
    note: text('note').notNull().default(''),
    proposedBy: uuid('proposed_by').references(() => appUser.id, { onDelete: 'set null' }),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => appUser.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('partnership_slot_link_partnership_idx').on(t.partnershipId, t.status),
    uniqueIndex('partnership_slot_link_open_vacancy_idx')
      .on(t.partnershipId, t.vacancyId)
      .where(sql`${t.status} in ('proposed', 'accepted') and ${t.vacancyId} is not null`),
    uniqueIndex('partnership_slot_link_open_programme_idx')
      .on(t.partnershipId, t.programmeId)
      .where(sql`${t.status} in ('proposed', 'accepted') and ${t.programmeId} is not null`),
  ],
);
