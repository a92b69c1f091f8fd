import { z } from 'zod';
import { countrySchema } from '../accounts/account-fields.js';
import { PREREQUISITES } from './scorecard.js';
import {
  ACTION_STATUSES,
  AGREEMENT_KINDS,
  CLAUSE_KINDS,
  COMPONENTS,
  CONSTITUENCIES,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  PARTY_ROLES,
  TRACKS,
} from './vocabulary.js';

// Shapes only: ranges and cross-field rules are the domain's (422 naming the field).
const isoDate = z.iso.date();
const text = z.string().trim().max(2000);

const trackSchema = z.enum(TRACKS);
const roleSchema = z.enum(PARTY_ROLES);

export const quotasSchema = z.object({
  cohortSize: z.number().nullable().default(null),
  trackShares: z.partialRecord(trackSchema, z.number()).default({}),
  minWomenShare: z.number().nullable().default(null),
  perOccupation: z.array(z.object({ occupation: z.string(), max: z.number() })).default([]),
  perRegion: z.array(z.object({ region: z.string(), max: z.number() })).default([]),
  /** Pairs scoring below this (0–100) are not eligible in the allocation; 40 when absent. */
  minimumScore: z.number().optional(),
});

const corridorSchema = z.object({
  origin: countrySchema,
  destination: countrySchema,
  originCities: z.array(z.string().trim().min(1)).default([]),
  destinationCities: z.array(z.string().trim().min(1)).default([]),
});

const contactSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().or(z.literal('')),
  function: text.default(''),
});

/** A partnership as written by its coordinator (create and replace). */
export const partnershipDraftSchema = z.object({
  title: z.string().trim().min(1).max(300),
  type: z.enum(PARTNERSHIP_TYPES),
  status: z.enum(PARTNERSHIP_STATUSES).default('draft'),
  summary: text.default(''),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
  corridors: z.array(corridorSchema),
  occupations: z.array(z.string()).default([]),
  tracks: z.array(trackSchema).default([]),
  quotas: quotasSchema.default({
    cohortSize: null,
    trackShares: {},
    minWomenShare: null,
    perOccupation: [],
    perRegion: [],
  }),
  // Any string: an id that names no organisation is refused by the rules, naming the field.
  parties: z
    .array(
      z.object({
        organisationId: z.string(),
        role: roleSchema,
        contacts: z.array(contactSchema).default([]),
      }),
    )
    .default([]),
  commitments: z
    .array(
      z.object({ component: z.enum(COMPONENTS), organisationId: z.string(), commitment: text }),
    )
    .default([]),
});

const partySchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  kind: z.string(),
  country: z.string(),
  city: z.string(),
  role: roleSchema,
  contacts: z.array(contactSchema),
});

export const partnershipSchema = partnershipDraftSchema
  .extend({ id: z.uuid(), parties: z.array(partySchema), updatedAt: z.iso.datetime() })
  .meta({ id: 'Partnership' });

export const partnershipSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    type: z.enum(PARTNERSHIP_TYPES),
    status: z.enum(PARTNERSHIP_STATUSES),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
    corridors: z.array(corridorSchema),
    tracks: z.array(trackSchema),
    occupations: z.array(z.string()),
    parties: z.number().int(),
  })
  .meta({ id: 'PartnershipSummary' });

const clauseSchema = z.object({
  kind: z.enum(CLAUSE_KINDS),
  text: text.default(''),
  recognitionAgreementId: z.string().nullable().default(null),
  organisationIds: z.array(z.string()).default([]),
});

export const agreementInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(AGREEMENT_KINDS),
  signedOn: isoDate.nullable().default(null),
  effectiveFrom: isoDate.nullable().default(null),
  reviewOn: isoDate.nullable().default(null),
  expiresOn: isoDate.nullable().default(null),
  clauses: z.array(clauseSchema).default([]),
  document: z
    .object({
      fileName: z.string().trim().min(1).max(255),
      mediaType: z.string().min(1).max(100),
      contentBase64: z.base64(),
    })
    .nullable()
    .default(null),
});

const documentMetadataSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});

export const agreementSchema = agreementInputSchema
  .omit({ document: true })
  .extend({ id: z.uuid(), document: documentMetadataSchema.nullable() })
  .meta({ id: 'Agreement' });

const reminderSchema = z.object({
  agreementId: z.uuid(),
  title: z.string(),
  kind: z.enum(['review', 'expiry']),
  dueOn: isoDate,
  daysLeft: z.number().int(),
});

const actionSchema = z.object({
  id: z.uuid(),
  objectiveId: z.uuid(),
  title: z.string(),
  ownerOrganisationId: z.uuid(),
  deadline: isoDate,
  status: z.enum(ACTION_STATUSES),
  evidence: z.array(z.string()),
});

export const actionPlanSchema = z
  .object({
    objectives: z.array(z.object({ id: z.uuid(), title: z.string() })),
    actions: z.array(actionSchema),
    milestones: z.array(
      z.object({ id: z.uuid(), title: z.string(), dueOn: isoDate, reachedOn: isoDate.nullable() }),
    ),
  })
  .meta({ id: 'ActionPlan' });

const timelineEntrySchema = z.object({
  kind: z.enum(['action', 'milestone']),
  id: z.uuid(),
  title: z.string(),
  date: isoDate,
  objectiveId: z.uuid().nullable(),
  status: z.enum([...ACTION_STATUSES, 'reached', 'pending']),
  overdue: z.boolean(),
  daysLeft: z.number().int(),
});

export const newActionSchema = z.object({
  objectiveId: z.uuid(),
  title: z.string().trim().min(1).max(300),
  ownerOrganisationId: z.string(),
  deadline: isoDate,
  status: z.enum(ACTION_STATUSES).default('planned'),
  evidence: z.array(z.string().trim().min(1).max(1000)).default([]),
});

export const actionProgressSchema = z.object({
  status: z.enum(ACTION_STATUSES),
  evidence: z.array(z.string().trim().min(1).max(1000)).default([]),
});

export const newMilestoneSchema = z.object({
  title: z.string().trim().min(1).max(300),
  dueOn: isoDate,
  reachedOn: isoDate.nullable().default(null),
});

const prerequisiteSchema = z.enum(PREREQUISITES);

export const scorecardSchema = z
  .object({
    overall: z.number(),
    prerequisites: z.array(
      z.object({
        prerequisite: prerequisiteSchema,
        evidenceScore: z.number(),
        assessment: z.object({ level: z.number().int(), note: z.string() }).nullable(),
        score: z.number(),
        level: z.enum(['weak', 'partial', 'strong']),
        checks: z.array(z.object({ key: z.string(), met: z.boolean() })),
        recommendations: z.array(z.string()),
      }),
    ),
    /** Labour-market observations of the corridor's countries the data check read, and their months. */
    labourMarket: z.object({
      observations: z.number().int(),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
  })
  .meta({ id: 'ReadinessScorecard' });

export const assessmentInputSchema = z.object({ level: z.number().int(), note: text.default('') });

const mappedPartySchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  kind: z.string(),
  country: z.string(),
  role: roleSchema,
});

export const dashboardSchema = z
  .object({
    asOf: isoDate,
    partnership: partnershipSchema,
    stakeholderMap: z.object({
      sides: z.array(
        z.object({
          side: z.enum(['origin', 'destination', 'both', 'international']),
          roles: z.array(z.object({ role: roleSchema, parties: z.array(mappedPartySchema) })),
        }),
      ),
    }),
    placesPerTrack: z.partialRecord(trackSchema, z.number().int()),
    agreements: z.array(agreementSchema),
    reminders: z.array(reminderSchema),
    plan: actionPlanSchema,
    timeline: z.array(timelineEntrySchema),
    progress: z.object({
      actions: z.number().int(),
      byStatus: z.object({
        planned: z.number().int(),
        in_progress: z.number().int(),
        done: z.number().int(),
        blocked: z.number().int(),
      } satisfies Record<(typeof ACTION_STATUSES)[number], z.ZodNumber>),
      overdue: z.number().int(),
      milestonesReached: z.number().int(),
      milestones: z.number().int(),
    }),
    scorecard: scorecardSchema,
  })
  .meta({ id: 'PartnershipDashboard' });

export const criterionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().trim().min(1),
  weight: z.number(),
});

export const workshopDraftSchema = z.object({
  title: z.string().trim().min(1).max(300),
  heldOn: isoDate,
  criteria: z.array(criterionSchema),
  anonymousScoring: z.boolean().default(false),
  delegations: z
    .array(
      z.object({
        country: countrySchema,
        constituency: z.enum(CONSTITUENCIES),
        organisationId: z.string(),
      }),
    )
    .default([]),
});

export const ideaInputSchema = z.object({
  delegationId: z.uuid(),
  title: z.string().trim().min(1).max(300),
  summary: text.default(''),
  origin: countrySchema,
  destination: countrySchema,
  occupations: z.array(z.string()).default([]),
  tracks: z.array(trackSchema).default([]),
});

export const scoreInputSchema = z.object({ scores: z.record(z.string(), z.number()) });

export const workshopSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    heldOn: isoDate,
    criteria: z.array(criterionSchema),
    anonymousScoring: z.boolean(),
    delegations: z.array(
      z.object({
        id: z.uuid(),
        country: z.string(),
        constituency: z.enum(CONSTITUENCIES),
        organisationId: z.uuid(),
      }),
    ),
    ideas: z.array(
      ideaInputSchema.extend({
        id: z.uuid(),
        partnershipId: z.uuid().nullable(),
        scoreCount: z.number().int(),
        weighted: z.number().nullable(),
        rank: z.number().int(),
        means: z.record(z.string(), z.number()),
        /** Who scored: hidden when scoring is anonymous. */
        scoredBy: z.array(z.uuid()).nullable(),
        scoredByMe: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Workshop' });
