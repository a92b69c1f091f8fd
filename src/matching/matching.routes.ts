import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import type { AreaRoutes } from '../http/context.js';
import { candidateMatchesSchema, openingMatchesSchema } from './matching.schemas.js';
import { compiledSerializerCompiler } from '../http/compiled-serializer.js';
import { problemSchema } from '../http/problem.js';
import { asResource } from '../partnerships/partnership.routes.js';
import { requirePartnership, unknownPartnership } from '../partnerships/partnership.store.js';
import { cohortPartnershipsOf } from '../people/candidates/candidate-scope.js';
import { findCandidateOfUser } from '../people/candidates/candidate.store.js';
import { notFound } from '../shared/errors.js';
import type { Track } from '../people/profile-fields.js';
import { candidateMatches, occupationSuggestions, openingMatches } from './matching.queries.js';
import { defaultMatchWeights, matchWeightsSchema } from './match-weights.js';
import { authorize, can, shortlistAudience } from './matching.policy.js';
import { presentOpening } from './matching.presenters.js';
import { matchingFor, type MatchingService } from './matching.service.js';
import { withPredictedRecognition, withPredictedRecognitionOf } from './prediction.presenters.js';
import { readWeights, saveWeights } from './matching.store.js';

const csv = (item: RegExp, what: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${item.source}(,${item.source})*$`),
      `must be a comma-separated list of ${what}`,
    )
    .optional();
const split = (value: string | undefined) => (value ? value.split(',') : undefined);

const page = {
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(500).default(0),
};
const openingQuery = z.object({
  kind: z.enum(['vacancy', 'programme']).default('vacancy'),
  country: csv(/[A-Z]{2}/, 'ISO 3166-1 alpha-2 country codes'),
  track: csv(/(home|away|study)/, 'tracks (home, away, study)'),
  occupationGroup: z
    .string()
    .regex(/^\d{1,4}$/, 'must be an ISCO-08 code of 1 to 4 digits')
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'must be a language subtag such as fr')
    .optional(),
  /**
   * Rank with this partnership's weights, or `none` for the defaults; when absent, the person's
   * own partnership's if they take part in exactly one.
   */
  partnershipId: z.union([z.uuid(), z.literal('none')]).optional(),
  ...page,
});
const candidateQuery = z.object({
  residence: csv(/[A-Z]{2}/, 'ISO 3166-1 alpha-2 country codes'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'must be a language subtag such as fr')
    .optional(),
  /** Rank with this partnership's weights (the opening's partnership's otherwise). */
  partnershipId: z.uuid().optional(),
  ...page,
});

const weightsResponse = z.object({
  partnershipId: z.uuid(),
  custom: z.boolean(),
  weights: matchWeightsSchema,
});
const concept = z.object({ uri: z.string(), label: z.string() });
const occupationSuggestionsSchema = z
  .object({
    candidateId: z.uuid(),
    suggestions: z.array(
      z.object({
        occupation: concept,
        iscoCode: z.string().nullable(),
        score: z.number(),
        supportingSkills: z.array(concept),
        essentialSkills: z.number(),
      }),
    ),
  })
  .meta({ id: 'OccupationSuggestions' });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Ranked, explained matches both ways, and the weights partnerships rank with. */
export const matchingRoutes: AreaRoutes = async (app, ctx) => {
  const visiblePerson = async (
    service: MatchingService,
    candidateId: string,
    actor: Parameters<typeof authorize>[0],
  ) => {
    const who = authenticated(actor);
    const person = service.people.get(candidateId);
    // Like profiles, matches of a person one may not see do not exist for the asker.
    if (
      !person ||
      !can(who, 'match.forCandidate', {
        userId: person.userId,
        consents: person.purposes,
        cohortOf: cohortPartnershipsOf(
          [...(await service.partnerships()).cohort.values()],
          person.candidate.residenceCountry,
        ),
      })
    )
      throw notFound('matching.unknown_candidate', 'There is no such candidate.');
    return person;
  };

  const openingsFor = async (
    candidateId: string,
    actor: Parameters<typeof authorize>[0],
    query: z.infer<typeof openingQuery>,
  ) => {
    authenticated(actor); // 401 before anything is looked up
    const service = await matchingFor(ctx.db);
    const person = await visiblePerson(service, candidateId, actor);
    const partnerships = await service.partnerships();
    const ranking = partnerships.ranking(
      person.candidate.residenceCountry,
      query.partnershipId,
      unknownPartnership,
    );
    const weights = partnerships.weightsFor(ranking.chosen?.id);
    const { matches, hasMore } = openingMatches(
      service,
      ctx.taxonomy,
      person.candidate,
      {
        kind: query.kind,
        countries: split(query.country),
        tracks: split(query.track) as Track[] | undefined,
        occupationGroup: query.occupationGroup,
        language: query.language,
        limit: query.limit,
        offset: query.offset,
      },
      weights,
    );
    return {
      candidateId,
      candidateName: person.name,
      partnership: ranking.chosen,
      partnerships: ranking.partnerships,
      weights,
      limit: query.limit,
      offset: query.offset,
      matches: await withPredictedRecognition(
        service,
        ctx.taxonomy,
        person,
        matches,
        ctx.now().toISOString().slice(0, 10),
      ),
      hasMore,
    };
  };

  app.get(
    '/api/matching/candidates/:id/openings',
    {
      serializerCompiler: compiledSerializerCompiler,
      schema: {
        operationId: 'matchCandidateOpenings',
        tags: ['matching'],
        summary:
          "A candidate's best vacancies or programmes, explained, with the training that closes each gap",
        security: [{ session: [] }],
        params: z.object({ id: z.uuid() }),
        querystring: openingQuery,
        response: { 200: openingMatchesSchema, ...errors },
      },
    },
    async (request) => openingsFor(request.params.id, request.actor, request.query),
  );

  app.get(
    '/api/matching/me/openings',
    {
      serializerCompiler: compiledSerializerCompiler,
      schema: {
        operationId: 'matchMyOpenings',
        tags: ['matching'],
        summary: 'The signed-in candidate’s own matches',
        security: [{ session: [] }],
        querystring: openingQuery,
        response: { 200: openingMatchesSchema, ...errors },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const own = await findCandidateOfUser(ctx.db, actor.userId);
      if (!own) throw notFound('matching.no_profile', 'You have no candidate profile yet.');
      return openingsFor(own.id, actor, request.query);
    },
  );

  app.get(
    '/api/matching/candidates/:id/occupations',
    {
      schema: {
        operationId: 'matchCandidateOccupations',
        tags: ['matching'],
        summary:
          'The ESCO occupations a candidate’s skills point to, with the skills that support each',
        security: [{ session: [] }],
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) }),
        response: { 200: occupationSuggestionsSchema, ...errors },
      },
    },
    async (request) => {
      authenticated(request.actor); // 401 before anything is looked up
      const service = await matchingFor(ctx.db);
      const person = await visiblePerson(service, request.params.id, request.actor);
      return {
        candidateId: request.params.id,
        suggestions: occupationSuggestions(
          service,
          ctx.taxonomy,
          person.candidate,
          request.query.limit,
        ),
      };
    },
  );

  app.get(
    '/api/matching/openings/:id/candidates',
    {
      serializerCompiler: compiledSerializerCompiler,
      schema: {
        operationId: 'shortlistOpeningCandidates',
        tags: ['matching'],
        summary: 'An explained shortlist for a vacancy or programme (consenting candidates only)',
        security: [{ session: [] }],
        params: z.object({ id: z.uuid() }),
        querystring: candidateQuery,
        response: { 200: candidateMatchesSchema, ...errors },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const service = await matchingFor(ctx.db);
      const opening = service.openings.get(request.params.id);
      if (!opening)
        throw notFound('matching.unknown_opening', 'There is no such vacancy or programme.');
      const partnerships = await service.partnerships();
      const resource = {
        kind: opening.kind,
        organisationId: opening.organisationId,
        partnership:
          (opening.partnershipId && partnerships.cohort.get(opening.partnershipId)) || null,
      };
      authorize(actor, 'match.shortlist', resource);
      const { query } = request;
      const weights = partnerships.weightsFor(
        query.partnershipId ?? opening.partnershipId ?? undefined,
      );
      const { audience, residenceCountries } = shortlistAudience(actor, resource);
      const asked = split(query.residence);
      const residences =
        residenceCountries && asked
          ? asked.filter((c) => residenceCountries.includes(c))
          : (residenceCountries ?? asked);
      const { matches, hasMore } = candidateMatches(
        service,
        ctx.taxonomy,
        opening,
        {
          audience,
          ...(residences ? { residenceCountries: residences } : {}),
          ...(query.language ? { language: query.language } : {}),
        },
        query,
        weights,
      );
      return {
        opening: presentOpening(opening, ctx.taxonomy),
        audience,
        weights,
        limit: query.limit,
        offset: query.offset,
        matches: await withPredictedRecognitionOf(
          service,
          ctx.taxonomy,
          opening,
          matches,
          ctx.now().toISOString().slice(0, 10),
        ),
        hasMore,
      };
    },
  );

  app.get(
    '/api/matching/weights/:partnershipId',
    {
      schema: {
        operationId: 'getMatchWeights',
        tags: ['matching'],
        summary: 'The weights a partnership ranks matches with',
        security: [{ session: [] }],
        params: z.object({ partnershipId: z.uuid() }),
        response: { 200: weightsResponse, ...errors },
      },
    },
    async (request) => {
      authorize(request.actor, 'match.readWeights');
      const { partnershipId } = request.params;
      await requirePartnership(ctx.db, partnershipId);
      const custom = await readWeights(ctx.db, partnershipId);
      return {
        partnershipId,
        custom: custom !== undefined,
        weights: custom ?? defaultMatchWeights,
      };
    },
  );

  app.put(
    '/api/matching/weights/:partnershipId',
    {
      schema: {
        operationId: 'setMatchWeights',
        tags: ['matching'],
        summary: "Sets a partnership's match weights (each 0 to 1)",
        security: [{ session: [] }],
        params: z.object({ partnershipId: z.uuid() }),
        body: matchWeightsSchema,
        response: { 200: weightsResponse, ...errors },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { partnershipId } = request.params;
      const record = await requirePartnership(ctx.db, partnershipId);
      authorize(actor, 'match.setWeights', asResource(record));
      await saveWeights(ctx.db, partnershipId, request.body, {
        actorUserId: actor.userId,
        now: ctx.now(),
      });
      return { partnershipId, custom: true, weights: request.body };
    },
  );
};
