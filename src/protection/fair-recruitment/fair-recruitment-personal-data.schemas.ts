import { z } from 'zod';
import { CONTRACT_STAGES, COST_KINDS, PAYERS, WAGE_PERIODS } from './vocabulary.js';

/**
 * The fair-recruitment sections of a person's data export (`GET /api/candidates/me/export`):
 * their placement contracts with each version's terms, and the recruitment costs recorded for
 * them. Organisations by name; nothing about other workers of the same employer.
 */

/** The terms as stored (the request's limits are not checked again on the way out). */
const exportedTermsSchema = z.object({
  wage: z
    .object({ amount: z.number(), currency: z.string(), per: z.enum(WAGE_PERIODS) })
    .nullable(),
  hoursPerWeek: z.number().nullable(),
  occupationUri: z.string().nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
});

export const exportedPlacementContractSchema = z.object({
  partnership: z.string(),
  employer: z.string(),
  recruiter: z.string().nullable(),
  vacancy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  versions: z.array(
    z.object({
      stage: z.enum(CONTRACT_STAGES),
      terms: exportedTermsSchema,
      statedOn: z.iso.date(),
      recordedAt: z.iso.datetime(),
    }),
  ),
});

export const exportedRecruitmentCostSchema = z.object({
  partnership: z.string(),
  kind: z.enum(COST_KINDS),
  amount: z.number(),
  currency: z.string(),
  paidBy: z.enum(PAYERS),
  paidOn: z.iso.date().nullable(),
  employer: z.string().nullable(),
  recruiter: z.string().nullable(),
  recordedAt: z.iso.datetime(),
});

/** The keys the fair-recruitment area adds to the export. */
export const fairRecruitmentPersonalDataShape = {
  placementContracts: z
    .array(exportedPlacementContractSchema)
    .describe("The person's placement contracts, with the terms of each version"),
  recruitmentCosts: z
    .array(exportedRecruitmentCostSchema)
    .describe('The recruitment costs recorded for the person'),
};

export type ExportedPlacementContract = z.infer<typeof exportedPlacementContractSchema>;
export type ExportedRecruitmentCost = z.infer<typeof exportedRecruitmentCostSchema>;
