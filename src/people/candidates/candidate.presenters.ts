import { z } from 'zod';
import { candidateProfileSchema } from './candidate-profile.js';
import type { CandidateRecord } from './candidate.store.js';
import { consentPurposeSchema, consentedPurposes } from './consent.js';

export const consentSchema = z.object({
  purpose: consentPurposeSchema,
  grantedAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
});

export const candidateSchema = z
  .object({
    id: z.uuid(),
    profile: candidateProfileSchema,
    consentedPurposes: z.array(consentPurposeSchema),
    consents: z.array(consentSchema),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Candidate' });

export const importReportSchema = z
  .object({
    format: z.string(),
    mapped: z.array(z.string()),
    unmapped: z.array(z.object({ path: z.string(), reason: z.string() })),
  })
  .meta({ id: 'ImportReport' });

/** A candidate as the API shows it (never the row). */
export function presentCandidate(c: CandidateRecord): z.infer<typeof candidateSchema> {
  return {
    id: c.id,
    profile: c.profile,
    consentedPurposes: consentedPurposes(c.consents),
    consents: c.consents.map((r) => ({
      purpose: r.purpose,
      grantedAt: r.grantedAt.toISOString(),
      withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    })),
    updatedAt: c.updatedAt.toISOString(),
  };
}
