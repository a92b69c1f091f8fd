// Shared set-up of the scope tests (not a test file itself): the demo, its Belgium–Morocco
// partnership, and an outsider who holds every role — in the organisations of another partnership.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { appUser, membership, organisation } from '../../src/accounts/accounts.schema.js';
import type { DemoApp, TestSession } from '../../src/accounts/accounts.test-support.js';
import { hashPassword } from '../../src/accounts/password.js';
import { ROLES } from '../../src/accounts/roles.js';
import { logIn } from '../../src/accounts/accounts.test-support.js';
import { demoPassword, DEMO_DOMAIN } from '../../src/demo/people.js';
import { partnership, partnershipParty } from '../../src/partnerships/partnerships.schema.js';
import { candidate } from '../../src/people/people.schema.js';
import { changedTables, rowCountsOf } from '../support/row-counts.js';

/** A request as the tests send it. */
export type Send = (
  s: TestSession,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => Promise<LightMyRequestResponse>;

export const sender =
  (demo: DemoApp): Send =>
  (s, method, url, payload) =>
    demo.app.inject({
      method,
      url,
      headers: method === 'GET' ? { cookie: s.cookie } : s.headers,
      ...(payload ? { payload } : {}),
    });

/** The id of the partnership whose title starts so. */
export async function partnershipTitled(demo: DemoApp, title: string): Promise<string> {
  const rows = await demo.handle.db
    .select({ id: partnership.id, title: partnership.title })
    .from(partnership);
  const found = rows.find((r) => r.title.startsWith(title));
  if (!found) throw new Error(`no partnership ${title}`);
  return found.id;
}

/** The party organisations of a partnership. */
export async function partiesOf(demo: DemoApp, partnershipId: string): Promise<string[]> {
  const rows = await demo.handle.db
    .selectDistinct({ id: partnershipParty.organisationId })
    .from(partnershipParty)
    .where(eq(partnershipParty.partnershipId, partnershipId));
  return rows.map((r) => r.id);
}

/**
 * A new account holding every role in every party organisation of `home` that is no party of
 * `away`, signed in: the right role everywhere, but the wrong organisations for `away`.
 */
export async function outsider(demo: DemoApp, home: string, away: string): Promise<TestSession> {
  const awayParties = await partiesOf(demo, away);
  const orgs = (await partiesOf(demo, home)).filter((id) => !awayParties.includes(id));
  const email = `outsider-${randomUUID().slice(0, 8)}@${DEMO_DOMAIN}`;
  const password = demoPassword('coordinator');
  const userId = randomUUID();
  await demo.handle.db.insert(appUser).values({
    id: userId,
    email,
    displayName: 'Outsider',
    passwordHash: await hashPassword(password),
    createdAt: demo.clock.now,
  });
  await demo.handle.db.insert(membership).values(
    orgs.flatMap((organisationId) =>
      ROLES.filter((r) => r !== 'admin' && r !== 'candidate').map((role) => ({
        userId,
        organisationId,
        role,
      })),
    ),
  );
  return logIn(demo.app, email, password);
}

/** A workers' organisation that is no party of the partnership. */
export async function unionOutside(demo: DemoApp, partnershipId: string): Promise<string> {
  const parties = await partiesOf(demo, partnershipId);
  const [row] = await demo.handle.db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.kind, 'workers_organisation'), notInArray(organisation.id, parties)))
    .limit(1);
  return row!.id;
}

/** The candidate id of an account. */
export async function candidateIdOf(demo: DemoApp, userId: string): Promise<string> {
  const [row] = await demo.handle.db
    .select({ id: candidate.id })
    .from(candidate)
    .where(eq(candidate.userId, userId));
  return row!.id;
}

/** Another demo candidate living in one of these countries, signed in. */
export async function otherCandidate(demo: DemoApp, countries: string[]): Promise<TestSession> {
  const [row] = await demo.handle.db
    .select({ email: appUser.email })
    .from(candidate)
    .innerJoin(appUser, eq(appUser.id, candidate.userId))
    .where(
      and(inArray(candidate.residenceCountry, countries), sql`${appUser.email} like 'candidate-%'`),
    )
    .limit(1);
  return logIn(demo.app, row!.email, demoPassword('candidate'));
}

/** Runs the refused requests and checks that no table changed (the audit log included). */
export async function unchangedBy(demo: DemoApp, run: () => Promise<void>): Promise<void> {
  const before = await rowCountsOf(demo.handle.db);
  await run();
  expect(changedTables(before, await rowCountsOf(demo.handle.db))).toEqual([]);
}

/** A problem with the same body as the one answered for something that does not exist. */
export function sameAsMissing(
  hidden: { statusCode: number; json(): Record<string, unknown> },
  missing: { statusCode: number; json(): Record<string, unknown> },
): void {
  expect(missing.statusCode).toBe(404);
  expect(hidden.statusCode).toBe(404);
  expect(hidden.json()).toEqual(missing.json());
}

/** What every scope test starts from on the demo: Belgium–Morocco against an outsider. */
export interface OutsiderSetUp {
  send: Send;
  /** The demo's coordinator, entitled in Belgium–Morocco. */
  coordinator: TestSession;
  beMa: string;
  ngLt: string;
  /** Every role in the organisations of Nigeria–Lithuania that are no party of Belgium–Morocco. */
  stranger: TestSession;
  /** The (first) organisation of a session. */
  orgOf(s: TestSession): Promise<string>;
}

export async function outsiderSetUp(demo: DemoApp): Promise<OutsiderSetUp> {
  const send = sender(demo);
  const coordinator = await demo.loginAs('coordinator');
  const beMa = await partnershipTitled(demo, 'Belgium–Morocco');
  const ngLt = await partnershipTitled(demo, 'Nigeria–Lithuania');
  const stranger = await outsider(demo, ngLt, beMa);
  const orgOf = async (s: TestSession) =>
    (await send(s, 'GET', '/api/auth/me')).json().user.memberships[0].organisationId as string;
  return { send, coordinator, beMa, ngLt, stranger, orgOf };
}
