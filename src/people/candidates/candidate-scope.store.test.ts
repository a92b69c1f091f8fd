import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/database.js';
import type { DatabaseHandle } from '../../db/database.js';
import { candidate, candidateConsent } from '../people.schema.js';
import { candidateProfileSchema } from './candidate-profile.js';
import { cohortCandidate, cohortCandidateIds } from './candidate-scope.store.js';

const now = new Date('2026-11-21T09:00:00Z');
const partnership = (...origins: string[]) => ({
  corridors: origins.map((origin) => ({ origin })),
});
const partnerships = {
  morocco: partnership('MA'),
  tunisiaEgypt: partnership('TN', 'EG', 'TN'),
  senegal: partnership('SN'),
  none: partnership(),
};

describe.each(testEngines())('cohort membership of a list in one query ($name)', (engine) => {
  let handle: DatabaseHandle;
  const people: string[] = [];

  /** A person living in the country; consent: standing, withdrawn or never given. */
  async function person(country: string, consent: 'standing' | 'withdrawn' | 'none') {
    const id = randomUUID();
    const profile = candidateProfileSchema.parse({
      name: `Person ${people.length}`,
      residenceCountry: country,
      nationality: country,
    });
    await handle.db.insert(candidate).values({
      id,
      userId: null,
      residenceCountry: country,
      profile,
      createdAt: now,
      updatedAt: now,
    });
    if (consent !== 'none')
      await handle.db.insert(candidateConsent).values({
        candidateId: id,
        purpose: 'partnership_matching',
        grantedAt: now,
        withdrawnAt: consent === 'withdrawn' ? now : null,
      });
    if (consent === 'withdrawn')
      await handle.db
        .insert(candidateConsent)
        .values({ candidateId: id, purpose: 'employer_sharing', grantedAt: now });
    people.push(id);
  }

  beforeAll(async () => {
    handle = await engine.open();
    for (const country of ['MA', 'TN', 'EG', 'SN', 'FR'])
      for (const consent of ['standing', 'withdrawn', 'none'] as const)
        await person(country, consent);
    await person('MA', 'standing');
    await person('TN', 'standing');
  });
  afterAll(() => handle.close());

  it('GIVEN people of several countries and consents, enrolled in programmes linked to several partnerships THEN one query keeps exactly whom cohortCandidate keeps, asked one by one', async () => {
    const enrolled = [...people, randomUUID(), people[0]!]; // an unknown id, and a repeat
    const choices = [
      [partnerships.morocco],
      [partnerships.morocco, partnerships.tunisiaEgypt],
      [partnerships.tunisiaEgypt, partnerships.senegal, partnerships.none],
      [partnerships.none],
      [],
    ];
    for (const chosen of choices) {
      const oneByOne = new Set<string>();
      for (const id of enrolled)
        for (const p of chosen) if (await cohortCandidate(handle.db, p, id)) oneByOne.add(id);
      const together = await cohortCandidateIds(handle.db, chosen, enrolled);
      expect([...together].sort()).toEqual([...oneByOne].sort());
    }
    const both = await cohortCandidateIds(
      handle.db,
      [partnerships.morocco, partnerships.tunisiaEgypt],
      enrolled,
    );
    expect(both.size).toBe(5); // MA, TN and EG with a standing consent, and the later MA and TN
    expect(await cohortCandidateIds(handle.db, [partnerships.morocco], [])).toEqual(new Set());
  });
});
