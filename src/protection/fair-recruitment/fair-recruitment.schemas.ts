import { z } from 'zod';
import { countrySchema, currencySchema, isoDateSchema } from '../../people/profile-fields.js';
import {
  COMPLIANCE_ROLES,
  CONTRACT_STAGES,
  COST_KINDS,
  PAYERS,
  WAGE_PERIODS,
} from './vocabulary.js';

const amount = z.number().positive().max(1e9);

export const contractTermsSchema = z
  .object({
    wage: z.object({ amount, currency: currencySchema, per: z.enum(WAGE_PERIODS) }).nullable(),
    hoursPerWeek: z.number().positive().max(168).nullable(),
    occupationUri: z.string().trim().min(1).max(300).nullable(),
    country: countrySchema.nullable(),
    city: z.string().trim().min(1).max(120).nullable(),
  })
  .meta({ id: 'ContractTerms' });

export const contractVersionInputSchema = z.object({
  terms: contractTermsSchema,
  statedOn: isoDateSchema,
});

const fieldDifferenceSchema = z.object({
  field: z.enum(['wage', 'hoursPerWeek', 'occupationUri', 'place']),
  changePercent: z.number().nullable(),
  beyondTolerance: z.boolean(),
  reason: z.string().nullable(),
});

export const termsComparisonSchema = z
  .object({
    from: z.enum(CONTRACT_STAGES),
    to: z.enum(CONTRACT_STAGES),
    differences: z.array(fieldDifferenceSchema),
    substitution: z.boolean(),
  })
  .meta({ id: 'ContractTermsComparison' });

const versionSchema = z.object({ terms: contractTermsSchema, statedOn: z.string() });

export const contractSchema = z
  .object({
    id: z.uuid(),
    partnershipId: z.uuid(),
    candidateId: z.uuid(),
    personName: z.string(),
    vacancyId: z.uuid().nullable(),
    employerId: z.uuid(),
    employerName: z.string(),
    recruiterId: z.uuid().nullable(),
    recruiterName: z.string().nullable(),
    versions: z.object({
      offer: versionSchema.nullable(),
      signed: versionSchema.nullable(),
      actual: versionSchema.nullable(),
    }),
    comparisons: z.array(termsComparisonSchema),
    substitution: z.boolean(),
  })
  .meta({ id: 'PlacementContract' });

export const newContractSchema = z.object({
  partnershipId: z.uuid(),
  candidateId: z.uuid(),
  /** The vacancy the offer comes from; its employer is the contract's. */
  vacancyId: z.uuid().optional(),
  /** Required when no vacancy is named. */
  employerId: z.uuid().optional(),
  recruiterId: z.uuid().optional(),
});

export const costSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(COST_KINDS),
    amount: z.number(),
    currency: z.string(),
    paidBy: z.enum(PAYERS),
    paidOn: z.string().nullable(),
    /** The partnership's agreement says the employer pays this kind, and the worker paid it. */
    employerShouldPay: z.boolean(),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'RecruitmentCost' });

export const newCostSchema = z.object({
  contractId: z.uuid(),
  kind: z.enum(COST_KINDS),
  amount,
  currency: currencySchema,
  paidBy: z.enum(PAYERS),
  paidOn: isoDateSchema.optional(),
});

export const rulesSchema = z
  .object({
    employerPays: z.array(z.enum(COST_KINDS)).max(COST_KINDS.length),
    tolerances: z.object({
      wageDropPercent: z.number().min(0).max(100),
      hoursRisePercent: z.number().min(0).max(1000),
      occupationMustMatch: z.boolean(),
      placeMustMatch: z.boolean(),
    }),
  })
  .meta({ id: 'FairRecruitmentRules' });

/** SDG 10.7.1 over a group; a null count was withheld (fewer than the threshold). */
const groupSchema = z.object({
  people: z.number().int().nullable(),
  computed: z.number().int().nullable(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  shareWhoPaid: z.number().nullable(),
  peopleWithEmployerPaysFlags: z.number().int().nullable(),
  /** Whether figures were withheld: groups of few people, read by someone outside the partnership's management. */
  suppressed: z.boolean(),
});

export const reportSchema = z
  .object({
    partnershipId: z.uuid(),
    indicator: z.literal('SDG 10.7.1'),
    definition: z.string(),
    rules: rulesSchema,
    rulesAreDefault: z.boolean(),
    /** Counts under this are withheld (null) for readers who do not manage the partnership. */
    smallCountThreshold: z.number().int(),
    overall: groupSchema,
    byCohort: z.array(groupSchema.extend({ cohort: z.string() })),
    /** Each person's line: only for the partnership's coordinators. */
    people: z
      .array(
        z.object({
          candidateId: z.uuid(),
          cohort: z.string(),
          workerCost: z.number(),
          monthlyIncome: z.object({ amount: z.number(), currency: z.string() }).nullable(),
          ratio: z.number().nullable(),
          notComputable: z.string().nullable(),
          employerPaysFlags: z.array(
            z.object({ kind: z.enum(COST_KINDS), amount: z.number(), currency: z.string() }),
          ),
        }),
      )
      .nullable(),
    substitutionFlags: z.number().int(),
    /** The flagged contracts: only for the partnership's coordinators. */
    substitutions: z
      .array(
        z.object({ contractId: z.uuid(), employerId: z.uuid(), recruiterId: z.uuid().nullable() }),
      )
      .nullable(),
  })
  .meta({ id: 'FairRecruitmentReport' });

export const suspensionSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    role: z.enum(COMPLIANCE_ROLES),
    reason: z.string(),
    suspendedAt: z.iso.datetime(),
    liftedAt: z.iso.datetime().nullable(),
    liftReason: z.string().nullable(),
  })
  .meta({ id: 'PartnershipSuspension' });

export const complianceRecordSchema = z
  .object({
    organisationId: z.uuid(),
    name: z.string(),
    role: z.enum(COMPLIANCE_ROLES),
    /** Each figure below is null when withheld for small counts (see `suppressed`). */
    placements: z.number().int().nullable(),
    substitutionFlags: z.number().int().nullable(),
    feesChargedToWorkers: z.number().int().nullable(),
    employerPaysBreaches: z.number().int().nullable(),
    amountsChargedToWorkers: z.record(z.string(), z.number()).nullable(),
    /** Grievances concerning it in the partnership that were resolved with a remedy. */
    grievancesUpheld: z.number().int().nullable(),
    /** Facts about the organisation, never withheld. */
    flags: z.object({
      substitution: z.boolean(),
      employerPaysBreached: z.boolean(),
      grievanceUpheld: z.boolean(),
    }),
    /** Whether figures were withheld: too few people behind them, read by someone who neither manages the partnership nor is the organisation. */
    suppressed: z.boolean(),
    suspension: suspensionSchema.nullable(),
  })
  .meta({ id: 'ComplianceRecord' });

export const suspendSchema = z.object({
  organisationId: z.uuid(),
  role: z.enum(COMPLIANCE_ROLES),
  reason: z.string().trim().min(3).max(2000),
});

export const liftSchema = z.object({ reason: z.string().trim().min(3).max(2000) });
