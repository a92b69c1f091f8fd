// The load cases of the API bench (bench/api.bench.ts): each case driven by autocannon on loopback,
// latencies per response, the fixture of signed-in users, and the mixed case with writes read back.
import os from 'node:os';
import autocannon from 'autocannon';
import { cpuSecondsOf, memoryOf, percentile, report, seededRandom } from './bench-support.js';
import { getJson, logIn, type Login, type Server } from './api-server.js';
import { withTypo } from './taxonomy-search-queries.js';

const bench = 'api';
const DEMO_DOMAIN = 'demo.passerelle.dev';

/** How long and how hard the cases run, and how many in-process reference queries. */
export interface Scale {
  demoScale: 'small' | 'medium';
  seconds: number;
  connections: number[];
  referenceQueries: number;
}

/** The scales of `--scale`. */
export const SCALES: Record<string, Scale> = {
  small: { demoScale: 'small', seconds: 4, connections: [64], referenceQueries: 300 },
  full: { demoScale: 'medium', seconds: 20, connections: [16, 64], referenceQueries: 3000 },
};

export interface CaseResult {
  requests: number;
  reqPerSec: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** How many requests a connection's context lasts (`sequence` in a case's extra fields). */
const sequenceOf = (extra: object) => (extra as { sequence?: number }).sequence ?? 1;

/**
 * Drives one case: `next(context)` gives each request (per connection, in turn). Latencies are
 * collected per response, so p95 is exact rather than autocannon's histogram buckets.
 */
async function drive(
  server: Server,
  name: string,
  connections: number,
  seconds: number,
  next: (context: Record<string, unknown>) => autocannon.Request,
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void,
  extra: object = {},
): Promise<CaseResult> {
  const latencies: number[] = [];
  // CPU of the server and of this process (autocannon, the load generator) during the case.
  const serverCpuBefore = cpuSecondsOf(server.child.pid!);
  const generatorCpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: server.url,
      connections,
      duration: seconds,
      timeout: 10,
      // autocannon gives each connection a fresh context every time it starts the sequence
      // over: a case that needs state across requests (write, then read back) makes it longer.
      requests: Array.from({ length: sequenceOf(extra) }, (_, step) => ({
        setupRequest: (request: autocannon.Request, context: object) => {
          const state = context as Record<string, unknown>;
          state.step = step;
          return { ...request, ...next(state) };
        },
        ...(onResponse
          ? {
              onResponse: (status: number, body: string, context: object) =>
                onResponse(status, body, context as Record<string, unknown>),
            }
          : {}),
      })),
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await done;
  const total = latencies.length;
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const serverCpu = cpuSecondsOf(server.child.pid!) - serverCpuBefore;
  const generator = process.cpuUsage(generatorCpuBefore);
  const generatorCpu = (generator.user + generator.system) / 1e6;
  const line = {
    case: name,
    connections,
    seconds,
    requests: total,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    sent: result.requests.sent,
    serverRssMiB: memoryOf(server.child.pid!).rssMiB,
    // Cores in use (CPU s / wall s) by the server and by the load generator, and the server's
    // CPU per answered request.
    serverCores: serverCpu / wallSeconds,
    generatorCores: generatorCpu / wallSeconds,
    serverCpuUsPerRequest: total > 0 ? (serverCpu * 1e6) / total : Number.NaN,
    load1: os.loadavg()[0],
    ...extra,
  };
  report(bench, `${name}_c${connections}_req_per_s`, total / seconds, 'req/s', line);
  return {
    requests: total,
    reqPerSec: total / seconds,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

const cookieHeaders = (login: Login) => ({ cookie: login.cookie });

/** Taxonomy search queries: labels found for seed words, as typed, as prefixes and with a typo. */
async function searchQueries(url: string): Promise<string[]> {
  const seeds = ['nurse', 'welder', 'software', 'care', 'electric', 'cook', 'teacher', 'driver'];
  const random = seededRandom(24);
  const queries: string[] = [];
  for (const seed of seeds) {
    const { results } = await getJson<{ results: { preferredLabel: string }[] }>(
      `${url}/api/taxonomy/search?q=${encodeURIComponent(seed)}&limit=10`,
    );
    for (const { preferredLabel: label } of results) {
      queries.push(label, label.slice(0, 3 + Math.floor(random() * 6)), withTypo(label, random));
    }
  }
  return queries;
}

interface Fixture {
  staff: { coordinator: Login; employer: Login };
  candidates: { id: string; login: Login }[];
  /** The candidates whose matches and profile the coordinator may see. */
  visible: { id: string; login: Login }[];
  /** The first match request: it builds the in-memory indexes. */
  firstMatchMs: number;
  vacancyIds: string[];
}

async function signInEveryone(url: string): Promise<Fixture> {
  const staff = {
    coordinator: await logIn(url, `coordinator@${DEMO_DOMAIN}`, 'demo-coordinator-2026'),
    employer: await logIn(url, `employer@${DEMO_DOMAIN}`, 'demo-employer-2026'),
  };
  const candidates: Fixture['candidates'] = [];
  for (let i = 1; ; i++) {
    const email = i === 1 ? `candidate@${DEMO_DOMAIN}` : `candidate-${i}@${DEMO_DOMAIN}`;
    let login: Login;
    try {
      login = await logIn(url, email, 'demo-candidate-2026');
    } catch {
      break;
    }
    const me = await getJson<{ id: string }>(`${url}/api/candidates/me`, login);
    candidates.push({ id: me.id, login });
  }
  // The coordinator sees the matches and profiles of those who consented (and of the cohort).
  const visible: Fixture['candidates'] = [];
  let firstMatchMs = Number.NaN;
  for (const c of candidates) {
    const t0 = performance.now();
    const answer = await fetch(`${url}/api/matching/candidates/${c.id}/openings?limit=10`, {
      headers: { cookie: staff.coordinator.cookie },
    });
    await answer.arrayBuffer();
    if (answer.status === 200) visible.push(c);
    if (Number.isNaN(firstMatchMs)) firstMatchMs = performance.now() - t0;
  }
  const { vacancies } = await getJson<{ vacancies: { id: string }[] }>(
    `${url}/api/vacancies`,
    staff.coordinator,
  );
  return { staff, candidates, visible, firstMatchMs, vacancyIds: vacancies.map((v) => v.id) };
}

/** Runs the chosen cases against a started server; returns each case's result. */
export async function runCases(server: Server, scale: Scale, cases: Set<string>, engine: string) {
  const { url } = server;
  const fixture = await signInEveryone(url);
  const queries = await searchQueries(url);
  const { coordinator } = fixture.staff;
  const matchPath = (id: string) => `/api/matching/candidates/${id}/openings?limit=10`;
  const shortlistPath = (id: string) => `/api/matching/openings/${id}/candidates?limit=10`;
  const common = {
    engine,
    candidates: fixture.candidates.length,
    visibleCandidates: fixture.visible.length,
    vacancies: fixture.vacancyIds.length,
  };
  report(bench, 'server_ready', server.readyMs, 'ms', {
    ...common,
    ...memoryOf(server.child.pid!),
  });

  report(bench, 'first_match_incl_index_build', fixture.firstMatchMs, 'ms', common);
  const warm = async (paths: string[], login?: Login) => {
    for (const p of paths) await getJson(`${url}${p}`, login);
  };
  await warm(
    fixture.visible.map((c) => matchPath(c.id)),
    coordinator,
  );
  // The vacancies whose shortlist the coordinator may see (those of partnerships they coordinate).
  const shortlisted: string[] = [];
  for (const id of fixture.vacancyIds) {
    const answer = await fetch(`${url}${shortlistPath(id)}`, {
      headers: cookieHeaders(coordinator),
    });
    await answer.arrayBuffer();
    if (answer.status === 200) shortlisted.push(id);
    if (shortlisted.length >= 200) break;
  }
  report(bench, 'shortlist_vacancies', shortlisted.length, 'count', common);

  let turn = 0;
  const cycle = <T>(items: readonly T[]) => items[turn++ % items.length]!;
  const results: Record<string, CaseResult> = {};
  for (const connections of scale.connections) {
    const run = async (
      name: string,
      next: (context: Record<string, unknown>) => autocannon.Request,
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void,
      extra: object = {},
    ) => {
      if (!cases.has(name)) return;
      // Requests still queued from the case before (autocannon stops sending, the server goes on
      // answering) would be counted against this one: wait until a database read gets through.
      await getJson(`${url}/api/auth/me`, coordinator);
      results[`${name}_c${connections}`] = await drive(
        server,
        name,
        connections,
        scale.seconds,
        next,
        onResponse,
        { ...common, ...extra },
      );
    };
    await run('health', () => ({ method: 'GET', path: '/api/health' }));
    await run('candidate_matches', () => ({
      method: 'GET',
      path: matchPath(cycle(fixture.visible).id),
      headers: cookieHeaders(coordinator),
    }));
    await run('vacancy_shortlist', () => ({
      method: 'GET',
      path: shortlistPath(cycle(shortlisted)),
      headers: cookieHeaders(coordinator),
    }));
    const search = () => `/api/taxonomy/search?q=${encodeURIComponent(cycle(queries))}&limit=10`;
    await run('taxonomy_search_anonymous', () => ({ method: 'GET', path: search() }));
    await run('taxonomy_search_signed_in', () => ({
      method: 'GET',
      path: search(),
      headers: cookieHeaders(coordinator),
    }));
    await run('candidate_profile_read', () => ({
      method: 'GET',
      path: `/api/candidates/${cycle(fixture.visible).id}`,
      headers: cookieHeaders(coordinator),
    }));
    if (cases.has('mixed_writes')) await mixed(run, fixture, url, connections);
  }
  return { results, candidateIds: fixture.visible.map((c) => c.id) };
}

type Run = (
  name: string,
  next: (context: Record<string, unknown>) => autocannon.Request,
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void,
  extra?: object,
) => Promise<void>;

/**
 * 90% reads (the coordinator reading profiles and matches), 10% writes: each connection that owns
 * a candidate (one writer per candidate, so no write overwrites another's) replaces its profile's
 * headline with a new number every tenth request, and its next request reads the profile back;
 * at the end every candidate's profile must hold its last acknowledged headline.
 */
async function mixed(run: Run, fixture: Fixture, url: string, connections: number) {
  const { coordinator } = fixture.staff;
  const profiles = new Map<string, Record<string, unknown>>();
  for (const c of fixture.candidates) {
    const me = await getJson<{ profile: Record<string, unknown> }>(
      `${url}/api/candidates/me`,
      c.login,
    );
    profiles.set(c.id, me.profile);
  }
  // Candidates no sequence is writing: one writer per candidate at a time, so that no write
  // overwrites another's before it is read back.
  const free = [...fixture.candidates];
  type Candidate = (typeof free)[number];
  let counter = 0;
  let writes = 0;
  let stale = 0;
  let reads = 0;
  let refusal: string | undefined;
  const lastAcknowledged = new Map<string, string>();
  // The last headline sent per candidate: a write still in flight when the case ends may be
  // stored without its answer having reached the bench (not a lost write).
  const lastSent = new Map<string, string>();
  let turn = 0;
  const read = (): autocannon.Request => {
    const who = fixture.visible[turn++ % fixture.visible.length]!;
    return turn % 2 === 0
      ? { method: 'GET', path: `/api/candidates/${who.id}`, headers: cookieHeaders(coordinator) }
      : {
          method: 'GET',
          path: `/api/matching/candidates/${who.id}/openings?limit=10`,
          headers: cookieHeaders(coordinator),
        };
  };
  // Each sequence of ten: a write of a free candidate's profile, its read-back, eight reads.
  await run(
    'mixed_writes',
    (context) => {
      if (context.step === 0) {
        const mine = free.shift();
        if (!mine) return read();
        context.mine = mine;
        context.headline = `Bench write ${++counter}`;
        lastSent.set(mine.id, context.headline as string);
        return {
          method: 'PUT',
          path: '/api/candidates/me',
          headers: {
            ...cookieHeaders(mine.login),
            'x-csrf-token': mine.login.csrf,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ ...profiles.get(mine.id), headline: context.headline }),
        };
      }
      const mine = context.mine as Candidate | undefined;
      if (context.step === 1 && mine && context.acknowledged) {
        return { method: 'GET', path: '/api/candidates/me', headers: cookieHeaders(mine.login) };
      }
      return read();
    },
    (status, body, context) => {
      const mine = context.mine as Candidate | undefined;
      if (!mine) return;
      if (context.step === 0) {
        if (status === 200) {
          writes++;
          context.acknowledged = true;
          lastAcknowledged.set(mine.id, context.headline as string);
        } else {
          refusal ??= `${status} ${body.slice(0, 300)}`;
          free.push(mine);
          context.mine = undefined;
        }
      } else if (context.step === 1) {
        reads++;
        const seen = (JSON.parse(body) as { profile: { headline?: string } }).profile.headline;
        if (status !== 200 || seen !== context.headline) stale++;
        free.push(mine);
        context.mine = undefined;
      }
    },
    { sequence: 10, writers: Math.min(connections, fixture.candidates.length) },
  );
  let lost = 0;
  let unansweredAtEnd = 0;
  for (const c of fixture.candidates) {
    const expected = lastAcknowledged.get(c.id);
    if (expected === undefined) continue;
    const me = await getJson<{ profile: { headline?: string } }>(
      `${url}/api/candidates/me`,
      c.login,
    );
    if (me.profile.headline === expected) continue;
    if (me.profile.headline === lastSent.get(c.id)) unansweredAtEnd++;
    else lost++;
  }
  report(bench, `mixed_writes_c${connections}_acknowledged_writes`, writes, 'count', {
    readBackChecks: reads,
    staleReadBacks: stale,
    lostAtEnd: lost,
    /** Profiles holding a write sent after their last acknowledged one, its answer not read. */
    unansweredAtEnd,
    ...(refusal ? { firstRefusedWrite: refusal } : {}),
  });
}
