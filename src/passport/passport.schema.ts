import {
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
import { CREDENTIAL_KINDS, CREDENTIAL_STATES } from './credential-kinds.js';

/**
 * An issuing organisation's signing keys (Ed25519). The private key is stored encrypted with
 * AES-256-GCM under `CREDENTIAL_KEY` (docs/passport.md#keys); a retired key stays so that the
 * credentials it signed still verify, and is listed as retired in the DID document.
 */
export const issuerKey = pgTable(
  'passport_issuer_key',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    /** 1, 2, …: the key's position in the organisation's history (`#key-<n>` in did:web). */
    sequence: integer('sequence').notNull(),
    /** The did:key of this key (`did:key:z6Mk…`). */
    didKey: text('did_key').notNull().unique(),
    publicJwk: jsonb('public_jwk').$type<Record<string, string>>().notNull(),
    /** base64url(iv ‖ tag ‖ ciphertext) of the PKCS#8 private key. */
    encryptedPrivateKey: text('encrypted_private_key').notNull(),
    /** Which key encrypted it: `configured` (CREDENTIAL_KEY) or `development`. */
    encryptedWith: text('encrypted_with', { enum: ['configured', 'development'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [unique('passport_issuer_key_sequence').on(t.organisationId, t.sequence)],
);

/**
 * A credential issued to a person: the signed VC-JWT as issued, its source record (one credential
 * per source record and kind), and its place in the issuer's status lists.
 */
export const passportCredential = pgTable(
  'passport_credential',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: CREDENTIAL_KINDS }).notNull(),
    /** `recognition_case`, `rpl_assessment`, `programme_completion`, `orientation_completion`. */
    sourceEntity: text('source_entity').notNull(),
    sourceId: text('source_id').notNull(),
    personUserId: uuid('person_user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    issuerOrganisationId: uuid('issuer_organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    keyId: uuid('key_id')
      .notNull()
      .references(() => issuerKey.id),
    issuerDid: text('issuer_did').notNull(),
    title: text('title').notNull(),
    jwt: text('jwt').notNull(),
    /** Position in the issuer's revocation and suspension lists (the same index in both). */
    statusIndex: integer('status_index').notNull(),
    state: text('state', { enum: CREDENTIAL_STATES }).notNull().default('active'),
    stateReason: text('state_reason'),
    stateChangedAt: timestamp('state_changed_at', { withTimezone: true }),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
  },
  (t) => [
    unique('passport_credential_source').on(t.kind, t.sourceEntity, t.sourceId),
    unique('passport_credential_status_index').on(t.issuerOrganisationId, t.statusIndex),
    index('passport_credential_person_idx').on(t.personUserId),
  ],
);

/**
 * A pre-departure orientation a coordinator organisation records as completed: the source of
 * orientation credentials until the journeys area records them itself (docs/passport.md).
 */
export const orientationCompletion = pgTable(
  'passport_orientation_completion',
  {
    id: uuid('id').primaryKey(),
    personUserId: uuid('person_user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    coordinatorOrganisationId: uuid('coordinator_organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    destinationCountry: text('destination_country').notNull(),
    hours: integer('hours').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('passport_orientation_person_idx').on(t.personUserId)],
);

/** The DID a person gives as the holder of their credentials (else their `urn:uuid:` subject id). */
export const passportHolder = pgTable('passport_holder', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => appUser.id, { onDelete: 'cascade' }),
  did: text('did').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
