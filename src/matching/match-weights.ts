import { z } from 'zod';

/**
 * How much each part of the score counts, each between 0 and 1 (docs/matching.md#score). A
 * partnership may set its own; these defaults apply otherwise.
 */
export const matchWeightsSchema = z
  .object({
    /** Weight of optional skills beside essential ones (essential skills weigh 1). */
    optionalSkills: z.number().min(0).max(1),
    /** Credit for a required skill met only by a broader or narrower skill in the hierarchy. */
    partialSkill: z.number().min(0).max(1),
    /** Share of the base score that occupation proximity (experience) takes. */
    occupationProximity: z.number().min(0).max(1),
    /** How much self-declared and assessed skills count less than certified ones. */
    evidence: z.number().min(0).max(1),
    /** How much a language below the required CEFR level lowers the score. */
    language: z.number().min(0).max(1),
    /** How much a qualification level below the minimum, or a refused recognition, lowers it. */
    qualification: z.number().min(0).max(1),
    /** How much a country or track the candidate did not choose lowers it. */
    preferences: z.number().min(0).max(1),
    /** How much a job or programme away from where the track expects the person lowers it. */
    location: z.number().min(0).max(1),
  })
  .strict()
  .meta({ id: 'MatchWeights' });

export type MatchWeights = z.infer<typeof matchWeightsSchema>;

export const defaultMatchWeights: MatchWeights = {
  optionalSkills: 0.3,
  partialSkill: 0.5,
  occupationProximity: 0.15,
  evidence: 1,
  language: 1,
  qualification: 1,
  preferences: 1,
  location: 1,
};
