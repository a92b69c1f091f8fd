import { z } from 'zod';
import { RECOGNITION_OUTCOMES } from '../recognition/outcome.js';
import type { RecognitionPrediction } from '../recognition/prediction.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import type { MatchingService } from './matching.service.js';
import { bestPrediction, predictionKeys } from './recognition-prediction.js';

const concept = z.object({ uri: z.string(), label: z.string() });

/** The engine's predicted recognition of a match, labelled as a prediction (not a decision). */
export const predictedRecognitionSchema = z
  .object({
    /** Always `predicted`: no case is decided for this destination; an officer may decide otherwise. */
    status: z.literal('predicted'),
    outcome: z.enum(RECOGNITION_OUTCOMES),
    qualificationId: z.string(),
    licenceRequired: z.boolean(),
    asOf: z.string(),
    /** The compensation pathway the engine proposes (empty when nothing is missing). */
    compensation: z.array(
      z.object({
        kind: z.enum(['bridging_training', 'aptitude_test', 'adaptation_period']),
        skills: z.array(concept),
        modules: z.array(z.object({ id: z.string(), title: z.string() })),
        cost: z.number().nullable(),
        months: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'PredictedRecognition' });

export type PresentedPrediction = z.infer<typeof predictedRecognitionSchema>;

/** A prediction for the API: skills labelled, modules named from the catalogue. */
export function presentPrediction(
  p: RecognitionPrediction,
  titles: ReadonlyMap<string, string>,
  taxonomy: TaxonomyIndex,
): PresentedPrediction {
  const label = (uri: string) => ({ uri, label: taxonomy.concept(uri)?.preferredLabel ?? uri });
  return {
    status: 'predicted',
    outcome: p.outcome,
    qualificationId: p.qualificationId,
    licenceRequired: p.licenceRequired,
    asOf: p.asOf,
    compensation: p.measures.map((m) => ({
      kind: m.kind,
      skills: m.skills.map(label),
      modules:
        m.kind === 'bridging_training'
          ? m.moduleIds.map((id) => ({ id, title: titles.get(id) ?? id }))
          : [],
      cost: m.kind === 'bridging_training' ? m.cost : null,
      months: m.kind === 'adaptation_period' ? m.months : null,
    })),
  };
}

/** The catalogue's module titles by id, read only when needed (kept until a module changes). */
function moduleTitles(service: MatchingService): () => ReadonlyMap<string, string> {
  return () => service.training().titlesById();
}

/** The predicted recognition of one person for one opening, presented; null where none applies. */
async function predictionFor(
  service: MatchingService,
  titles: () => ReadonlyMap<string, string>,
  taxonomy: TaxonomyIndex,
  person: { candidate: MatchCandidate; qualificationIds: readonly string[] } | undefined,
  opening: MatchOpening | undefined,
  asOf: string,
): Promise<PresentedPrediction | null> {
  if (!person || !opening) return null;
  const keys = predictionKeys(person.candidate, person.qualificationIds, opening, asOf);
  const best = bestPrediction(await Promise.all(keys.map((k) => service.predictedRecognition(k))));
  return best ? presentPrediction(best, titles(), taxonomy) : null;
}

type WithPrediction<M extends { explanation: object }> = M & {
  explanation: M['explanation'] & { predictedRecognition: PresentedPrediction | null };
};

/**
 * Adds to each of a person's matches the engine's predicted recognition (null where a case is
 * decided, the opening is no vacancy with an occupation, or the person names no catalogue
 * qualification). Predictions are cached by the service.
 */
export function withPredictedRecognition<
  M extends { opening: { id: string }; explanation: object },
>(
  service: MatchingService,
  taxonomy: TaxonomyIndex,
  person: { candidate: MatchCandidate; qualificationIds: readonly string[] },
  matches: M[],
  asOf: string,
): Promise<WithPrediction<M>[]> {
  const titles = moduleTitles(service);
  return Promise.all(
    matches.map(async (match) => {
      const opening = service.openings.get(match.opening.id);
      const predictedRecognition = await predictionFor(
        service,
        titles,
        taxonomy,
        person,
        opening,
        asOf,
      );
      return { ...match, explanation: { ...match.explanation, predictedRecognition } };
    }),
  );
}

/** The same for a shortlist: each candidate's predicted recognition for the one opening. */
export function withPredictedRecognitionOf<
  M extends { candidate: { id: string }; explanation: object },
>(
  service: MatchingService,
  taxonomy: TaxonomyIndex,
  opening: MatchOpening,
  matches: M[],
  asOf: string,
): Promise<WithPrediction<M>[]> {
  const titles = moduleTitles(service);
  return Promise.all(
    matches.map(async (match) => {
      const person = service.people.get(match.candidate.id);
      const predictedRecognition = await predictionFor(
        service,
        titles,
        taxonomy,
        person,
        opening,
        asOf,
      );
      return { ...match, explanation: { ...match.explanation, predictedRecognition } };
    }),
  );
}
