import { z } from 'zod';
import {
  cefrLevelSchema,
  countrySchema,
  currencySchema,
  escoOccupationUriSchema,
  escoSkillUriSchema,
  isoDateSchema,
  languageTagSchema,
  longText,
  shortText,
  trackSchema,
} from '../profile-fields.js';

export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'seasonal', 'apprenticeship'] as const;
export const WAGE_PERIODS = ['hour', 'month', 'year'] as const;

/**
 * A language a vacancy requires, at a minimum CEFR level, and optionally at a level per CEFR
 * skill: matching then compares the skills stated (those that matter for the job) and not the
 * general level (docs/matching.md#languages).
 */
export const languageRequirementSchema = z.object({
  tag: languageTagSchema,
  minimumLevel: cefrLevelSchema,
  skills: z
    .object({
      listening: cefrLevelSchema.optional(),
      reading: cefrLevelSchema.optional(),
      spokenInteraction: cefrLevelSchema.optional(),
      spokenProduction: cefrLevelSchema.optional(),
      writing: cefrLevelSchema.optional(),
    })
    .strict()
    .optional(),
});

/** A job offer of an employer, in ESCO terms. */
export const vacancySchema = z
  .object({
    title: shortText,
    /** Employer organisation; set from the actor's organisation when omitted on creation. */
    employerId: z.uuid(),
    partnershipId: z.string().max(100).optional(),
    occupationUri: escoOccupationUriSchema,
    essentialSkills: z.array(escoSkillUriSchema).max(200).default([]),
    optionalSkills: z.array(escoSkillUriSchema).max(200).default([]),
    languages: z.array(languageRequirementSchema).max(10).default([]),
    /** Minimum EQF level of qualification, when one is required. */
    minimumEqfLevel: z.number().int().min(1).max(8).optional(),
    country: countrySchema,
    city: z.string().trim().max(120).optional(),
    positions: z.number().int().min(1).max(100_000),
    wage: z
      .object({
        amount: z.number().positive(),
        currency: currencySchema,
        per: z.enum(WAGE_PERIODS),
      })
      .optional(),
    contractType: z.enum(CONTRACT_TYPES),
    contractMonths: z.number().int().min(1).max(600).optional(),
    /** The legal pathway of the away track: visa or work-permit type. */
    legalPathway: z.string().trim().max(200).optional(),
    track: trackSchema,
    postedOn: isoDateSchema.optional(),
    startDate: isoDateSchema.optional(),
    closesOn: isoDateSchema.optional(),
    description: longText.optional(),
  })
  .meta({ id: 'Vacancy' });

export type Vacancy = z.infer<typeof vacancySchema>;

/** Rule problems a well-formed vacancy can still have, as field paths. Pure. */
export function vacancyProblems(v: Vacancy): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (v.closesOn && v.postedOn && v.closesOn < v.postedOn) {
    problems.push({ field: 'closesOn', reason: 'is before the posting date' });
  }
  const essential = new Set(v.essentialSkills);
  v.optionalSkills.forEach((uri, i) => {
    if (essential.has(uri)) {
      problems.push({ field: `optionalSkills[${i}]`, reason: 'is already an essential skill' });
    }
  });
  if (v.track === 'away' && !v.legalPathway) {
    problems.push({ field: 'legalPathway', reason: 'is required for an away-track vacancy' });
  }
  return problems;
}
