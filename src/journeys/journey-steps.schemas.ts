import { z } from 'zod';
import { recognitionResultSchema } from '../recognition/recognition.schemas.js';
import {
  ARRIVAL_ITEMS,
  FOLLOW_UP_STATUSES,
  IN_WORK_KINDS,
  PERMIT_KINDS,
  PERMIT_OUTCOMES,
  REINTEGRATION_PATHWAYS,
} from './step-vocabulary.js';

const day = z.iso.date();

export const permitInputSchema = z.object({
  kind: z.enum(PERMIT_KINDS),
  authority: z.string().trim().min(1).max(200),
  appliedOn: day,
  dueOn: day.nullable().default(null),
  outcome: z.enum(PERMIT_OUTCOMES).default('pending'),
  decidedOn: day.nullable().default(null),
  validFrom: day.nullable().default(null),
  validUntil: day.nullable().default(null),
});

export const permitSchema = permitInputSchema.extend({
  id: z.uuid(),
  updatedAt: z.iso.datetime(),
});

export const arrivalTickSchema = z.object({
  doneOn: day,
  note: z.string().trim().max(500).default(''),
});

export const checkInInputSchema = z.object({
  score: z.int().min(1).max(5).describe('How is it going, from 1 (badly) to 5 (very well)'),
  answer: z.string().trim().min(1).max(2000).describe("The person's own words"),
});

const arrivalSchema = z.object({
  arrivedOn: day.nullable(),
  checklist: z.object({
    items: z.array(
      z.object({ item: z.enum(ARRIVAL_ITEMS), doneOn: day.nullable(), note: z.string() }),
    ),
    completedOn: day.nullable(),
  }),
  checkIns: z.array(
    z.object({
      day: z.int(),
      dueOn: day.nullable(),
      open: z.boolean(),
      answer: z
        .object({ score: z.int(), answer: z.string(), answeredAt: z.iso.datetime() })
        .nullable(),
    }),
  ),
});

export const inWorkInputSchema = z.object({
  kind: z.enum(IN_WORK_KINDS),
  title: z.string().trim().min(1).max(200),
  on: day,
  skills: z.array(z.string().max(200)).max(50).default([]),
  evidence: z.string().trim().max(500).default(''),
  changes: z
    .array(
      z.object({
        field: z.string().trim().min(1).max(60),
        from: z.string().trim().max(200),
        to: z.string().trim().max(200),
      }),
    )
    .max(20)
    .default([]),
});

const inWorkSchema = inWorkInputSchema.extend({ id: z.uuid(), recordedAt: z.iso.datetime() });

export const returnInputSchema = z.object({
  plannedOn: day.nullable().default(null),
  returnedOn: day.nullable().default(null),
});

export const planInputSchema = z.object({
  pathway: z.enum(REINTEGRATION_PATHWAYS),
  goal: z.string().trim().min(1).max(2000),
  startsOn: day,
});

export const followUpInputSchema = z.object({
  status: z.enum(FOLLOW_UP_STATUSES),
  note: z.string().trim().max(2000).default(''),
});

const returnSchema = z.object({
  plannedOn: day.nullable(),
  returnedOn: day.nullable(),
  plan: planInputSchema
    .extend({
      followUps: z.array(
        z.object({
          month: z.int(),
          dueOn: day,
          followUp: followUpInputSchema.extend({ month: z.int(), recordedOn: day }).nullable(),
        }),
      ),
    })
    .nullable(),
  /** How to ask the matching engine for the returnee's home-track openings. */
  homeTrackSearch: z
    .object({
      operationId: z.literal('matchCandidateOpenings'),
      candidateId: z.uuid(),
      country: z.string(),
      track: z.literal('home'),
      partnershipId: z.uuid(),
    })
    .nullable(),
});

/** Every step of a journey with its content. */
export const journeyStepsSchema = z.object({
  journeyId: z.uuid(),
  stage: z.string(),
  corridor: z.object({ origin: z.string(), destination: z.string() }).nullable(),
  permits: z.array(permitSchema),
  arrival: arrivalSchema,
  inWork: z.array(inWorkSchema),
  return: returnSchema,
});

export const recogniseInputSchema = z.object({
  occupation: z
    .string()
    .min(1)
    .max(200)
    .describe(
      'ESCO occupation URI (or its id) to recognise the skills against, in the country of origin',
    ),
});

export { recognitionResultSchema };
