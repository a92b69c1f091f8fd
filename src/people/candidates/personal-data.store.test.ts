import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable, type ForeignKey } from 'drizzle-orm/pg-core';
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
import { allocationPersonalData } from '../../allocation/allocation-personal-data.queries.js';
import { journeysPersonalData } from '../../journeys/journey-personal-data.queries.js';
import { fairRecruitmentPersonalData } from '../../protection/fair-recruitment/fair-recruitment-personal-data.queries.js';
import { eraseCandidate, exportCandidateData, findCandidate } from './candidate.store.js';
import { PERSONAL_DATA_COVERAGE } from './personal-data.js';
import { personalDataExportSchema, presentPersonalData } from './personal-data.presenters.js';
import { otherAreasWorld, recordsOfOtherAreas } from './personal-data.test-support.js';

/** The sections the composition root passes in (src/http/app.ts). */
const sections = [journeysPersonalData, fairRecruitmentPersonalData, allocationPersonalData];

interface PersonTable {
  column: string;
  onDelete: string | undefined;
  /** The row it hangs on, when it holds no candidate id itself (a journey's event). */
  parent?: { table: string; column: string };
}

/**
 * Every table of the schema that holds a person's candidate id (a `candidate_id` column or a
 * foreign key to `candidate`), with that column; `candidate` itself by its `id`; and every table
 * whose foreign key reaches one of those (a journey's events and steps, a contract's versions).
 */
function personTables(): Map<string, PersonTable> {
  const found = new Map<string, PersonTable>();
  const configs = (Object.values(schema) as unknown[])
    .filter((t): t is PgTable => t instanceof PgTable)
    .map((t) => getTableConfig(t));
  const nameOf = (k: ForeignKey) => getTableConfig(k.reference().foreignTable).name;
  for (const config of configs) {
    if (config.name === 'candidate') {
      found.set('candidate', { column: 'id', onDelete: undefined });
      continue;
    }
    const keys = config.foreignKeys.filter((k) => nameOf(k) === 'candidate');
    const column =
      keys[0]?.reference().columns[0]?.name ??
      config.columns.find((c) => c.name === 'candidate_id')?.name;
    if (column) found.set(config.name, { column, onDelete: keys[0]?.onDelete });
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const config of configs) {
      const key = config.foreignKeys.find((k) => found.has(nameOf(k)));
      if (found.has(config.name) || !key) continue;
      const { columns, foreignColumns } = key.reference();
      found.set(config.name, {
        column: columns[0]!.name,
        onDelete: key.onDelete,
        parent: { table: nameOf(key), column: foreignColumns[0]!.name },
      });
      grew = true;
    }
  }
  return found;
}

/** The rows of `name` that are the person's: by their id, or through the rows they hang on. */
function personRows(tables: Map<string, PersonTable>, name: string, id: string): SQL {
  const { column, parent } = tables.get(name)!;
  if (!parent) return sql`${sql.identifier(column)} = ${id}`;
  return sql`${sql.identifier(column)} in (select ${sql.identifier(parent.column)} from ${sql.identifier(parent.table)} where ${personRows(tables, parent.table, id)})`;
}

/** The value at `a.b`: key `b` of the first element when `a` is a list. */
const at = (value: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((v, k) => {
    const one = Array.isArray(v) ? v[0] : v;
    return (one as Record<string, unknown> | undefined)?.[k];
  }, value);

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
  const employerId = randomUUID();
  let world: Awaited<ReturnType<typeof otherAreasWorld>>;

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
    await handle.db.insert(organisation).values([
      {
        id: providerId,
        name: 'Training provider',
        kind: 'training_provider',
        country: 'MA',
        createdAt: now,
      },
      { id: employerId, name: 'Atelier Soudure', kind: 'employer', country: 'BE', createdAt: now },
    ]);
    await handle.db.insert(programme).values(
      programmeIds.map((id, i) => ({
        id,
        providerId,
        programme: { title: ['Welding', 'Plumbing'][i], providerId } as Programme,
        createdAt: now,
        updatedAt: now,
      })),
    );
    world = await otherAreasWorld(handle.db, employerId, now);
  });
  afterAll(() => handle.close());

  it('GIVEN a person enrolled, withdrawn and completing, with a journey, an orientation attempt, a contract, a cost and an override WHEN they export THEN each comes with names, dates and reasons, and the response schema keeps every key; WHEN erased THEN no table keeps their rows and another person keeps theirs', async () => {
    const [amina, other] = [await person('Amina Test'), await person('Other Test')];
    for (const id of [amina, other]) {
      await enrolAndComplete(id);
      await recordsOfOtherAreas(handle.db, world, id, now);
    }

    const data = await exportCandidateData(
      handle.db,
      (await findCandidate(handle.db, amina))!,
      change,
      sections,
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
    expect(data.journeys).toEqual([
      expect.objectContaining({
        partnership: 'Morocco–Belgium welders',
        employer: 'Atelier Soudure',
        stage: 'returned',
        events: [expect.objectContaining({ type: 'opened', to: 'applied', on: '2026-01-10' })],
        evidence: [
          expect.objectContaining({ kind: 'grievance', value: null, detail: { step: 'filed' } }),
          expect.objectContaining({ kind: 'return_date', value: '2026-10-01' }),
        ],
        reintegration: expect.objectContaining({
          goal: 'Open a workshop',
          followUps: [expect.objectContaining({ month: 3, status: 'on_track' })],
        }),
      }),
    ]);
    expect(data.placementContracts).toEqual([
      expect.objectContaining({
        employer: 'Atelier Soudure',
        versions: [expect.objectContaining({ stage: 'signed', statedOn: '2026-02-15' })],
      }),
    ]);
    expect(data.recruitmentCosts).toEqual([
      expect.objectContaining({ kind: 'travel', amount: 180, paidBy: 'worker' }),
    ]);
    expect(data.allocationOverrides).toEqual([
      expect.objectContaining({
        slot: null,
        locked: true,
        reason: 'Asked to wait for the spring intake',
      }),
    ]);
    expect(data.orientationAttempts).toEqual([
      expect.objectContaining({ module: 'Votre contrat', passed: true }),
    ]);
    // What the route sends: the response schema strips any key it does not describe.
    const shown = personalDataExportSchema(sections).options[0].parse(presentPersonalData(data));
    for (const [name, { export: covered }] of Object.entries(PERSONAL_DATA_COVERAGE)) {
      if (!('key' in covered)) continue;
      const value = at(shown, covered.key);
      expect(value ?? null, name).not.toBeNull();
      if (Array.isArray(value)) expect(value.length, name).toBeGreaterThan(0);
    }
    expect(JSON.stringify(shown)).not.toContain(other);

    const rowsOf = async (id: string) => {
      const counts: Record<string, number> = {};
      const tables = personTables();
      for (const name of tables.keys()) {
        const result = await handle.db.execute(
          sql`select count(*)::int as n from ${sql.identifier(name)} where ${personRows(tables, name, id)}`,
        );
        counts[name] = Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n);
      }
      return counts;
    };
    const before = await rowsOf(amina);
    expect(before).toMatchObject({ programme_enrolment: 2, programme_completion: 1 });
    expect(Object.keys(before).filter((name) => before[name] === 0)).toEqual([]);
    await eraseCandidate(handle.db, amina, change);
    const after = await rowsOf(amina);
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true);
    expect(await rowsOf(other)).toEqual(before);
  });
});
