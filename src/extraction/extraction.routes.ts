import { z } from 'zod';
import { authorize } from './extraction.policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { extractConcepts } from './extract-concepts.js';
import { lexiconOf } from './extraction-lexicon.store.js';
import { PROPOSAL_CONFIDENCE } from './proposed-hits.js';

const hitSchema = z
  .object({
    uri: z.string(),
    type: z.enum(['occupation', 'skill']),
    preferredLabel: z.string(),
    matchedLabel: z.string(),
    matchedKind: z.enum(['preferred', 'alt', 'hidden']),
    exact: z.boolean(),
    coverage: z.number(),
    confidence: z.number(),
    /** The extractor proposes it as found; the others are suggestions to confirm. */
    proposed: z.boolean(),
  })
  .meta({ id: 'ExtractedConcept' });

/** Skill and occupation extraction from free text, for the person to confirm. */
export const extractionRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/extraction',
    {
      schema: {
        operationId: 'extractConcepts',
        tags: ['extraction'],
        summary: 'ESCO skills and occupations found in a text (CV, job description), ranked',
        security: [{ session: [] }],
        body: z.object({
          text: z.string().min(1).max(20_000),
          type: z.enum(['occupation', 'skill']).optional(),
          limit: z.number().int().min(1).max(100).default(10),
        }),
        response: {
          200: z.object({ hits: z.array(hitSchema) }),
          400: problemSchema,
          401: problemSchema,
        },
      },
    },
    async (request) => {
      authorize(request.actor, 'extraction.run');
      const lexicon = lexiconOf(ctx.taxonomy);
      const { text, type, limit } = request.body;
      const hits = extractConcepts(lexicon, text, { ...(type ? { type } : {}), limit });
      return {
        hits: hits.map((h) => ({
          ...h,
          proposed: h.coverage >= 0.999 && h.confidence >= PROPOSAL_CONFIDENCE,
        })),
      };
    },
  );
};
