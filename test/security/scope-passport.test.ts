import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoApp, TestSession } from '../../src/accounts/accounts.test-support.js';
import { startAllocationDemoApp } from '../../src/allocation/allocation.test-support.js';
import { testEngines } from '../support/database.js';
import {
  otherCandidate,
  outsiderSetUp,
  sameAsMissing,
  unchangedBy,
  type OutsiderSetUp,
  type Send,
} from './scope.test-support.js';

// Scope, not only role (docs/security.md, "Scope audit of the migration-cycle routes"): the
// passport routes that take an organisation or a person in the body or the query string.
describe.each(testEngines())('passport: scope, not only role ($name)', (engine) => {
  let demo: DemoApp;
  let send: Send;
  let coordinator: TestSession;
  let person: TestSession;
  let stranger: TestSession;
  let other: TestSession;
  let coordinatorOrg: string;
  let strangerOrg: string;
  const orientation = (personUserId: string, organisationId: string) => ({
    personUserId,
    organisationId,
    title: 'Pre-departure orientation',
    destinationCountry: 'BE',
    hours: 12,
    completedOn: '2026-10-01',
  });

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    let orgOf: OutsiderSetUp['orgOf'];
    ({ send, coordinator, stranger, orgOf } = await outsiderSetUp(demo));
    person = await demo.loginAs('candidate');
    other = await otherCandidate(demo, ['MA']);
    coordinatorOrg = await orgOf(coordinator);
    strangerOrg = await orgOf(stranger);
    await send(person, 'PUT', '/api/candidates/me/consents/partnership_matching');
  });
  afterAll(() => demo.close());

  it("GIVEN a coordinator of another partnership WHEN recording a Moroccan's orientation for their own organisation THEN 404 as for no one, nothing stored; the partnership's coordinator records it", async () => {
    const record = (s: TestSession, userId: string, org: string) =>
      send(s, 'POST', '/api/credentials/orientations', orientation(userId, org));
    await unchangedBy(demo, async () => {
      sameAsMissing(
        await record(stranger, person.userId, strangerOrg),
        await record(stranger, randomUUID(), strangerOrg),
      );
      // For an organisation one does not coordinate: 403 before any person is looked up.
      const known = await record(stranger, person.userId, coordinatorOrg);
      expect(known.statusCode).toBe(403);
      expect(known.json()).toEqual((await record(stranger, randomUUID(), coordinatorOrg)).json());
    });
    const recorded = await record(coordinator, person.userId, coordinatorOrg);
    expect(recorded.statusCode, recorded.body).toBe(201);
  });

  it('GIVEN the person withdraws consent to partnership matching THEN their coordinator may no longer record an orientation (404, nothing stored)', async () => {
    await send(person, 'DELETE', '/api/candidates/me/consents/partnership_matching');
    await unchangedBy(demo, async () => {
      sameAsMissing(
        await send(
          coordinator,
          'POST',
          '/api/credentials/orientations',
          orientation(person.userId, coordinatorOrg),
        ),
        await send(
          coordinator,
          'POST',
          '/api/credentials/orientations',
          orientation(randomUUID(), coordinatorOrg),
        ),
      );
    });
    await send(person, 'PUT', '/api/candidates/me/consents/partnership_matching');
  });

  it("GIVEN an organisation's register, issuing and keys THEN the outsider is refused (403) and changes nothing; its coordinator reads the register", async () => {
    await unchangedBy(demo, async () => {
      const requests: [method: 'GET' | 'POST', url: string, body?: object][] = [
        ['GET', `/api/credentials/issued?organisationId=${coordinatorOrg}`],
        [
          'POST',
          '/api/credentials/issue',
          { personUserId: person.userId, organisationId: coordinatorOrg },
        ],
        ['POST', `/api/credentials/issuers/${coordinatorOrg}/rotate`],
      ];
      for (const [method, url, body] of requests)
        expect((await send(stranger, method, url, body)).statusCode, url).toBe(403);
    });
    const register = await send(
      coordinator,
      'GET',
      `/api/credentials/issued?organisationId=${coordinatorOrg}`,
    );
    expect(register.statusCode).toBe(200);
    expect(register.json().credentials.length).toBeGreaterThan(0);
  });

  it("GIVEN the person's credential THEN another candidate and the outsider get 404 as for none, cannot present or print it; the public verification needs its random id", async () => {
    const mine = (await send(person, 'GET', '/api/credentials/mine')).json().credentials as {
      id: string;
    }[];
    const id = mine[0]!.id;
    await unchangedBy(demo, async () => {
      for (const s of [other, stranger]) {
        sameAsMissing(
          await send(s, 'GET', `/api/credentials/${id}`),
          await send(s, 'GET', `/api/credentials/${randomUUID()}`),
        );
        expect(
          (await send(s, 'POST', '/api/presentations', { credentialIds: [id] })).statusCode,
        ).toBe(404);
        expect((await send(s, 'GET', `/api/credentials/passport.pdf?ids=${id}`)).statusCode).toBe(
          404,
        );
      }
    });
    const unknown = await demo.app.inject({
      method: 'GET',
      url: `/api/credentials/${randomUUID()}/verification`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).not.toContain('Demo Candidate');
  });
});
