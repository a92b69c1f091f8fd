import { count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../../accounts/accounts.schema.js';
import type { DatabaseHandle } from '../../db/database.js';
import { loadDemoData } from '../../demo/demo.loader.js';
import { occupationSkill, skill, taxonomyVersion } from '../../taxonomy/taxonomy.schema.js';
import { testEngines } from '../../../test/support/database.js';
import {
  candidate,
  candidateConsent,
  programme,
  programmeModule,
  vacancy,
} from '../people.schema.js';
import { testRelations } from './demo-test-relations.js';

const now = new Date('2026-11-21T09:00:00Z');

describe.each(testEngines())('loading the demo people ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await handle.db
      .insert(taxonomyVersion)
      .values({ id: 'esco-test', label: 'test', active: true, status: 'complete' });
    await handle.db.insert(occupationSkill).values(
      testRelations().flatMap((r) => [
        ...r.essential.map((skillUri) => ({
          versionId: 'esco-test',
          occupationUri: r.occupationUri,
          skillUri,
          relation: 'essential' as const,
        })),
        ...r.optional.map((skillUri) => ({
          versionId: 'esco-test',
          occupationUri: r.occupationUri,
          skillUri,
          relation: 'optional' as const,
        })),
      ]),
    );
    // Every skill labelled like ESCO's, "skill <last digits of its URI>".
    const uris = [...new Set(testRelations().flatMap((r) => [...r.essential, ...r.optional]))];
    await handle.db.insert(skill).values(
      uris.map((uri) => ({
        versionId: 'esco-test',
        uri,
        preferredLabel: `skill ${uri.slice(-4)}`,
      })),
    );
    await loadDemoData(handle.db, { seed: 7, scale: 'small', now });
  });
  afterAll(() => handle.close());

  it('GIVEN an imported taxonomy WHEN the demo loads THEN the demo candidate has a profile with skills', async () => {
    const [user] = await handle.db
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.email, 'candidate@demo.passerelle.dev'));
    const [row] = await handle.db.select().from(candidate).where(eq(candidate.userId, user!.id));
    expect(row?.profile.skills.length).toBeGreaterThan(3);
    expect(['MA', 'NG', 'SN', 'TN', 'MR']).toContain(row?.residenceCountry);
  });

  it('THEN a few hundred candidates without accounts, vacancies, programmes and modules arrive', async () => {
    const [accountless] = await handle.db
      .select({ n: count() })
      .from(candidate)
      .where(isNull(candidate.userId));
    expect(accountless?.n).toBe(300);
    for (const table of [vacancy, programme, programmeModule, candidateConsent]) {
      const [rows] = await handle.db.select({ n: count() }).from(table);
      expect(rows?.n).toBeGreaterThan(0);
    }
  });

  it('THEN every programme module is named after the ESCO skills it teaches and has a cost', async () => {
    const rows = await handle.db.select({ programme: programme.programme }).from(programme);
    const modules = rows.flatMap((r) => r.programme.modules);
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) {
      const [first, second] = m.skills.map((uri) => `skill ${uri.slice(-4)}`);
      expect(m.title).toBe(second ? `S${first!.slice(1)} and ${second}` : `S${first!.slice(1)}`);
      expect(m.cost?.currency).toBe('EUR');
      expect(m.cost!.amount).toBeGreaterThanOrEqual(m.hours * 3); // 4 € × 0.9 in NG, MR
      expect(m.cost!.amount).toBeLessThanOrEqual(m.hours * 40);
    }
    const [stored] = await handle.db.select({ title: programmeModule.title }).from(programmeModule);
    expect(stored?.title).toMatch(/^Skill \w{4} and skill \w{4}$/);
  });
});
