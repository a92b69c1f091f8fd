import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../src/accounts/accounts.test-support.js';
import {
  componentsOf,
  operationsOf,
  urlOf,
  validRequests,
  type Operation,
} from '../support/api-operations.js';
import { testEngines } from '../support/database.js';
import { registeredRoutesOf } from '../support/registered-routes.js';
import { ANONYMOUS_KNOWN_FAILURES } from './known-failures.js';

/**
 * The reviewed list of routes anyone may call without logging in, and why. Every other route
 * must answer an anonymous caller 401: it calls `authenticated` or `authorize` before anything.
 */
const PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/health': 'liveness probe for the process supervisor; says nothing but "ok"',
  'GET /api/ready': 'readiness probe for the load balancer; says only whether data is loaded',
  'POST /api/auth/login': 'there is no session before logging in',
  'POST /api/auth/logout': 'ending a session one may not have only clears the cookie',
  'POST /api/auth/password-reset':
    'someone who forgot their password has no session; answers the same for any e-mail',
  'POST /api/auth/password-reset/confirm': 'the one-time token from the e-mail is the credential',
  'GET /api/openapi.json': 'the API description, published on purpose',
  'GET /api/setup': 'says only whether the first-visit setup is open (no administrator, demo off)',
  'POST /api/setup':
    'creates the first administrator of an empty database only; 404 once one exists or with the demo',
  'POST /api/invitations/lookup': 'the one-time invitation token from the e-mail is the credential',
  'POST /api/invitations/accept': 'the one-time invitation token from the e-mail is the credential',
  'POST /api/auth/signup': 'candidates sign up themselves; limited per client address',
  // Qualification frameworks (EQF referencing), qualifications and recognition agreements are
  // published rules, "read by anyone" (recognition-data.routes.ts). The recognition slice is
  // re-scoping agreements: if they stop being public, remove this entry.
  'GET /api/recognition/frameworks': 'published qualification frameworks and their referencing',
  'GET /api/recognition/qualifications': 'published qualifications',
  'GET /api/recognition/agreements': 'published recognition agreements',
  // Grievances (docs/protection.md#anonymity): a worker must be able to complain without an
  // account; the receipt code handed out at filing is the credential to follow the case.
  'POST /api/grievances/anonymous': 'anonymous filing records no account; limited per client',
  'POST /api/grievances/follow': 'the receipt code from filing is the credential',
  'POST /api/grievances/follow/information': 'the receipt code from filing is the credential',
  'POST /api/grievances/follow/appeal': 'the receipt code from filing is the credential',
  // Skills passport: verifying is for anyone (employers, consulates), rate-limited per address;
  // status lists, issuers' DID documents and the JSON-LD context are what verifiers fetch.
  'POST /api/credentials/verify': 'anyone verifies a credential; limited per client address',
  'GET /api/credentials/{id}/verification':
    'the random credential id printed in a passport QR code is the capability; limited per address',
  'GET /api/credentials/status/{organisationId}/{purpose}': 'Bitstring Status Lists are public',
  'GET /api/credentials/issuers/{organisationId}/did.json': "issuers' DID documents are public",
  'GET /api/credentials/contexts/recognition/v1': 'the published JSON-LD context',
};
/** ESCO, ISCO-08, ISCED, EQF and country codes are openly published reference data. */
const PUBLIC_PREFIXES = ['GET /api/taxonomy/', 'GET /api/docs'];

const isPublic = (key: string) =>
  key in PUBLIC_ROUTES || PUBLIC_PREFIXES.some((prefix) => key.startsWith(prefix));

/** Well-formed requests tried per route: the first that passes validation must get a 401. */
const SAMPLES = 12;

describe.each(testEngines())('authentication of every registered route ($name)', (engine) => {
  let demo: DemoApp;
  let operations: Map<string, Operation>;
  let components: ReturnType<typeof componentsOf>;
  let knownIds: string[];

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    const document = (await demo.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    operations = new Map(operationsOf(document).map((o) => [o.key, o]));
    components = componentsOf(document);
    const admin = await demo.loginAs('admin');
    const lists = [...operations.values()].filter(
      (o) => o.method === 'GET' && !o.path.includes('{'),
    );
    const ids = new Set<string>();
    for (const list of lists) {
      const body = (
        await demo.app.inject({ method: 'GET', url: list.path, headers: admin.headers })
      ).body;
      for (const id of body.match(UUID) ?? []) ids.add(id);
    }
    knownIds = [...ids].sort();
  });
  afterAll(() => demo.close());

  const apiRoutes = () =>
    [...new Set(registeredRoutesOf(demo.app).map((r) => `${r.method} ${r.path}`))].filter(
      (key) => key.includes(' /api/') && !key.startsWith('HEAD '),
    );

  it('keeps the public list to routes that exist', () => {
    const routes = apiRoutes();
    expect(Object.keys(PUBLIC_ROUTES).filter((key) => !routes.includes(key))).toEqual([]);
  });

  it('answers an anonymous caller 401 (problem+json) on every route not on the public list', async () => {
    const routes = apiRoutes().filter(
      (key) => !isPublic(key) && !(key in ANONYMOUS_KNOWN_FAILURES),
    );
    expect(routes.length).toBeGreaterThan(60);
    const unguarded: string[] = [];
    for (const key of routes) {
      const operation = operations.get(key);
      if (!operation) {
        unguarded.push(`${key}: not in the OpenAPI document`);
        continue;
      }
      const statuses = await anonymousStatuses(operation);
      // 400 is validation refusing a sample; anything else but 401 means the route ran for nobody.
      if (!statuses.includes(401) || statuses.some((s) => s !== 401 && s !== 400)) {
        unguarded.push(`${key}: ${statuses.join(', ')}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  /** Statuses of anonymous well-formed requests, until one passes validation. */
  async function anonymousStatuses(operation: Operation): Promise<number[]> {
    const samples = fc.sample(validRequests(operation, { components, knownIds }), {
      seed: 2026,
      numRuns: SAMPLES,
    });
    const statuses: number[] = [];
    for (const request of samples) {
      const response = await demo.app.inject({
        method: operation.method as 'GET',
        url: urlOf(operation, request),
        ...(request.body !== undefined ? { payload: request.body as object } : {}),
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 401) {
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      if (response.statusCode !== 400) break;
    }
    return statuses;
  }
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
