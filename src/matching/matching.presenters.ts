import { z } from 'zod';
import { CEFR_LEVELS, EVIDENCE_LEVELS, TRACKS } from '../people/profile-fields.js';
import { planBridgingTraining, type BridgingCatalogue } from '../recognition/compensation.js';
import { RECOGNITION_OUTCOMES } from '../recognition/outcome.js';
import type { TrainingModule } from '../recognition/training-module.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import type { MatchExplanation, SkillCoverage } from './explain-match.js';
import type { MatchOpening } from './match-profiles.js';
import { matchWeightsSchema, type MatchWeights } from './match-weights.js';
import { predictedRecognitionSchema } from './prediction.presenters.js';
import { SCORE_BANDS } from './readable-score.js';
import type { LanguageCourse } from './language-courses.js';
import { CEFR_SKILLS } from './language-levels.js';

/** The shapes of match results at the API boundary, and how results become them. */
const concept = z.object({ uri: z.string(), label: z.string() });
const coverageSchema = z.object({
  held: z.array(concept.extend({ evidence: z.enum(EVIDENCE_LEVELS) })),
  partial: z.array(concept.extend({ via: concept })),
  missing: z.array(concept),
});

/**
 * The score as people read it (docs/matching.md#readable-scores): the exact score as a share of
 * what a complete fit on paper scores for the opening, capped at 100, and its band.
 */
export const ratingSchema = z
  .object({
    value: z.number().int().min(0).max(100),
    band: z.enum(SCORE_BANDS),
    /** What a complete fit on paper scores for this opening (exact scale). */
    attainable: z.number(),
  })
  .meta({ id: 'MatchRating' });

export const explanationSchema = z
  .object({
    score: z.number(),
    rating: ratingSchema,
    skillFit: z.number(),
    essential: coverageSchema,
    optional: coverageSchema,
    proximity: z.object({
      value: z.number(),
      via: concept.nullable(),
      basis: z.enum(['same_occupation', 'isco_group', 'shared_skills']).nullable(),
    }),
    language: z.object({
      factor: z.number(),
      languages: z.array(
        z.object({
          tag: z.string(),
          /** The CEFR skill compared (the one furthest short), or null for the general level. */
          skill: z.enum(CEFR_SKILLS).nullable(),
          required: z.enum(CEFR_LEVELS),
          held: z.enum(CEFR_LEVELS).nullable(),
        }),
      ),
    }),
    qualification: z.object({
      factor: z.number(),
      requiredEqfLevel: z.number().nullable(),
      heldEqfLevel: z.number().nullable(),
      recognition: z.enum(RECOGNITION_OUTCOMES).nullable(),
    }),
    preferences: z.object({
      factor: z.number(),
      misses: z.array(z.enum(['country_not_preferred', 'track_not_preferred'])),
    }),
    location: z.object({
      factor: z.number(),
      miss: z.enum(['home_track_abroad', 'away_track_at_home']).nullable(),
    }),
    /** The inputs of the skill fit in fixed point: the score can be recomputed from them. */
    units: z.object({
      unit: z.number(),
      earned: z.object({ essential: z.number(), optional: z.number() }),
      possible: z.object({ essential: z.number(), optional: z.number() }),
    }),
    weights: matchWeightsSchema,
    /** Where no case is decided: the engine's predicted recognition (docs/matching.md). */
    predictedRecognition: predictedRecognitionSchema.nullable().optional(),
  })
  .meta({ id: 'MatchExplanation' });

export const pathwaySchema = z
  .object({
    /** `exact`: the cheapest set of modules; `greedy`: within `bound` × the cheapest. */
    method: z.enum(['exact', 'greedy']),
    bound: z.number(),
    modules: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        provider: z.string(),
        country: z.string().nullable(),
        hours: z.number(),
        cost: z.number(),
        skills: z.array(concept),
      }),
    ),
    hours: z.number(),
    cost: z.number(),
    uncoverable: z.array(concept),
  })
  .meta({ id: 'GapPathway' });

const CEFR_OF = [null, ...CEFR_LEVELS] as const;

export const languageCourseSchema = z
  .object({
    tag: z.string(),
    skill: z.enum(CEFR_SKILLS).nullable(),
    required: z.enum(CEFR_LEVELS),
    held: z.enum(CEFR_LEVELS).nullable(),
    /** The cheapest modules a person can reach that teach the language; empty when none does. */
    modules: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        provider: z.string(),
        country: z.string().nullable(),
        hours: z.number(),
        cost: z.number(),
      }),
    ),
  })
  .meta({ id: 'LanguageCourse' });

/** The language gaps of a match and the courses that close them. */
export function presentLanguageCourses(courses: readonly LanguageCourse[]) {
  return courses.map(({ gap, modules }) => ({
    tag: gap.tag,
    skill: gap.skill,
    required: CEFR_OF[gap.required]!,
    held: CEFR_OF[gap.held] ?? null,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      provider: m.provider,
      country: m.country ?? null,
      hours: m.hours,
      cost: m.cost,
    })),
  }));
}

export const openingSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['vacancy', 'programme']),
    title: z.string(),
    organisationId: z.string(),
    partnershipId: z.string().nullable(),
    country: z.string(),
    track: z.enum(TRACKS),
    occupation: concept.nullable(),
  })
  .meta({ id: 'MatchOpening' });

const CEFR = [null, ...CEFR_LEVELS] as const;

export function presentOpening(o: MatchOpening, taxonomy: TaxonomyIndex) {
  return {
    id: o.id,
    kind: o.kind,
    title: o.title,
    organisationId: o.organisationId,
    partnershipId: o.partnershipId,
    country: o.country,
    track: o.track,
    occupation: o.occupationUri ? labelled(o.occupationUri, taxonomy) : null,
  };
}

function labelled(uri: string, taxonomy: TaxonomyIndex) {
  return { uri, label: taxonomy.concept(uri)?.preferredLabel ?? uri };
}

function presentCoverage(c: SkillCoverage, taxonomy: TaxonomyIndex) {
  return {
    held: c.held.map((h) => ({ ...labelled(h.uri, taxonomy), evidence: h.evidence })),
    partial: c.partial.map((p) => ({
      ...labelled(p.uri, taxonomy),
      via: labelled(p.via, taxonomy),
    })),
    missing: c.missing.map((uri) => labelled(uri, taxonomy)),
  };
}

export function presentRating(e: Pick<MatchExplanation, 'readable'>) {
  return { value: e.readable.value, band: e.readable.band, attainable: e.readable.attainable };
}

export function presentExplanation(
  e: MatchExplanation,
  opening: MatchOpening,
  weights: MatchWeights,
  taxonomy: TaxonomyIndex,
): z.infer<typeof explanationSchema> {
  return {
    score: e.score,
    rating: presentRating(e),
    skillFit: e.fit,
    essential: presentCoverage(e.essential, taxonomy),
    optional: presentCoverage(e.optional, taxonomy),
    proximity: {
      value: e.proximity.value,
      via: e.proximity.via ? labelled(e.proximity.via, taxonomy) : null,
      basis: e.proximity.basis,
    },
    language: {
      factor: e.language.factor,
      languages: e.language.languages.map((l) => ({
        tag: l.tag,
        skill: l.skill,
        required: CEFR[l.required]!,
        held: CEFR[l.held] ?? null,
      })),
    },
    qualification: {
      factor: e.qualification.factor,
      requiredEqfLevel: opening.minimumEqfLevel,
      heldEqfLevel: e.heldEqfLevel,
      recognition: e.qualification.recognition,
    },
    preferences: e.preferences,
    location: e.location,
    units: { unit: e.unit, earned: e.earnedUnits, possible: e.possibleUnits },
    weights,
  };
}

/**
 * The training that closes a vacancy's gap: the cheapest modules of the catalogue (programme
 * modules and bridging modules) teaching the essential skills the person lacks or holds only in
 * part. Null when nothing is missing.
 */
export function gapPathway(
  e: MatchExplanation,
  catalogue: readonly TrainingModule[] | BridgingCatalogue,
  taxonomy: TaxonomyIndex,
): z.infer<typeof pathwaySchema> | null {
  const gap = [...e.essential.missing, ...e.essential.partial.map((p) => p.uri)];
  if (gap.length === 0) return null;
  const plan = planBridgingTraining(gap, catalogue);
  const wanted = new Set(gap);
  return {
    method: plan.method,
    bound: plan.bound,
    modules: plan.modules.map((m) => ({
      id: m.id,
      title: m.title,
      provider: m.provider,
      country: m.country ?? null,
      hours: m.hours,
      cost: m.cost,
      skills: m.skills.filter((s) => wanted.has(s)).map((s) => labelled(s, taxonomy)),
    })),
    hours: plan.modules.reduce((sum, m) => sum + m.hours, 0),
    cost: plan.cost,
    uncoverable: plan.uncoverable.map((s) => labelled(s, taxonomy)),
  };
}
