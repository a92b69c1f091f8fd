import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { compileSerializer } from '../http/compiled-serializer.js';
import { emptyTaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import { testEngines } from '../../test/support/database.js';
import { defaultMatchWeights } from './match-weights.js';
import { presentOpening } from './matching.presenters.js';
import { candidateMatches, openingMatches } from './matching.queries.js';
import { candidateMatchesSchema, openingMatchesSchema } from './matching.schemas.js';
import { matchingFor } from './matching.service.js';
import { startMatchingWorld, type MatchingWorld } from './matching.test-support.js';
import { withPredictedRecognition, withPredictedRecognitionOf } from './prediction.presenters.js';

/** The zod path the routes used before: validate and encode with zod, then `JSON.stringify`. */
const zodSerializer = (schema: z.ZodType) =>
  serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' }) as (
    data: unknown,
  ) => string;

type Payload = Record<string, unknown> & { matches: Record<string, unknown>[] };

/**
 * Variants of a real payload that reach the branches a demo page may not: a null pathway, an
 * absent or null predicted recognition, a named partnership, a field the schema does not declare.
 */
function variants(payload: Payload): Payload[] {
  const first = payload.matches[0];
  if (!first) return [payload];
  const explanation = first.explanation as Record<string, unknown>;
  const withMatch = (match: Record<string, unknown>) => ({
    ...payload,
    matches: [match, ...payload.matches.slice(1)],
  });
  const { predictedRecognition: _, ...noPrediction } = explanation;
  return [
    payload,
    withMatch({ ...first, pathway: null }),
    withMatch({ ...first, explanation: noPrediction }),
    withMatch({ ...first, explanation: { ...explanation, predictedRecognition: null } }),
    withMatch({ ...first, undeclared: 'dropped by both' }),
    ...('partnership' in payload
      ? [{ ...payload, partnership: { id: crypto.randomUUID(), title: 'Named' } }]
      : []),
  ];
}

describe.each(testEngines())('compiled serialisation of match responses, on $name', (engine) => {
  let world: MatchingWorld;
  beforeAll(async () => {
    world = await startMatchingWorld(engine);
  });
  afterAll(() => world.demo.close());

  it('GIVEN real match and shortlist payloads of the demo THEN the compiled serializer writes the same bytes as zod', async () => {
    const { demo } = world;
    const service = await matchingFor(demo.handle.db);
    const asOf = demo.clock.now.toISOString().slice(0, 10);
    const payloads: { schema: z.ZodType; payload: Payload }[] = [];
    for (const person of [...service.people.values()].slice(0, 6)) {
      const { matches, hasMore } = openingMatches(
        service,
        emptyTaxonomyIndex,
        person.candidate,
        { kind: 'vacancy', limit: 10, offset: 0 },
        defaultMatchWeights,
      );
      payloads.push({
        schema: openingMatchesSchema,
        payload: {
          candidateId: person.candidate.id,
          candidateName: person.name,
          partnership: null,
          partnerships: [],
          weights: defaultMatchWeights,
          limit: 10,
          offset: 0,
          matches: await withPredictedRecognition(
            service,
            emptyTaxonomyIndex,
            person,
            matches,
            asOf,
          ),
          hasMore,
        },
      });
    }
    const openings = [...service.openings.all()].slice(0, 6);
    for (const opening of openings) {
      const { matches, hasMore } = candidateMatches(
        service,
        emptyTaxonomyIndex,
        opening,
        { audience: 'coordinator' },
        { limit: 10, offset: 0 },
        defaultMatchWeights,
      );
      payloads.push({
        schema: candidateMatchesSchema,
        payload: {
          opening: presentOpening(opening, emptyTaxonomyIndex),
          audience: 'coordinator',
          weights: defaultMatchWeights,
          limit: 10,
          offset: 0,
          hasMore,
          matches: await withPredictedRecognitionOf(
            service,
            emptyTaxonomyIndex,
            opening,
            matches,
            asOf,
          ),
        },
      });
    }

    const compiled = new Map<z.ZodType, (data: unknown) => string>();
    let compared = 0;
    let matchesCompared = 0;
    let nullPathways = 0;
    for (const { schema, payload } of payloads) {
      const byZod = zodSerializer(schema);
      if (!compiled.has(schema)) compiled.set(schema, compileSerializer(schema));
      for (const variant of variants(payload)) {
        const expected = byZod(variant);
        expect(compiled.get(schema)!(variant)).toBe(expected);
        compared++;
        matchesCompared += variant.matches.length;
        nullPathways += variant.matches.filter((m) => m.pathway === null).length;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(12);
    expect(matchesCompared).toBeGreaterThanOrEqual(5);
    expect(nullPathways).toBeGreaterThan(0);
  });

  it('GIVEN a response the schema does not allow THEN the compiled serializer does not pass a null off as a value', () => {
    const serialise = compileSerializer(openingMatchesSchema);
    const parsed = JSON.parse(
      serialise({
        candidateId: crypto.randomUUID(),
        candidateName: 'A',
        partnership: null,
        partnerships: [],
        weights: defaultMatchWeights,
        limit: 10,
        offset: 0,
        matches: [],
        hasMore: false,
      }),
    ) as { partnership: unknown };
    expect(parsed.partnership).toBeNull();
    expect(() => serialise({ candidateId: 'x' })).toThrow();
  });
});
