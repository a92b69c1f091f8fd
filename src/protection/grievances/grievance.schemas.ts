import { z } from 'zod';
import { countrySchema } from '../../accounts/account-fields.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './grievance-attachment.js';
import {
  BODY_KINDS,
  FILER_KINDS,
  GRIEVANCE_EVENT_KINDS,
  GRIEVANCE_STATUSES,
  GRIEVANCE_TOPICS,
  HANDLER_STEPS,
} from './grievance-vocabulary.js';

// Shapes only: cross-field rules are the domain's (422 naming the field).

const narrative = z.string().trim().min(1).max(20_000);
const note = z.string().trim().max(5_000);
/** Base64 of at most MAX_ATTACHMENT_BYTES (checked again, by content, once decoded). */
const base64 = z
  .string()
  .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const attachmentInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  contentBase64: base64,
});

const filingFields = {
  topic: z.enum(GRIEVANCE_TOPICS),
  narrative,
  country: countrySchema,
  concernedOrganisationId: z.uuid().nullable().default(null),
  partnershipId: z.uuid().nullable().default(null),
  occurredFrom: z.iso.date().nullable().default(null),
  occurredTo: z.iso.date().nullable().default(null),
  attachments: z.array(attachmentInputSchema).max(MAX_ATTACHMENTS).default([]),
};

/** A grievance filed without an account: no one is recorded, a receipt code follows it. */
export const anonymousFilingSchema = z.object(filingFields);

/** A grievance filed by a signed-in person, for themselves or on someone's behalf. */
export const filingSchema = z.object({
  ...filingFields,
  /** `self`: about the signed-in person; `on_behalf`/`representative`: for someone else. */
  filerKind: z.enum(['self', 'on_behalf', 'representative']).default('self'),
  /** The account of the person, when filing for someone who has one. */
  personUserId: z.uuid().nullable().default(null),
  /** The workers' organisation filing (representatives) or to share with (the person's consent). */
  representativeOrganisationId: z.uuid().nullable().default(null),
});

export const receiptSchema = z.object({
  id: z.uuid(),
  receiptCode: z.string().describe('Shown once: the only way to follow an anonymous case'),
});

export const receiptInputSchema = z.object({ receiptCode: z.string().trim().min(8).max(40) });

const bodySchema = z.object({
  kind: z.enum(BODY_KINDS),
  organisationId: z.uuid(),
  name: z.string(),
});

export const grievanceEventSchema = z.object({
  kind: z.enum(GRIEVANCE_EVENT_KINDS),
  at: z.iso.datetime(),
  body: bodySchema.nullable(),
  note: z.string().nullable(),
  disclosed: z.boolean(),
});

/** A grievance as its reader may see it: `full` or only what the handler disclosed. */
export const grievanceSchema = z.object({
  id: z.uuid(),
  view: z.enum(['full', 'disclosed']),
  topic: z.enum(GRIEVANCE_TOPICS),
  status: z.enum(GRIEVANCE_STATUSES),
  filerKind: z.enum(FILER_KINDS).nullable(),
  country: z.string(),
  partnershipId: z.uuid().nullable(),
  concernedOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  occurredFrom: z.iso.date().nullable(),
  occurredTo: z.iso.date().nullable(),
  filedAt: z.iso.datetime(),
  handler: bodySchema.nullable(),
  acknowledgeBy: z.iso.datetime().nullable(),
  resolveBy: z.iso.datetime().nullable(),
  overdue: z.enum(['acknowledgement', 'resolution']).nullable(),
  retaliationFlagged: z.boolean(),
  sharedWithOrganisationId: z.uuid().nullable(),
  narrative: z.string().nullable(),
  attachments: z.array(
    z.object({ id: z.uuid(), name: z.string(), mediaType: z.string(), size: z.number() }),
  ),
  events: z.array(grievanceEventSchema),
  /** What the reader may do with it now. */
  can: z.object({ handle: z.boolean(), share: z.boolean(), appeal: z.boolean() }),
});

export const grievanceSummarySchema = grievanceSchema
  .pick({
    id: true,
    view: true,
    topic: true,
    status: true,
    country: true,
    filedAt: true,
    handler: true,
    acknowledgeBy: true,
    resolveBy: true,
    overdue: true,
    retaliationFlagged: true,
    concernedOrganisation: true,
  })
  .extend({
    /** Why the reader sees it: their own, their organisation handles it, shared, or against their organisation. */
    relation: z.enum(['own', 'handling', 'shared', 'concerned']),
  });

export const stepInputSchema = z.object({
  step: z.enum(HANDLER_STEPS),
  note: note.nullable().default(null),
  /** Make the note visible to the organisation concerned. */
  disclose: z.boolean().default(false),
  referTo: z
    .object({ kind: z.enum(BODY_KINDS), organisationId: z.uuid() })
    .nullable()
    .default(null),
});

export const informationInputSchema = z.object({ note: note.min(1) });
export const receiptInformationSchema = receiptInputSchema.extend({ note: note.min(1) });
export const appealInputSchema = z.object({ note: note.nullable().default(null) });
export const receiptAppealSchema = receiptInputSchema.extend({
  note: note.nullable().default(null),
});
export const sharingInputSchema = z.object({ organisationId: z.uuid().nullable() });

export const attachmentContentSchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});

export const routingRuleSchema = z.object({
  topics: z.array(z.enum(GRIEVANCE_TOPICS)).default([]),
  countries: z.array(countrySchema).default([]),
  organisationIds: z.array(z.uuid()).default([]),
  corridor: z
    .object({ origin: countrySchema, destination: countrySchema })
    .nullable()
    .default(null),
  bodies: z.array(z.object({ kind: z.enum(BODY_KINDS), organisationId: z.uuid() })).max(10),
  acknowledgeWorkingDays: z.number().int().default(5),
  resolveDays: z.number().int().default(30),
});

export const routingSchema = z.object({ rules: z.array(routingRuleSchema).max(100) });

export const escalationReportSchema = z.object({
  checked: z.number(),
  escalated: z.array(z.object({ id: z.uuid(), missed: z.string(), toOrganisationId: z.uuid() })),
  exhausted: z.array(z.object({ id: z.uuid(), missed: z.string() })),
});

export const statisticsSchema = z.object({
  /** Counts below this are shown as null (suppressed) so no small group can be singled out. */
  threshold: z.number(),
  countries: z.array(z.string()),
  total: z.number().nullable(),
  byTopic: z.array(z.object({ topic: z.enum(GRIEVANCE_TOPICS), count: z.number().nullable() })),
  byStatus: z.array(z.object({ status: z.enum(GRIEVANCE_STATUSES), count: z.number().nullable() })),
  byCountry: z.array(z.object({ country: z.string(), count: z.number().nullable() })),
  retaliationFlags: z.number().nullable(),
});
