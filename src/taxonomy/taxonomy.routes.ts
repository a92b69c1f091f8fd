import type { AppContext, AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound, PasserelleError } from '../shared/errors.js';
import { conceptUri } from './esco-uri.js';
import { activeVersionId } from './taxonomy-index.store.js';
import {
  presentIscoBranch,
  presentOccupation,
  presentSearchHit,
  presentSkill,
} from './taxonomy.presenters.js';
import * as s from './taxonomy.schemas.js';
import * as store from './taxonomy.store.js';

const tags = ['taxonomy'];
const errors = { 400: problemSchema, 404: problemSchema, 503: problemSchema };

/** The version pages are served from: the one the search index holds, else the active one. */
async function servedVersion(ctx: AppContext): Promise<string> {
  const id = ctx.taxonomy.versionId || (await activeVersionId(ctx.db));
  if (!id) {
    throw new PasserelleError('unavailable', 'taxonomy.not_loaded', 'No taxonomy is imported yet.');
  }
  return id;
}

/** Public, read-only taxonomy reference data: search, concept pages, ISCO tree, code lists. */
export const taxonomyRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/taxonomy/search',
    {
      schema: {
        operationId: 'searchTaxonomy',
        security: [],
        tags,
        summary: 'Search occupations and skills by label, tolerating typos',
        querystring: s.searchQuery,
        response: { 200: s.searchResultSchema, ...errors },
      },
    },
    async (request) => {
      const { q, type, limit } = request.query;
      const hits = ctx.taxonomy.search(q, { ...(type ? { type } : {}), limit });
      return { query: q, versionId: ctx.taxonomy.versionId, results: hits.map(presentSearchHit) };
    },
  );

  app.get(
    '/api/taxonomy/occupations/:id',
    {
      schema: {
        operationId: 'getOccupation',
        security: [],
        tags,
        summary: 'An ESCO occupation with its ISCO path and skills',
        params: s.conceptIdParams,
        response: { 200: s.occupationSchema, ...errors },
      },
    },
    async (request) => {
      const uri = conceptUri('occupation', request.params.id);
      const page = await store.occupationPage(ctx.db, await servedVersion(ctx), uri);
      if (!page)
        throw notFound('taxonomy.unknown_occupation', `No occupation ${request.params.id}.`);
      return presentOccupation(page);
    },
  );

  app.get(
    '/api/taxonomy/skills/:id',
    {
      schema: {
        operationId: 'getSkill',
        security: [],
        tags,
        summary: 'An ESCO skill with its groups, collections and occupations',
        params: s.conceptIdParams,
        response: { 200: s.skillSchema, ...errors },
      },
    },
    async (request) => {
      const uri = conceptUri('skill', request.params.id);
      const page = await store.skillPage(ctx.db, await servedVersion(ctx), uri);
      if (!page) throw notFound('taxonomy.unknown_skill', `No skill ${request.params.id}.`);
      return presentSkill(page);
    },
  );

  app.get(
    '/api/taxonomy/isco',
    {
      schema: {
        operationId: 'listIscoMajorGroups',
        security: [],
        tags,
        summary: 'The ISCO-08 major groups',
        response: { 200: s.iscoGroupSchema, ...errors },
      },
    },
    async () => presentIscoBranch((await store.iscoBranch(ctx.db, await servedVersion(ctx), ''))!),
  );

  app.get(
    '/api/taxonomy/isco/:code',
    {
      schema: {
        operationId: 'getIscoGroup',
        security: [],
        tags,
        summary: 'An ISCO-08 group with its children and, for unit groups, its occupations',
        params: s.iscoParams,
        response: { 200: s.iscoGroupSchema, ...errors },
      },
    },
    async (request) => {
      const { code } = request.params;
      const branch = await store.iscoBranch(ctx.db, await servedVersion(ctx), code);
      if (!branch) throw notFound('taxonomy.unknown_isco_group', `No ISCO-08 group ${code}.`);
      return presentIscoBranch(branch);
    },
  );

  codeListRoutes(app, ctx);
};

/** The imported versions and the small code lists (countries, ISCED, EQF). */
function codeListRoutes(app: Parameters<AreaRoutes>[0], ctx: AppContext): void {
  const list = { tags };
  app.get(
    '/api/taxonomy/versions',
    {
      schema: {
        operationId: 'listTaxonomyVersions',
        security: [],
        ...list,
        summary: 'Imported taxonomy versions',
        response: { 200: s.versionsSchema },
      },
    },
    async () => ({
      versions: (await store.listVersions(ctx.db)).map((v) => ({
        id: v.id,
        label: v.label,
        active: v.active,
        status: v.status,
        importedAt: v.importedAt?.toISOString() ?? null,
        counts: v.counts,
        flaws: v.flaws,
      })),
    }),
  );
  app.get(
    '/api/taxonomy/countries',
    {
      schema: {
        ...list,
        operationId: 'listCountries',
        security: [],
        summary: 'ISO 3166-1 countries',
        response: { 200: s.countriesSchema },
      },
    },
    async () => ({
      countries: (await store.listCountries(ctx.db)).map((c) => ({
        alpha2: c.alpha2,
        alpha3: c.alpha3,
        name: c.name,
        region: c.region,
        subRegion: c.subRegion,
      })),
    }),
  );
  app.get(
    '/api/taxonomy/isced/levels',
    {
      schema: {
        ...list,
        operationId: 'listIscedLevels',
        security: [],
        summary: 'ISCED 2011 levels',
        response: { 200: s.iscedLevelsSchema },
      },
    },
    async () => ({
      levels: (await store.listIscedLevels(ctx.db)).map((l) => ({
        code: l.code,
        label: l.label,
        alternative: l.alternative,
        definition: l.definition,
      })),
    }),
  );
  app.get(
    '/api/taxonomy/isced/fields',
    {
      schema: {
        ...list,
        operationId: 'listIscedFields',
        security: [],
        summary: 'ISCED-F 2013 fields',
        response: { 200: s.iscedFieldsSchema },
      },
    },
    async () => ({
      fields: (await store.listIscedFields(ctx.db)).map((f) => ({
        code: f.code,
        level: f.level,
        parentCode: f.parentCode,
        label: f.label,
      })),
    }),
  );
  app.get(
    '/api/taxonomy/eqf/levels',
    {
      schema: {
        ...list,
        operationId: 'listEqfLevels',
        security: [],
        summary: 'EQF levels 1-8',
        response: { 200: s.eqfLevelsSchema },
      },
    },
    async () => ({
      levels: (await store.listEqfLevels(ctx.db)).map((l) => ({
        level: l.level,
        knowledge: l.knowledge,
        skills: l.skills,
        responsibilityAutonomy: l.responsibilityAutonomy,
        qfEheaCycle: l.qfEheaCycle,
      })),
    }),
  );
}
