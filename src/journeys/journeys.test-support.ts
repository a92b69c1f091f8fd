import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { membership } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { candidateProfileSchema } from '../people/candidates/candidate-profile.js';
import { candidate } from '../people/people.schema.js';
import { openJourneys } from './journey.store.js';

/** What the journeys' route tests build on the demo, in one place. */

/** The demo's Belgium–Morocco partnership, the corridor the journey tests walk. */
export async function belgiumMoroccoId(db: Database): Promise<string> {
  const rows = await db.select({ id: partnership.id, title: partnership.title }).from(partnership);
  const found = rows.find((r) => r.title.startsWith('Belgium–Morocco'));
  if (!found) throw new Error('the demo has no Belgium–Morocco partnership');
  return found.id;
}

/** A person living in Morocco, with the account given (or none); returns their candidate id. */
export async function addMoroccanCandidate(
  db: Database,
  { userId, name }: { userId: string | null; name: string },
): Promise<string> {
  const id = randomUUID();
  const now = new Date('2025-01-01T00:00:00Z');
  await db.insert(candidate).values({
    id,
    userId,
    residenceCountry: 'MA',
    profile: candidateProfileSchema.parse({ name, residenceCountry: 'MA', nationality: 'MA' }),
    createdAt: now,
    updatedAt: now,
  });
  return id;
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
