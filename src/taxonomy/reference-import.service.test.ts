import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { silentProgress } from '../shared/progress.js';
import { testEngines } from '../../test/support/database.js';
import {
  ensureReferenceData,
  importReferenceData,
  type ImportReport,
} from './reference-import.service.js';
import { country, occupation, occupationSkill, skill, taxonomyVersion } from './taxonomy.schema.js';

const referenceDir = path.resolve(import.meta.dirname, '..', '..', 'reference');

/** The counts ESCO v1.1.1 gives once its documented flaws are set aside. */
const expectedCounts = {
  occupations: 3007,
  skills: 13896,
  skillGroups: 640 + 7,
  occupationSkills: 123_855 - 67,
  occupationBroader: 3617 - 1,
  skillBroader: 20_656,
  skillSkills: 5899,
  collectionMembers: 96 + 346 + 1201 + 26 + 570 + 40 + 122,
  iscoGroups: 619,
  iscedLevels: 10,
  iscedFields: 220,
  countries: 249,
  eqfLevels: 8,
};

describe.each(testEngines())('reference import on $name', (engine) => {
  let handle: DatabaseHandle;
  let first: ImportReport | null;

  beforeAll(async () => {
    handle = await engine.open();
    first = await ensureReferenceData(handle.db, referenceDir, silentProgress);
  });
  afterAll(() => handle?.close());

  it('GIVEN an empty database THEN it imports ESCO v1.1.1 with the expected counts', async () => {
    expect(first?.counts).toEqual(expectedCounts);
    const [occupations] = await handle.db.select({ n: count() }).from(occupation);
    const [skills] = await handle.db.select({ n: count() }).from(skill);
    const [relations] = await handle.db.select({ n: count() }).from(occupationSkill);
    expect([occupations?.n, skills?.n, relations?.n]).toEqual([3007, 13896, 123_788]);
  });

  it('counts every documented flaw of the source', () => {
    const flaws = Object.fromEntries(first!.flaws.map((f) => [f.code, f.count]));
    expect(flaws).toEqual({
      relation_to_missing_occupation: 68,
      skill_group_only_in_hierarchy: 7,
      skill_without_type: 6,
      skill_without_reuse_level: 5,
      mixed_line_endings: 10,
    });
    expect(first!.summary).toContain('a9e54177-a185-404d-b6e6-15663d31137e');
  });

  it('records the version as complete and active', async () => {
    const [version] = await handle.db.select().from(taxonomyVersion);
    expect(version).toMatchObject({ id: 'esco-1.1.1', status: 'complete', active: true });
    expect(version?.counts).toEqual(expectedCounts);
  });

  it('keeps country codes as strings, Namibia included', async () => {
    const [namibia] = await handle.db.select().from(country).where(eq(country.alpha2, 'NA'));
    expect(namibia).toMatchObject({ alpha3: 'NAM', name: 'Namibia' });
  });

  it('does nothing when a complete version is active, and a forced re-import changes nothing', async () => {
    expect(await ensureReferenceData(handle.db, referenceDir, silentProgress)).toBeNull();
    const again = await importReferenceData(handle.db, referenceDir, silentProgress);
    expect(again.counts).toEqual(expectedCounts);
    const [relations] = await handle.db.select({ n: count() }).from(occupationSkill);
    expect(relations?.n).toBe(123_788);
    expect(await handle.db.select().from(taxonomyVersion)).toHaveLength(1);
  }, 300_000); // a second full import: ~30 s on PGlite, more on a busy machine
});

describe('reference import with a broken reference folder', () => {
  it('names the missing file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-ref-'));
    fs.cpSync(referenceDir, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'esco-v1.1.1/relations/skillSkillRelations.csv.gz'));
    // The files are read before the database is touched, so no database is needed here.
    await expect(importReferenceData({} as never, dir, silentProgress)).rejects.toThrow(
      /skillSkillRelations\.csv\.gz/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names a corrupt gzip file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-ref-'));
    fs.cpSync(referenceDir, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'esco-v1.1.1/classification-en/skills_en.csv.gz'), 'not gzip');
    await expect(importReferenceData({} as never, dir, silentProgress)).rejects.toThrow(
      /skills_en\.csv\.gz.*not valid gzip/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
