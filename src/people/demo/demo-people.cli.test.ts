import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommands } from '../../cli/cli.test-support.js';
import type { DatabaseHandle } from '../../db/database.js';
import { occupationSkill, taxonomyVersion } from '../../taxonomy/taxonomy.schema.js';
import { testEngines } from '../../../test/support/database.js';
import { candidateProfileSchema } from '../candidates/candidate-profile.js';
import { demoPeopleCommands } from './demo-people.cli.js';
import { testRelations } from './demo-test-relations.js';

describe.each(testEngines())('passerelle people generate ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await handle.db
      .insert(taxonomyVersion)
      .values({ id: 'esco-test', label: 'test', active: true, status: 'complete' });
    await handle.db.insert(occupationSkill).values(
      testRelations().flatMap((r) =>
        r.essential.map((skillUri) => ({
          versionId: 'esco-test',
          occupationUri: r.occupationUri,
          skillUri,
          relation: 'essential' as const,
        })),
      ),
    );
  });
  afterAll(() => handle.close());

  const run = async (...args: string[]) =>
    (await runCommands(demoPeopleCommands, handle, ['people', 'generate', ...args]))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { profile: unknown });

  it('GIVEN an imported taxonomy WHEN generating 1500 candidates THEN 1500 valid profiles stream out, the same for the same seed', async () => {
    const rows = await run('--count', '1500', '--seed', '3');
    expect(rows).toHaveLength(1500);
    expect(candidateProfileSchema.safeParse(rows[0]?.profile).success).toBe(true);
    expect(await run('--count', '5', '--seed', '3')).toEqual(rows.slice(0, 5));
  });

  it('GIVEN no employer organisation WHEN generating vacancies THEN it refuses with a clear error', async () => {
    await expect(run('--kind', 'vacancies')).rejects.toThrow(/No employer organisation/);
  });
});
