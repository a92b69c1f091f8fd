import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { ORGANISATION_KINDS, ROLES } from './roles.js';

export const organisation = pgTable('organisation', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
  /** ISO 3166-1 alpha-2. */
  country: text('country').notNull(),
  city: text('city').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  /** Set when an administrator deactivates it: it stays for history but takes no new members. */
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
});

export const appUser = pgTable('app_user', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  /** Set when the account may no longer sign in (e.g. a demo account in a real database). */
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

/** A user's role within an organisation. A user may belong to several organisations. */
export const membership = pgTable(
  'membership',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId, t.role] })],
);

/** A login session. Only a hash of the cookie token is stored. */
export const userSession = pgTable(
  'user_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    /** The id the owner sees in their sessions list (the token hash is never shown). */
    id: uuid('id').notNull().defaultRandom().unique(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Refreshed at most once a minute by the session hook. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    /** Client address and user agent at login, shown to the owner only. */
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
  },
  (t) => [index('user_session_user_idx').on(t.userId)],
);

/**
 * Failed-attempt counters shared by every replica (login per account and per address, reset
 * requests). The key is a SHA-256 of what is counted, so the table holds no email or address.
 */
export const attemptCounter = pgTable('attempt_counter', {
  key: text('key').primaryKey(),
  attempts: integer('attempts').notNull(),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }).notNull(),
});

/** A one-time password-reset token; only its SHA-256 is stored. */
export const passwordReset = pgTable(
  'password_reset',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_reset_user_idx').on(t.userId)],
);

/**
 * An invitation to join an organisation with a role; only the SHA-256 of its single-use token is
 * stored. Accepting it creates the account (or adds the membership) and sets `accepted_at`.
 */
export const invitation = pgTable(
  'invitation',
  {
    tokenHash: text('token_hash').primaryKey(),
    id: uuid('id').notNull().unique(),
    email: text('email').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    invitedBy: uuid('invited_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [index('invitation_organisation_idx').on(t.organisationId)],
);

/** What messages are about. */
export const MESSAGE_KINDS = [
  'password_reset',
  'account_locked',
  'invitation',
  'first_sign_in',
  'case_decision',
  'reminder',
] as const;

/**
 * Messages to send. The delivery job (outbox-delivery.job.ts) sets `sent_at`, or counts a failed
 * attempt, keeps its error and sets when to try again (back-off).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [
    index('outbox_unsent_idx')
      .on(t.createdAt)
      .where(sql`${t.sentAt} is null`),
  ],
);

/**
 * Append-only record of every change to personal data (a trigger in the migrations refuses
 * UPDATE and DELETE on this table).
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** The data subject, when the change concerns a person. */
    subjectUserId: uuid('subject_user_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_event_entity_idx').on(t.entity, t.entityId)],
);
