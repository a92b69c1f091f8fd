import { z } from 'zod';
import { AGREEMENT_STATUSES } from './agreement.js';
import { RECOGNITION_OUTCOMES } from './outcome.js';
import { EVIDENCE_LEVELS } from './evidence.js';

/** The request and response shapes of the recognition API, declared once (validation + OpenAPI). */

export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
export const isoDateSchema = z.iso.date();
const measureKindSchema = z.enum(['bridging_training', 'aptitude_test', 'adaptation_period']);
/** A level of a qualification framework: small whole numbers (EQF 1–8; national ones up to ~12). */
export const frameworkLevelSchema = z.int().min(0).max(99);

export const levelRefSchema = z.object({
  frameworkId: z.string().min(1),
  level: frameworkLevelSchema,
});

export const targetSpecSchema = z
  .union([
    z.object({
      country: countrySchema,
      occupation: z.string().min(1).describe('ESCO occupation URI or id'),
    }),
    z.object({ qualificationId: z.string().min(1) }),
  ])
  .describe('an occupation in a country, or a qualification there');

export const qualificationSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  awardingBody: z.string().min(1),
  country: countrySchema,
  level: levelRefSchema,
  iscedLevel: z.int().min(0).max(8),
  iscedField: z.string().regex(/^\d{2,4}$/, 'must be an ISCED-F 2013 code'),
  learningOutcomes: z.array(z.string()),
  occupations: z.array(z.string()),
  regulated: z.boolean(),
  demo: z.boolean().optional(),
});

export const agreementSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  from: z.object({ country: countrySchema, body: z.string().optional() }),
  to: z.object({ country: countrySchema, body: z.string().optional() }),
  direction: z.enum(['unilateral', 'mutual']),
  mode: z.enum(['automatic', 'conditional']),
  measures: z.array(measureKindSchema),
  scope: z.object({
    qualificationIds: z.array(z.string()),
    occupations: z.array(z.string()),
    levels: z.array(z.object({ frameworkId: z.string(), levels: z.array(frameworkLevelSchema) })),
  }),
  validFrom: isoDateSchema,
  validUntil: isoDateSchema.optional(),
  source: z.string().min(1),
  demo: z.boolean().optional(),
});

export const agreementVersionSchema = agreementSchema
  .extend({
    status: z.enum(AGREEMENT_STATUSES),
    version: z.int().min(1),
    supersedes: z.string().nullable(),
    supersededBy: z.string().nullable(),
    retiredAt: z.iso.datetime().nullable(),
    retirementReason: z.string().nullable(),
  })
  .meta({ id: 'RecognitionAgreementVersion' });

const evidencedSkillSchema = z.object({
  skillUri: z.string().min(1),
  evidence: z.enum(EVIDENCE_LEVELS),
  source: z.string(),
});

export const evaluateBodySchema = z.object({
  target: targetSpecSchema,
  qualificationIds: z.array(z.string()).default([]),
  qualifications: z.array(qualificationSchema).default([]).describe('ad-hoc qualifications'),
  skills: z.array(evidencedSkillSchema).default([]),
  experience: z
    .array(z.object({ occupation: z.string(), country: countrySchema, months: z.int().min(0) }))
    .default([]),
  asOf: isoDateSchema.optional(),
});

const measureSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('bridging_training'),
    moduleIds: z.array(z.string()),
    skills: z.array(z.string()),
    cost: z.number(),
  }),
  z.object({ kind: z.literal('aptitude_test'), skills: z.array(z.string()) }),
  z.object({
    kind: z.literal('adaptation_period'),
    months: z.int().min(0).max(120),
    skills: z.array(z.string()),
  }),
]);

export const recognitionResultSchema = z
  .object({
    outcome: z.enum(RECOGNITION_OUTCOMES),
    qualificationId: z.string().optional(),
    licenceRequired: z.boolean(),
    coverage: z.object({
      essential: z.array(z.string()),
      covered: z.array(evidencedSkillSchema),
      missing: z.array(z.string()),
    }),
    measures: z.array(measureSchema),
    reasons: z.array(z.looseObject({ kind: z.string() })),
    target: z.looseObject({ country: z.string(), label: z.string() }),
    asOf: z.string(),
    rulesVersion: z.string(),
    considered: z.array(
      z.object({ qualificationId: z.string().optional(), outcome: z.enum(RECOGNITION_OUTCOMES) }),
    ),
    explanation: z.array(z.string()).describe('the reasons and measures in plain words'),
  })
  .meta({ id: 'RecognitionResult' });

const caseStatusSchema = z.enum([
  'submitted',
  'in_review',
  'decided',
  'appealed',
  'appeal_decided',
]);

export const caseSchema = z
  .object({
    id: z.uuid(),
    applicantUserId: z.uuid(),
    target: targetSpecSchema,
    targetCountry: countrySchema,
    qualificationIds: z.array(z.string()),
    status: caseStatusSchema,
    submittedAt: z.iso.datetime(),
    dueAt: z.iso.datetime().nullable(),
    appealDeadline: z.iso.datetime().nullable(),
    outcome: z.enum(RECOGNITION_OUTCOMES).nullable(),
    decisionReasons: z.string().nullable(),
    // Kept as the engine produced it (RecognitionResult without the explanation), or null.
    evaluation: z.unknown().meta({
      type: ['object', 'null'],
      description: 'the evaluation recorded with the case, as the recognition engine produced it',
    }),
    events: z.array(
      z.object({
        at: z.iso.datetime(),
        actorUserId: z.string().nullable(),
        step: z.string(),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'RecognitionCase' });

export const caseStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('start_review') }),
  z.object({
    step: z.literal('decide'),
    outcome: z.enum(RECOGNITION_OUTCOMES),
    reasons: z.string().min(1),
  }),
  z.object({ step: z.literal('appeal'), grounds: z.string().min(1) }),
  z.object({
    step: z.literal('decide_appeal'),
    outcome: z.enum(RECOGNITION_OUTCOMES),
    reasons: z.string().min(1),
  }),
]);
