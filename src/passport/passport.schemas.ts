import { z } from 'zod';
import { CREDENTIAL_KINDS, CREDENTIAL_STATES, VERIFICATION_STATUSES } from './credential-kinds.js';

const didSchema = z
  .string()
  .max(500)
  .regex(/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/, 'must be a DID, e.g. did:key:z6Mk…');

export const credentialKindSchema = z.enum(CREDENTIAL_KINDS);

/** A credential as its holder and its issuer's staff see it. */
export const credentialSchema = z
  .object({
    id: z.uuid(),
    kind: credentialKindSchema,
    title: z.string(),
    issuer: z.object({ organisationId: z.uuid(), name: z.string(), did: z.string() }),
    holderId: z.string(),
    issuedAt: z.iso.datetime(),
    validUntil: z.iso.datetime().nullable(),
    state: z.enum(CREDENTIAL_STATES),
    stateReason: z.string().nullable(),
    stateChangedAt: z.iso.datetime().nullable(),
    statusListIndex: z.number().int(),
    /** The VC-JWT exactly as issued. */
    jwt: z.string(),
    /** Its payload: the VC 2.0 credential. */
    credential: z.record(z.string(), z.unknown()),
    /** Where anyone can verify it (the public verification page). */
    verifyUrl: z.string(),
  })
  .meta({ id: 'PassportCredential' });

/** An issuer's register row: the credential without its content, and the holder's name. */
export const registerEntrySchema = z
  .object({
    id: z.uuid(),
    kind: credentialKindSchema,
    title: z.string(),
    holderName: z.string(),
    issuedAt: z.iso.datetime(),
    state: z.enum(CREDENTIAL_STATES),
    stateReason: z.string().nullable(),
    stateChangedAt: z.iso.datetime().nullable(),
    issuerDid: z.string(),
  })
  .meta({ id: 'CredentialRegisterEntry' });

export const myCredentialsSchema = z.object({
  holderId: z.string(),
  holderDid: z.string().nullable(),
  credentials: z.array(credentialSchema),
});

export const issueMineSchema = z.object({ kinds: z.array(credentialKindSchema).max(4).optional() });
export const issueForSchema = z.object({
  organisationId: z.uuid(),
  personUserId: z.uuid(),
  kinds: z.array(credentialKindSchema).max(4).optional(),
});
export const issuanceSchema = z.object({
  issued: z.array(z.object({ id: z.uuid(), kind: credentialKindSchema, title: z.string() })),
  alreadyIssued: z.number().int(),
});

export const statusChangeSchema = z.object({
  state: z.enum(CREDENTIAL_STATES),
  reason: z.string().trim().min(3).max(500),
});

export const holderSchema = z.object({ did: didSchema.nullable() });

export const orientationInputSchema = z.object({
  personUserId: z.uuid(),
  organisationId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  destinationCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  hours: z.number().int().min(1).max(1000),
  completedOn: z.iso.date(),
});

export const presentationInputSchema = z.object({
  credentialIds: z.array(z.uuid()).min(1).max(50),
});

const checkSchema = z.object({
  check: z.enum(['format', 'issuer', 'signature', 'claims', 'dates', 'status']),
  passed: z.boolean(),
  detail: z.string(),
});

/** What a verifier answers for one credential. */
export const verificationSchema = z
  .object({
    status: z.enum(VERIFICATION_STATUSES),
    reasons: z.array(z.string()),
    checks: z.array(checkSchema),
    issuer: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    subject: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    types: z.array(z.string()),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    credentialId: z.string().nullable(),
    credential: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'CredentialVerification' });

export const verifyInputSchema = z
  .object({
    /** A VC-JWT (compact), as issued. */
    credential: z.string().max(100_000).optional(),
    /** A presentation whose enveloped VC-JWTs are each verified. */
    presentation: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((b) => (b.credential === undefined) !== (b.presentation === undefined), {
    message: 'give either credential or presentation',
    path: ['credential'],
  });

export const verifyOutputSchema = z.object({
  /** The worst status among the credentials (a presentation is valid when all are). */
  status: z.enum(VERIFICATION_STATUSES),
  results: z.array(verificationSchema),
  holder: z.string().nullable(),
});
