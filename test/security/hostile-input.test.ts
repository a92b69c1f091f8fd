import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startDemoApp,
  type DemoApp,
  type TestSession,
} from '../../src/accounts/accounts.test-support.js';
import { ROLES, type Role } from '../../src/accounts/roles.js';
import {
  componentsOf,
  operationsOf,
  validRequests,
  type Operation,
} from '../support/api-operations.js';
import { testEngines } from '../support/database.js';
import { hostileRequests, type HostileRequest } from '../support/hostile-input.js';
import type { SchemaContext } from '../support/json-schema-arbitrary.js';
import { changedTables, rowCountsOf, type RowCounts } from '../support/row-counts.js';
import { isKnownFailure } from './known-failures.js';

/**
 * Hostile input for every API operation of the OpenAPI document, as every role and anonymously:
 * no answer is a 5xx, every 4xx is a problem+json, and no refused request changes the database.
 *
 * The default run sends a few cases per operation; `HOSTILE_CASES=10000` spreads that many over
 * the operations, `HOSTILE_SEED` replays a run (the seed is printed with any failure).
 */
const TOTAL_CASES = Number(process.env.HOSTILE_CASES ?? 0);
const SEED = Number(process.env.HOSTILE_SEED ?? 20_261_204);
const DEFAULT_CASES_PER_OPERATION = 4;

/**
 * 5xx problems that are the documented answer, not a crash: the suite's app has no taxonomy
 * imported (a full ESCO import would take most of the time budget), so readiness and the taxonomy
 * reads answer 503. Their input is still validated first (400s are checked as for every route).
 */
const DOCUMENTED_UNAVAILABLE = new Set(['system.taxonomy_missing', 'taxonomy.not_loaded']);

/** Operations that end the sender's session or account: sent last, so that others keep theirs. */
const ENDS_SESSION = new Set(['POST /api/auth/logout', 'DELETE /api/candidates/me']);

/** Who sends a case: anonymous or the demo login of a role. */
type Sender = Role | 'anonymous';
const SENDERS: readonly Sender[] = ['anonymous', ...ROLES];

describe.each(testEngines())('hostile input to every API operation ($name)', (engine) => {
  let demo: DemoApp;
  let operations: Operation[];
  let context: SchemaContext;
  const sessions = new Map<Role, TestSession>();
  let counts: RowCounts;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    const document = (await demo.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    operations = operationsOf(document).sort(
      (a, b) => Number(ENDS_SESSION.has(a.key)) - Number(ENDS_SESSION.has(b.key)),
    );
    const logins = await Promise.all(ROLES.map((role) => demo.loginAs(role)));
    ROLES.forEach((role, i) => sessions.set(role, logins[i]!));
    context = { components: componentsOf(document), knownIds: await knownIds() };
    counts = await rowCountsOf(demo.handle.db);
  });
  afterAll(() => demo.close());

  /** Ids an admin can list, so that valid requests reach real records as well as unknown ones. */
  async function knownIds(): Promise<string[]> {
    const ids = new Set<string>();
    const lists = operations.filter((o) => o.method === 'GET' && !o.path.includes('{'));
    for (const list of lists) {
      const response = await demo.app.inject({
        method: 'GET',
        url: list.path,
        headers: { cookie: sessions.get('admin')!.cookie },
      });
      for (const id of response.body.match(UUID) ?? []) ids.add(id);
    }
    return [...ids].sort().slice(0, 200);
  }

  function send(sender: Sender, request: HostileRequest) {
    const session = sender === 'anonymous' ? undefined : sessions.get(sender);
    return demo.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: {
        ...(session ? session.headers : {}),
        ...(request.contentType ? { 'content-type': request.contentType } : {}),
      },
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    });
  }

  /** After an accepted request: wait for the background work it started, then recount. */
  async function settle(body: string): Promise<void> {
    const run = parse(body) as { id?: string; status?: string } | undefined;
    if (run?.id && (run.status === 'queued' || run.status === 'running')) {
      for (let i = 0; i < 300; i++) {
        const detail = await demo.app.inject({
          method: 'GET',
          url: `/api/allocations/${run.id}`,
          headers: { cookie: sessions.get('admin')!.cookie },
        });
        const status = (parse(detail.body) as { status?: string } | undefined)?.status;
        if (status !== 'queued' && status !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    counts = await rowCountsOf(demo.handle.db);
  }

  const casesFor = (operationCount: number) =>
    TOTAL_CASES ? Math.ceil(TOTAL_CASES / operationCount) : DEFAULT_CASES_PER_OPERATION;

  it(
    'answers every hostile case without a crash, with a problem, and without change when refused',
    async () => {
      expect(operations.length).toBeGreaterThan(50);
      const numRuns = casesFor(operations.length);
      const failures: string[] = [];
      for (const [index, operation] of operations.entries()) {
        const cases = fc.tuple(
          fc.constantFrom(...SENDERS),
          hostileRequests(operation, validRequests(operation, context)),
        );
        await fc
          .assert(
            fc.asyncProperty(cases, async ([sender, request]) => {
              const response = await send(sender, request);
              const status = response.statusCode;
              const where = `${operation.key} as ${sender}: ${request.category} (${request.change}) → ${status}`;
              if (status >= 500) {
                const code = (parse(response.body) as { code?: string } | undefined)?.code;
                if (status === 503 && DOCUMENTED_UNAVAILABLE.has(code ?? '')) return;
                if (isKnownFailure(operation.key, request.category)) return;
                expect.fail(`${where}: a server error: ${response.body.slice(0, 300)}`);
              }
              if (status < 400) return settle(response.body);
              expect(response.headers['content-type'], where).toContain('application/problem+json');
              expect((parse(response.body) as { status?: number } | undefined)?.status, where).toBe(
                status,
              );
              const before = counts;
              counts = await rowCountsOf(demo.handle.db); // the next case compares with these
              expect(
                changedTables(before, counts).filter(
                  (change) => !recordsRefusals(operation.key, change),
                ),
                `${where}: a refused request changed data`,
              ).toEqual([]);
            }),
            { seed: SEED + index, numRuns, endOnFailure: true, includeErrorInReport: true },
          )
          .catch((error: Error) => failures.push(error.message));
      }
      expect(failures.join('\n\n')).toBe('');
    },
    300_000 + TOTAL_CASES * 1_000,
  );
});

/**
 * Refusals that are recorded on purpose: failed sign-ins and password checks are counted
 * (`attempt_counter`, the login limits), and the sign-in routes audit failures and tell an
 * account's owner when it locks (`audit_event`, `outbox`).
 */
function recordsRefusals(operation: string, change: string): boolean {
  const table = change.slice(0, change.indexOf(':'));
  if (table === 'attempt_counter') return true;
  return operation.startsWith('POST /api/auth/') && (table === 'audit_event' || table === 'outbox');
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
