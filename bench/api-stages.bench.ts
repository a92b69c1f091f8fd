// What each stage of an API request costs, in CPU time (the figure a loaded machine disturbs
// least): the demo app built in-process on PGlite (as `passerelle serve` builds it, small demo),
// requests made one at a time with `app.inject`, `process.cpuUsage()` around each.
//
//   npm run bench -- api-stages [--requests n] [--profile]
//
// Cases: health; a signed-in taxonomy search; a candidate's matches and a vacancy's shortlist,
// each with the compiled serializer and with zod's (fastify-type-provider-zod), alternating
// request by request in the same app (a bench-only header makes `reply.serializer` use zod's).
// Then the match request split into its stages, each timed by calling the same functions the
// route calls, in the same order; what is left of the whole request is fastify and inject.
// `--profile` takes a CPU profile (node:inspector) of match requests alone and prints the
// functions with the most self time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { actorOf } from '../src/accounts/account.store.js';
import { authenticated } from '../src/accounts/policy.js';
import { SESSION_COOKIE } from '../src/accounts/session-names.js';
import { hashToken, sessionCache } from '../src/accounts/session.store.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { ensureDemoData } from '../src/demo/demo.loader.js';
import { buildApp } from '../src/http/app.js';
import { compileSerializer } from '../src/http/compiled-serializer.js';
import { can } from '../src/matching/matching.policy.js';
import { openingMatches } from '../src/matching/matching.queries.js';
import { candidateMatchesSchema, openingMatchesSchema } from '../src/matching/matching.schemas.js';
import { matchingFor } from '../src/matching/matching.service.js';
import { withPredictedRecognition } from '../src/matching/prediction.presenters.js';
import { unknownPartnership } from '../src/partnerships/partnership.store.js';
import { cohortPartnershipsOf } from '../src/people/candidates/candidate-scope.js';
import { seedRecognitionData } from '../src/recognition/recognition-seed.service.js';
import { silentProgress } from '../src/shared/progress.js';
import { ensureReferenceData } from '../src/taxonomy/reference-import.service.js';
import { loadTaxonomyIndex } from '../src/taxonomy/taxonomy-index.store.js';
import { prepareEscoDataFolder } from '../test/support/esco-data.js';
import { testPasswordHashEnv } from '../test/support/password-cost.js';
import { option, percentile, report } from './bench-support.js';

const bench = 'api-stages';
const DEMO_DOMAIN = 'demo.passerelle.dev';
/** Bench-only request header: answer with zod's serializer instead of the route's. */
const SERIALIZER_HEADER = 'x-bench-serializer';

/** CPU microseconds (user + system, every thread of the process) that `work` took. */
async function cpuOf(work: () => Promise<unknown> | unknown): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

const stats = (us: number[]) => ({
  samples: us.length,
  p25: percentile(us, 0.25),
  p75: percentile(us, 0.75),
  p95: percentile(us, 0.95),
  mean: us.reduce((a, b) => a + b, 0) / us.length,
});

export async function run(args: string[]): Promise<void> {
  const requests = Number(option(args, 'requests', '300'));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-api-stages-'));
  const dataDir = path.join(root, 'data');
  await prepareEscoDataFolder(dataDir);
  const config = loadConfig({
    ...process.env,
    ...testPasswordHashEnv,
    LOG_LEVEL: 'silent',
    WEB_DIR: path.join(root, 'no-web'),
    DATA_DIR: dataDir,
    DEMO_SCALE: 'small',
  });
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await ensureReferenceData(handle.db, config.referenceDir, silentProgress);
    await seedRecognitionData(handle.db, config.referenceDir, { demo: true });
    await ensureDemoData(handle.db, { seed: config.demoSeed, scale: 'small', now: new Date() });
    const taxonomy = await loadTaxonomyIndex(handle.db);
    const ctx = {
      config,
      db: handle.db,
      engine: handle.engine,
      now: () => new Date(),
      taxonomy,
    };
    const app = await buildApp(ctx);
    // zod's serializer for the two large responses, as fastify-type-provider-zod compiles it for
    // every other route; chosen per request by the bench's header.
    const zodSerializers = new Map<string, (data: unknown) => string>(
      (
        [
          ['/api/matching/candidates/:id/openings', openingMatchesSchema],
          ['/api/matching/openings/:id/candidates', candidateMatchesSchema],
        ] as [string, z.ZodType][]
      ).map(([url, schema]) => [
        url,
        zodSerializerCompiler({ schema, method: 'GET', url, httpStatus: '200' }),
      ]),
    );
    app.addHook('onRequest', async (request, reply) => {
      if (request.headers[SERIALIZER_HEADER] !== 'zod') return;
      const serializer = zodSerializers.get(request.routeOptions.url ?? '');
      if (serializer) reply.serializer(serializer);
    });
    await app.ready();

    const logIn = async (email: string, password: string) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
      });
      if (response.statusCode !== 200) throw new Error(`login of ${email}: ${response.statusCode}`);
      const token = response.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      return { token, cookie: `${SESSION_COOKIE}=${token}` };
    };
    const coordinator = await logIn(`coordinator@${DEMO_DOMAIN}`, 'demo-coordinator-2026');
    const get = async (url: string, cookie?: string, serializer?: 'zod') => {
      const response = await app.inject({
        method: 'GET',
        url,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(serializer ? { [SERIALIZER_HEADER]: serializer } : {}),
        },
      });
      if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode}`);
      return response.body;
    };

    const service = await matchingFor(handle.db);
    const matchUrl = (id: string) => `/api/matching/candidates/${id}/openings?limit=10`;
    const shortlistUrl = (id: string) => `/api/matching/openings/${id}/candidates?limit=10`;
    const visible: string[] = [];
    for (const id of service.people.keys()) {
      const response = await app.inject({
        method: 'GET',
        url: matchUrl(id),
        headers: { cookie: coordinator.cookie },
      });
      if (response.statusCode === 200) visible.push(id);
    }
    const shortlists: string[] = [];
    for (const { id } of service.openings.all()) {
      const response = await app.inject({
        method: 'GET',
        url: shortlistUrl(id),
        headers: { cookie: coordinator.cookie },
      });
      if (response.statusCode === 200) shortlists.push(id);
      if (shortlists.length >= 40) break;
    }
    const searches = ['nurse', 'welder', 'software', 'care', 'electric', 'cook', 'teach', 'drive'];
    const common = {
      engine: handle.engine,
      visibleCandidates: visible.length,
      shortlists: shortlists.length,
      requests,
    };
    process.stderr.write(
      `api-stages: ${visible.length} visible candidates, ${shortlists.length} shortlists\n`,
    );

    // The same bytes either way, or the comparison means nothing.
    for (const id of visible)
      if (
        (await get(matchUrl(id), coordinator.cookie)) !==
        (await get(matchUrl(id), coordinator.cookie, 'zod'))
      )
        throw new Error(`matches of ${id}: compiled and zod serialisations differ`);

    /** Times `requests` calls of each case, the cases interleaved request by request. */
    const timeCases = async (cases: Record<string, (i: number) => Promise<unknown>>) => {
      const names = Object.keys(cases);
      const times = Object.fromEntries(names.map((n) => [n, [] as number[]]));
      const bytes = Object.fromEntries(names.map((n) => [n, 0]));
      for (let i = 0; i < Math.min(requests, 100); i++) for (const n of names) await cases[n]!(i); // warm-up
      for (let i = 0; i < requests; i++)
        for (const n of names) {
          let body: unknown;
          times[n]!.push(
            await cpuOf(async () => {
              body = await cases[n]!(i);
            }),
          );
          if (typeof body === 'string') bytes[n]! += body.length;
        }
      for (const n of names)
        report(bench, `${n}_cpu_p50`, percentile(times[n]!, 0.5), 'µs', {
          ...common,
          ...stats(times[n]!),
          meanBytes: Math.round(bytes[n]! / requests),
        });
    };

    await timeCases({
      health: () => get('/api/health'),
      taxonomy_search_signed_in: (i) =>
        get(`/api/taxonomy/search?q=${searches[i % searches.length]}&limit=10`, coordinator.cookie),
      candidate_matches_compiled: (i) =>
        get(matchUrl(visible[i % visible.length]!), coordinator.cookie),
      candidate_matches_zod: (i) =>
        get(matchUrl(visible[i % visible.length]!), coordinator.cookie, 'zod'),
      vacancy_shortlist_compiled: (i) =>
        get(shortlistUrl(shortlists[i % shortlists.length]!), coordinator.cookie),
      vacancy_shortlist_zod: (i) =>
        get(shortlistUrl(shortlists[i % shortlists.length]!), coordinator.cookie, 'zod'),
    });

    // The match request's stages: the route's own calls (src/matching/matching.routes.ts
    // `openingsFor` and `visiblePerson`, src/accounts/session.hook.ts `sessionOf` on a
    // remembered session), one candidate after another, each stage timed on its own.
    const compiled = compileSerializer(openingMatchesSchema);
    const zod = zodSerializers.get('/api/matching/candidates/:id/openings')!;
    const today = new Date().toISOString().slice(0, 10);
    const stageTimes: Record<string, number[]> = {};
    const stage = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
      let value: T | undefined;
      const us = await cpuOf(async () => {
        value = await work();
      });
      (stageTimes[name] ??= []).push(us);
      return value as T;
    };
    const matchStages = async (candidateId: string) => {
      // A remembered session lasts SESSION_CACHE_MS: a request refreshes it when it expired.
      if (!sessionCache.get(hashToken(coordinator.token)))
        await get('/api/auth/me', coordinator.cookie);
      const found = await stage('session_resolve', () => {
        const cached = sessionCache.get(hashToken(coordinator.token));
        if (!cached) throw new Error('the session is not remembered');
        return { session: cached.session, actor: actorOf(cached.account) };
      });
      const matching = await stage('freshness_check_matchingFor', () => matchingFor(handle.db));
      const person = await stage('scope_check_visiblePerson', async () => {
        const who = authenticated(found.actor);
        const indexed = matching.people.get(candidateId)!;
        const allowed = can(who, 'match.forCandidate', {
          userId: indexed.userId,
          consents: indexed.purposes,
          cohortOf: cohortPartnershipsOf(
            [...(await matching.partnerships()).cohort.values()],
            indexed.candidate.residenceCountry,
          ),
        });
        if (!allowed) throw new Error('not visible');
        return indexed;
      });
      const { ranking, weights } = await stage('partnership_and_weights', async () => {
        const partnerships = await matching.partnerships();
        const chosen = partnerships.ranking(
          person.candidate.residenceCountry,
          undefined,
          unknownPartnership,
        );
        return { ranking: chosen, weights: partnerships.weightsFor(chosen.chosen?.id) };
      });
      const { matches, hasMore } = await stage('engine_openingMatches', () =>
        openingMatches(
          matching,
          taxonomy,
          person.candidate,
          { kind: 'vacancy', limit: 10, offset: 0 },
          weights,
        ),
      );
      const explained = await stage('explanations_withPredictedRecognition', () =>
        withPredictedRecognition(matching, taxonomy, person, matches, today),
      );
      const payload = {
        candidateId,
        candidateName: person.name,
        partnership: ranking.chosen,
        partnerships: ranking.partnerships,
        weights,
        limit: 10,
        offset: 0,
        matches: explained,
        hasMore,
      };
      await stage('serialise_compiled', () => compiled(payload));
      await stage('serialise_zod', () => zod(payload));
    };
    for (let i = 0; i < Math.min(requests, 100); i++)
      await matchStages(visible[i % visible.length]!);
    for (const name of Object.keys(stageTimes)) stageTimes[name] = [];
    const whole: number[] = [];
    for (let i = 0; i < requests; i++) {
      const id = visible[i % visible.length]!;
      await matchStages(id);
      whole.push(await cpuOf(() => get(matchUrl(id), coordinator.cookie)));
    }
    let accounted = 0;
    for (const [name, us] of Object.entries(stageTimes)) {
      const p50 = percentile(us, 0.5);
      if (name !== 'serialise_zod') accounted += p50;
      report(bench, `match_stage_${name}_cpu_p50`, p50, 'µs', { ...common, ...stats(us) });
    }
    const wholeP50 = percentile(whole, 0.5);
    report(bench, 'match_stage_whole_request_cpu_p50', wholeP50, 'µs', {
      ...common,
      ...stats(whole),
    });
    report(bench, 'match_stage_fastify_and_inject_rest_cpu_p50', wholeP50 - accounted, 'µs', {
      ...common,
      method: 'whole request p50 minus the sum of the stage p50s (compiled serialiser)',
    });

    if (args.includes('--profile')) {
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
      for (let i = 0; i < requests * 2; i++)
        await get(matchUrl(visible[i % visible.length]!), coordinator.cookie);
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      const file = path.join(os.tmpdir(), `passerelle-api-stages-${process.pid}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const hits = new Map<number, number>();
      for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      let total = 0;
      for (const [id, count] of hits) {
        const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
        const where = url
          ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/')}:${lineNumber + 1}`
          : '';
        const key = `${functionName || '(anonymous)'} ${where}`.trim();
        self.set(key, (self.get(key) ?? 0) + count);
        total += count;
      }
      const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
      for (const [frame, count] of top)
        report(bench, 'match_profile_self_share', (100 * count) / total, '%', {
          frame,
          samples: count,
        });
      process.stderr.write(`CPU profile of ${requests * 2} match requests: ${file}\n`);
    }
    await app.close();
  } finally {
    await handle.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
