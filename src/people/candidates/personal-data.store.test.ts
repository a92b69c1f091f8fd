import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/database.js';
import { organisation } from '../../accounts/accounts.schema.js';
import type { DatabaseHandle } from '../../db/database.js';
import * as schema from '../../db/schema.js';
import {
  candidate,
  candidateConsent,
  programme,
  programmeCompletion,
  programmeEnrolment,
} from '../people.schema.js';
import type { Programme } from '../programmes/programme.js';
import { candidateProfileSchema } from './candidate-profile.js';
import { eraseCandidate, exportCandidateData, findCandidate } from './candidate.store.js';
import { PERSONAL_DATA_COVERAGE } from './personal-data.js';

/**
 * Every table of the schema that holds a person's candidate id (a `candidate_id` column or a
 * foreign key to `candidate`), with that column; `candidate` itself by its `id`.
 */
function personTables(): Map<string, { column: string; onDelete: string | undefined }> {
  const found = new Map<string, { column: string; onDelete: string | undefined }>();
  for (const table of Object.values(schema)) {
    if (!(table instanceof PgTable)) continue;
    const config = getTableConfig(table);
    if (config.name === 'candidate') {
      found.set('candidate', { column: 'id', onDelete: undefined });
      continue;
    }
    const keys = config.foreignKeys.filter(
      (k) => getTableConfig(k.reference().foreignTable).name === 'candidate',
    );
    const column =
      keys[0]?.reference().columns[0]?.name ??
      config.columns.find((c) => c.name === 'candidate_id')?.name;
    if (column) found.set(config.name, { column, onDelete: keys[0]?.onDelete });
  }
  return found;
}

const at = (value: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);

describe('personal data coverage', () => {
  it('GIVEN the drizzle schema THEN every table holding a candidate id says how export and erasure cover it, and its erasure is what the schema does', () => {
    const tables = personTables();
    expect([...tables.keys()].sort()).toEqual(Object.keys(PERSONAL_DATA_COVERAGE).sort());
    for (const [name, { onDelete }] of tables) {
      const { erasure } = PERSONAL_DATA_COVERAGE[name]!;
      if (erasure === 'cascade') expect({ name, onDelete }).toEqual({ name, onDelete: 'cascade' });
      else if (typeof erasure === 'object') {
        const migrations = fs.readdirSync(path.join(import.meta.dirname, '../../../drizzle'));
        const file = migrations.find((f) => f.startsWith(`${erasure.trigger}_`));
        expect(file, name).toBeDefined();
        const text = fs.readFileSync(
          path.join(import.meta.dirname, '../../../drizzle', file!),
          'utf8',
        );
        expect(text).toContain(`DELETE FROM ${name} WHERE`);
      } else expect(name).toBe('candidate');
    }
  });
});

describe.each(testEngines())("a person's export and erasure ($name)", (engine) => {
  let handle: DatabaseHandle;
  const now = new Date('2026-11-21T09:00:00Z');
  const change = { actorUserId: null, now };
  const providerId = randomUUID();
  const programmeIds = [randomUUID(), randomUUID()];

  async function person(name: string): Promise<string> {
    const id = randomUUID();
    const profile = candidateProfileSchema.parse({
      name,
      residenceCountry: 'MA',
      nationality: 'MA',
    });
    await handle.db.insert(candidate).values({
      id,
      userId: null,
      residenceCountry: 'MA',
      profile,
      createdAt: now,
      updatedAt: now,
    });
    await handle.db
      .insert(candidateConsent)
      .values({ candidateId: id, purpose: 'partnership_matching', grantedAt: now });
    return id;
  }

  async function enrolAndComplete(candidateId: string) {
    await handle.db.insert(programmeEnrolment).values([
      {
        id: randomUUID(),
        programmeId: programmeIds[0]!,
        candidateId,
        enrolledOn: '2026-09-01',
        recordedAt: now,
        withdrawnOn: '2026-10-15',
        withdrawalReason: 'moved to another city',
      },
      {
        id: randomUUID(),
        programmeId: programmeIds[1]!,
        candidateId,
        enrolledOn: '2026-10-20',
        recordedAt: now,
      },
    ]);
    await handle.db.insert(programmeCompletion).values({
      programmeId: programmeIds[1]!,
      candidateId,
      modules: [0],
      completedOn: '2026-11-20',
      recordedAt: now,
    });
  }

  beforeAll(async () => {
    handle = await engine.open();
    await handle.db.insert(organisation).values({
      id: providerId,
      name: 'Training provider',
      kind: 'training_provider',
      country: 'MA',
      createdAt: now,
    });
    await handle.db.insert(programme).values(
      programmeIds.map((id, i) => ({
        id,
        providerId,
        programme: { title: ['Welding', 'Plumbing'][i], providerId } as Programme,
        createdAt: now,
        updatedAt: now,
      })),
    );
  });
  afterAll(() => handle.close());

  it('GIVEN a person enrolled, withdrawn and completing WHEN they export THEN their enrolments and completions come with the programme name, dates and reason; WHEN erased THEN no table keeps their id', async () => {
    const [amina, other] = [await person('Amina Test'), await person('Other Test')];
    await enrolAndComplete(amina);
    await enrolAndComplete(other);

    const data = await exportCandidateData(
      handle.db,
      (await findCandidate(handle.db, amina))!,
      change,
    );
    expect(data.programmeEnrolments).toEqual([
      expect.objectContaining({
        programmeId: programmeIds[0],
        programmeTitle: 'Welding',
        enrolledOn: '2026-09-01',
        withdrawnOn: '2026-10-15',
        withdrawalReason: 'moved to another city',
      }),
      expect.objectContaining({
        programmeTitle: 'Plumbing',
        enrolledOn: '2026-10-20',
        withdrawnOn: null,
        withdrawalReason: null,
      }),
    ]);
    expect(data.programmeCompletions).toEqual([
      expect.objectContaining({
        programmeTitle: 'Plumbing',
        completedOn: '2026-11-20',
        modules: [0],
      }),
    ]);
    for (const [name, { export: covered }] of Object.entries(PERSONAL_DATA_COVERAGE))
      if ('key' in covered) expect(at(data, covered.key), name).toBeDefined();

    const rowsOf = async (id: string) => {
      const counts: Record<string, number> = {};
      for (const [name, { column }] of personTables()) {
        const result = await handle.db.execute(
          sql`select count(*)::int as n from ${sql.identifier(name)} where ${sql.identifier(column)} = ${id}`,
        );
        counts[name] = Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n);
      }
      return counts;
    };
    const before = await rowsOf(amina);
    expect(before).toMatchObject({ programme_enrolment: 2, programme_completion: 1 });
    await eraseCandidate(handle.db, amina, change);
    const after = await rowsOf(amina);
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true);
    expect(await rowsOf(other)).toEqual(before);
  });
});
