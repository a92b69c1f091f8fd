import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestEngine } from '../../test/support/database.js';
import { membership } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import type { Database } from '../db/database.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { partnershipSlotLink } from '../people/slot-links/slot-link.schema.js';
import {
  candidateProfileSchema,
  type CandidateProfile,
} from '../people/candidates/candidate-profile.js';
import { candidate, candidateConsent } from '../people/people.schema.js';
import { openJourneys } from './journey-opening.store.js';
import { journey } from './journeys.schema.js';

/** What the journeys' route tests build on the demo, in one place. */

/** The demo's Belgium–Morocco partnership, the corridor the journey tests walk. */
export async function belgiumMoroccoId(db: Database): Promise<string> {
  const rows = await db.select({ id: partnership.id, title: partnership.title }).from(partnership);
  const found = rows.find((r) => r.title.startsWith('Belgium–Morocco'));
  if (!found) throw new Error('the demo has no Belgium–Morocco partnership');
  return found.id;
}

/**
 * A person living in Morocco, with the account given (or none), recorded `now` (by default on
 * 2025-01-01); returns their candidate id.
 */
export async function addMoroccanCandidate(
  db: Database,
  {
    userId,
    name,
    gender,
    now = new Date('2025-01-01T00:00:00Z'),
  }: { userId: string | null; name: string; gender?: CandidateProfile['gender']; now?: Date },
): Promise<string> {
  const id = randomUUID();
  await db.insert(candidate).values({
    id,
    userId,
    residenceCountry: 'MA',
    profile: candidateProfileSchema.parse({
      name,
      residenceCountry: 'MA',
      nationality: 'MA',
      ...(gender ? { gender } : {}),
    }),
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/**
 * The candidate of a login: the demo's own, or, when the login has none, a Moroccan woman's
 * profile given to it (the profile a selection starts from).
 */
export async function candidateOfLogin(db: Database, userId: string): Promise<string> {
  const [own] = await db
    .select({ id: candidate.id })
    .from(candidate)
    .where(eq(candidate.userId, userId));
  if (own) return own.id;
  return addMoroccanCandidate(db, {
    userId,
    name: 'Demo Candidate',
    gender: { kind: 'female' },
    now: new Date('2026-01-01T00:00:00Z'),
  });
}

/** The organisation a demo user is a member of (the employer's, for the employer login). */
export async function organisationOf(db: Database, userId: string): Promise<string> {
  const [row] = await db
    .select({ organisationId: membership.organisationId })
    .from(membership)
    .where(eq(membership.userId, userId));
  if (!row) throw new Error('the user belongs to no organisation');
  return row.organisationId;
}

/** Opens a coordinator's journey at "Certified" for a person, employed by `employerId`. */
export async function openCertifiedJourney(
  db: Database,
  opening: {
    partnershipId: string;
    candidateId: string;
    employerId: string | null;
    intake: string;
    occurredOn: string;
    coordinatorUserId: string;
    now: Date;
  },
): Promise<string> {
  const { opened } = await openJourneys(
    db,
    [
      {
        partnershipId: opening.partnershipId,
        candidateId: opening.candidateId,
        intake: opening.intake,
        origin: { kind: 'coordinator', id: null },
        stage: 'certified',
        occurredOn: opening.occurredOn,
        programmeId: null,
        employerId: opening.employerId,
        evidence: [],
      },
    ],
    { actorUserId: opening.coordinatorUserId, now: opening.now },
  );
  const id = opened[0]?.id;
  if (!id) throw new Error('no journey was opened');
  return id;
}

const skill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The course a programme route test's programmes follow: two modules of 80 hours. */
export interface ProgrammeCourse {
  title: string;
  modules: [string, string];
  /** The ISCO code of the partnership's slot it is linked to. */
  occupation: string;
  certificate: string;
}

type Response = Awaited<ReturnType<DemoApp['app']['inject']>>;

/**
 * What the programme enrolment and completion route tests build on: the demo with a trainer of a
 * provider and a coordinator, the Belgium–Morocco partnership, and ways to add people and
 * programmes linked to it and to read the journeys that follow.
 */
export interface ProgrammeWorld {
  demo: DemoApp;
  trainer: TestSession;
  coordinator: TestSession;
  partnershipId: string;
  providerId: string;
  call(s: TestSession, method: 'GET' | 'POST', url: string, payload?: object): Promise<Response>;
  /** A person living in Morocco, with no account, consenting to partnership matching unless told. */
  person(name: string, consents?: boolean): Promise<string>;
  /** A programme of the trainer's provider following the course, linked to the partnership as `status`. */
  programme(status?: 'accepted' | 'proposed', certifies?: boolean): Promise<string>;
  /** The journeys of a person in the partnership. */
  journeysOf(candidateId: string): Promise<{ id: string; stage: string }[]>;
  /** A journey as the coordinator reads it over HTTP. */
  detailOf<T>(journeyId: string): Promise<T>;
}

export async function startProgrammeWorld(
  engine: TestEngine,
  course: ProgrammeCourse,
): Promise<ProgrammeWorld> {
  const demo = await startDemoApp(engine);
  const db = demo.handle.db;
  const [trainer, coordinator] = await Promise.all([
    demo.loginAs('trainer'),
    demo.loginAs('coordinator'),
  ]);
  const call: ProgrammeWorld['call'] = (s, method, url, payload) =>
    demo.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
  const providerId = (await call(trainer, 'GET', '/api/auth/me')).json().user.memberships[0]
    .organisationId as string;
  const partnershipId = await belgiumMoroccoId(db);
  return {
    demo,
    trainer,
    coordinator,
    partnershipId,
    providerId,
    call,
    async person(name, consents = true) {
      const id = await addMoroccanCandidate(db, { userId: null, name, now: demo.clock.now });
      if (consents)
        await db
          .insert(candidateConsent)
          .values({ candidateId: id, purpose: 'partnership_matching', grantedAt: demo.clock.now });
      return id;
    },
    async programme(status = 'accepted', certifies = true) {
      const created = await call(trainer, 'POST', '/api/programmes', {
        title: `${course.title} ${randomUUID().slice(0, 6)}`,
        providerId,
        location: 'origin',
        country: 'MA',
        modules: course.modules.map((title, i) => ({ title, skills: [skill(i + 1)], hours: 80 })),
        seats: 20,
        ...(certifies
          ? {
              certification: {
                title: course.certificate,
                awardingBodies: [{ name: 'OFPPT', country: 'MA' }],
              },
            }
          : {}),
      });
      expect(created.statusCode, created.body).toBe(201);
      const programmeId = created.json().id as string;
      await db.insert(partnershipSlotLink).values({
        id: randomUUID(),
        partnershipId,
        slotKind: 'programme',
        programmeId,
        partyOrganisationId: providerId,
        occupation: course.occupation,
        status,
        proposedAt: demo.clock.now,
      });
      return programmeId;
    },
    journeysOf: (candidateId) =>
      db
        .select({ id: journey.id, stage: journey.stage })
        .from(journey)
        .where(and(eq(journey.partnershipId, partnershipId), eq(journey.candidateId, candidateId))),
    detailOf: async <T>(id: string) =>
      (await call(coordinator, 'GET', `/api/journeys/${id}`)).json() as T,
  };
}
