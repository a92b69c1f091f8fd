// Shared set-up for the recognition store and route tests (not a test file itself).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { organisation } from '../accounts/accounts.schema.js';
import { logIn, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import type { OrganisationKind, Role } from '../accounts/roles.js';
import { registerUser } from '../accounts/user-registration.service.js';
import type { Database } from '../db/database.js';
import { occupation, occupationSkill, taxonomyVersion } from '../taxonomy/taxonomy.schema.js';
import { ESSENTIAL_SKILLS, OCCUPATION_LABELS } from './demo/esco-ict.js';
import { seedRecognitionData } from './recognition-seed.service.js';

/** A tiny active taxonomy: the demo ICT occupations with their real essential skills. */
export async function seedIctTaxonomy(db: Database): Promise<void> {
  await db
    .insert(taxonomyVersion)
    .values({ id: 'test-esco', label: 'test', active: true, status: 'complete' });
  for (const [uri, skills] of Object.entries(ESSENTIAL_SKILLS)) {
    await db.insert(occupation).values({
      versionId: 'test-esco',
      uri,
      code: 'x',
      iscoCode: '2512',
      preferredLabel: OCCUPATION_LABELS[uri]!,
    });
    await db.insert(occupationSkill).values(
      skills.map((skillUri) => ({
        versionId: 'test-esco',
        occupationUri: uri,
        skillUri,
        relation: 'essential' as const,
      })),
    );
  }
}

/** The taxonomy above plus the reference and demo recognition data. */
export async function seedRecognitionTestData(db: Database): Promise<void> {
  await seedIctTaxonomy(db);
  await seedRecognitionData(db, path.resolve('reference'), { demo: true });
}

/** A user of a new organisation of this kind and country, holding one role, logged in. */
export async function addMemberOf(
  demo: DemoApp,
  org: { country: string; kind: OrganisationKind },
  role: Role,
): Promise<TestSession> {
  const organisationId = randomUUID();
  await demo.handle.db.insert(organisation).values({
    id: organisationId,
    name: `${org.country} ${org.kind} ${organisationId.slice(0, 8)}`,
    kind: org.kind,
    country: org.country,
    createdAt: demo.clock.now,
  });
  const email = `${role}.${organisationId.slice(0, 8)}@example.org`;
  const password = `Test-${randomUUID()}`;
  await registerUser(
    demo.handle.db,
    { email, displayName: `${role} ${org.country}`, password, organisationId, role },
    { actorUserId: null, now: demo.clock.now },
  );
  return logIn(demo.app, email, password);
}
