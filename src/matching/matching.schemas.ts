import { z } from 'zod';
import {
  explanationSchema,
  languageCourseSchema,
  openingSchema,
  pathwaySchema,
  ratingSchema,
} from './matching.presenters.js';
import { matchWeightsSchema } from './match-weights.js';

/** The responses of the match and shortlist routes: large, serialised by a compiled serializer. */
const partnershipRef = z.object({ id: z.uuid(), title: z.string() });
const openingMatch = z.object({
  opening: openingSchema,
  /** The exact score 0–100 the ranking uses. */
  score: z.number(),
  rating: ratingSchema,
  explanation: explanationSchema,
  pathway: pathwaySchema.nullable(),
  /** Each language the person is short of, with the courses that teach it. */
  languageCourses: z.array(languageCourseSchema),
});
export const openingMatchesSchema = z
  .object({
    candidateId: z.uuid(),
    /** The person's name, as whoever may see their matches may see it. */
    candidateName: z.string(),
    /** The partnership whose weights rank the matches; null for the default weights. */
    partnership: partnershipRef.nullable(),
    /** The active partnerships whose corridors start where the person lives. */
    partnerships: z.array(partnershipRef),
    weights: matchWeightsSchema,
    limit: z.number(),
    offset: z.number(),
    matches: z.array(openingMatch),
    /** Whether more matches follow this page. */
    hasMore: z.boolean(),
  })
  .meta({ id: 'OpeningMatches' });
export const candidateMatchesSchema = z
  .object({
    opening: openingSchema,
    audience: z.enum(['employer', 'coordinator']),
    weights: matchWeightsSchema,
    limit: z.number(),
    offset: z.number(),
    /** Whether more matches follow this page. */
    hasMore: z.boolean(),
    matches: z.array(
      z.object({
        candidate: z.object({ id: z.uuid(), name: z.string(), residenceCountry: z.string() }),
        score: z.number(),
        rating: ratingSchema,
        explanation: explanationSchema,
        pathway: pathwaySchema.nullable(),
        languageCourses: z.array(languageCourseSchema),
      }),
    ),
  })
  .meta({ id: 'CandidateMatches' });
