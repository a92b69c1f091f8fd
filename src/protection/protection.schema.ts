import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from '../accounts/accounts.schema.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import type { RoutingRule } from './grievances/grievance-routing.js';
import {
  BODY_KINDS,
  FILER_KINDS,
  GRIEVANCE_EVENT_KINDS,
  GRIEVANCE_STATUSES,
  GRIEVANCE_TOPICS,
} from './grievances/grievance-vocabulary.js';

// Rights and protection (docs/protection.md): grievances here; fair recruitment adds its tables below.

/** A partnership's grievance routing rules, as data (validated when written). */
export const grievanceRouting = pgTable('grievance_routing', {
  partnershipId: uuid('partnership_id')
    .primaryKey()
    .references(() => partnership.id, { onDelete: 'cascade' }),
  rules: jsonb('rules').$type<RoutingRule[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A grievance. The narrative is encrypted (AES-256-GCM, key `key_id`); an anonymous case has no
 * account on it (no filer, no person), only the hash of its receipt code.
 */
export const grievance = pgTable(
  'grievance',
  {
    id: uuid('id').primaryKey(),
    /** SHA-256 of the receipt code handed to the filer; the code itself is never stored. */
    receiptHash: text('receipt_hash').notNull().unique(),
    filerKind: text('filer_kind', { enum: FILER_KINDS }).notNull(),
    filedByUserId: uuid('filed_by_user_id').references(() => appUser.id, { onDelete: 'set null' }),
    /** The person the grievance is about (their account), when known. */
    personUserId: uuid('person_user_id').references(() => appUser.id, { onDelete: 'set null' }),
    /** The workers' organisation filing for the person, or the one the person shares the case with. */
    representativeOrganisationId: uuid('representative_organisation_id').references(
      () => organisation.id,
    ),
    /** The person consented to share the case with their workers' organisation. */
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    topic: text('topic', { enum: GRIEVANCE_TOPICS }).notNull(),
    /** The employer, recruiter or provider concerned. */
    concernedOrganisationId: uuid('concerned_organisation_id').references(() => organisation.id),
    partnershipId: uuid('partnership_id').references(() => partnership.id),
    /** ISO 3166-1 alpha-2 country where it happened. */
    country: text('country').notNull(),
    occurredFrom: date('occurred_from', { mode: 'string' }),
    occurredTo: date('occurred_to', { mode: 'string' }),
    status: text('status', { enum: GRIEVANCE_STATUSES }).notNull(),
    handlerKind: text('handler_kind', { enum: BODY_KINDS }),
    handlerOrganisationId: uuid('handler_organisation_id').references(() => organisation.id),
    /** Position of the handler in the routing rule's chain of bodies (0 = first). */
    routeStep: integer('route_step').notNull().default(0),
    acknowledgeBy: timestamp('acknowledge_by', { withTimezone: true }),
    resolveBy: timestamp('resolve_by', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    retaliationFlaggedAt: timestamp('retaliation_flagged_at', { withTimezone: true }),
    narrativeCipher: text('narrative_cipher').notNull(),
    keyId: text('key_id').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('grievance_handler_idx').on(t.handlerOrganisationId),
    index('grievance_person_idx').on(t.personUserId),
    index('grievance_partnership_idx').on(t.partnershipId),
  ],
);

/** Every step of a grievance; notes are encrypted like the narrative. */
export const grievanceEvent = pgTable(
  'grievance_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    grievanceId: uuid('grievance_id')
      .notNull()
      .references(() => grievance.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: GRIEVANCE_EVENT_KINDS }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Null for the platform (routing, escalation) and for an anonymous filer. */
    actorUserId: uuid('actor_user_id').references(() => appUser.id, { onDelete: 'set null' }),
    bodyKind: text('body_kind', { enum: BODY_KINDS }),
    bodyOrganisationId: uuid('body_organisation_id').references(() => organisation.id),
    noteCipher: text('note_cipher'),
    keyId: text('key_id'),
    /** The handler disclosed this note to the organisation concerned. */
    disclosed: boolean('disclosed').notNull().default(false),
  },
  (t) => [index('grievance_event_grievance_idx').on(t.grievanceId)],
);

/** A file attached to a grievance, checked by its content and encrypted. */
export const grievanceAttachment = pgTable(
  'grievance_attachment',
  {
    id: uuid('id').primaryKey(),
    grievanceId: uuid('grievance_id')
      .notNull()
      .references(() => grievance.id, { onDelete: 'cascade' }),
    /** The type sniffed from the content (not the name). */
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** The file name and content, encrypted. */
    nameCipher: text('name_cipher').notNull(),
    contentCipher: text('content_cipher').notNull(),
    keyId: text('key_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('grievance_attachment_grievance_idx').on(t.grievanceId)],
);
