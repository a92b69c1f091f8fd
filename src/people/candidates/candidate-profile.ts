import { z } from 'zod';
import {
  cefrLevelSchema,
  countrySchema,
  escoOccupationUriSchema,
  escoSkillUriSchema,
  evidenceLevelSchema,
  isoDateSchema,
  languageTagSchema,
  longText,
  shortText,
  trackSchema,
} from '../profile-fields.js';

/** A skill a person holds, how it is known and where that knowledge comes from. */
export const candidateSkillSchema = z.object({
  uri: escoSkillUriSchema,
  evidence: evidenceLevelSchema,
  /** Where the evidence comes from: "self", an import file, an RPL assessment, a certificate. */
  source: shortText,
});

/** A language with its CEFR self-assessment grid (listening, reading, speaking, writing). */
export const candidateLanguageSchema = z.object({
  tag: languageTagSchema,
  native: z.boolean().default(false),
  listening: cefrLevelSchema.optional(),
  reading: cefrLevelSchema.optional(),
  speaking: cefrLevelSchema.optional(),
  writing: cefrLevelSchema.optional(),
});

export const qualificationEntrySchema = z.object({
  title: shortText,
  awardingBody: z.string().trim().max(200).optional(),
  country: countrySchema.optional(),
  /** EQF level 1–8 when known. */
  eqfLevel: z.number().int().min(1).max(8).optional(),
  /** ISCED 2011 level 0–8 when known. */
  iscedLevel: z.number().int().min(0).max(8).optional(),
  awardedOn: isoDateSchema.optional(),
  /** A qualification of the recognition catalogue, when it is one. */
  qualificationId: z.string().max(200).optional(),
});

export const experienceEntrySchema = z.object({
  title: shortText,
  occupationUri: escoOccupationUriSchema.optional(),
  employer: z.string().trim().max(200).optional(),
  country: countrySchema.optional(),
  /** Whether the work was formal (contract, declared) or informal. */
  formal: z.boolean(),
  years: z.number().min(0).max(70).optional(),
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.optional(),
  description: longText.optional(),
});

export const preferencesSchema = z.object({
  destinationCountries: z.array(countrySchema).max(50).default([]),
  tracks: z.array(trackSchema).max(3).default([]),
  /** Sectors of interest (ISCO major groups or free words). */
  sectors: z.array(shortText).max(30).default([]),
});

export const availabilitySchema = z.object({
  availableFrom: isoDateSchema.optional(),
  noticeWeeks: z.number().int().min(0).max(104).optional(),
});

export const genderSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['female', 'male', 'non_binary', 'undisclosed']) }),
  z.object({ kind: z.literal('self_described'), description: shortText }),
]);

/** Everything a candidate's profile holds; consent lives beside it (it has its own history). */
export const candidateProfileSchema = z
  .object({
    name: shortText,
    residenceCountry: countrySchema,
    nationality: countrySchema,
    gender: genderSchema.optional(),
    birthYear: z.number().int().min(1900).max(2100).optional(),
    headline: z.string().trim().max(300).optional(),
    skills: z.array(candidateSkillSchema).max(500).default([]),
    languages: z.array(candidateLanguageSchema).max(30).default([]),
    qualifications: z.array(qualificationEntrySchema).max(50).default([]),
    experience: z.array(experienceEntrySchema).max(100).default([]),
    preferences: preferencesSchema.default({ destinationCountries: [], tracks: [], sectors: [] }),
    availability: availabilitySchema.default({}),
  })
  .meta({ id: 'CandidateProfile' });

export type CandidateProfile = z.infer<typeof candidateProfileSchema>;
export type CandidateSkill = z.infer<typeof candidateSkillSchema>;
export type CandidateLanguage = z.infer<typeof candidateLanguageSchema>;
export type ExperienceEntry = z.infer<typeof experienceEntrySchema>;

const EVIDENCE_RANK = { self_declared: 0, assessed: 1, certified: 2 } as const;

/**
 * Adds skills to a profile's list: one entry per skill, keeping the strongest evidence (a
 * self-declaration never downgrades a certified skill). Pure.
 */
export function mergeSkills(
  current: readonly CandidateSkill[],
  added: readonly CandidateSkill[],
): CandidateSkill[] {
  const byUri = new Map(current.map((s) => [s.uri, s]));
  for (const skill of added) {
    const held = byUri.get(skill.uri);
    if (!held || EVIDENCE_RANK[skill.evidence] > EVIDENCE_RANK[held.evidence]) {
      byUri.set(skill.uri, skill);
    }
  }
  return [...byUri.values()];
}

/** Date-order problems of the experience entries, as field paths (`experience[2].endDate`). */
export function experienceDateProblems(
  experience: readonly ExperienceEntry[],
): { field: string; reason: string }[] {
  return experience.flatMap((e, i) =>
    e.startDate && e.endDate && e.endDate < e.startDate
      ? [{ field: `experience[${i}].endDate`, reason: 'is before the start date' }]
      : [],
  );
}
