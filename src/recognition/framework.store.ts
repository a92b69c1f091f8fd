import { asc } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { Framework, FrameworkRegistry, LevelReferencing } from './framework.js';
import { frameworkLevel, levelReferencing, qualificationFramework } from './recognition.schema.js';
import { assertNoProblems } from './recognition-problems.js';
import { validateFrameworks, validateReferencing } from './referencing-validation.js';

/** A database handle or an open transaction. */
export type Tx = Pick<Database, 'insert' | 'select' | 'update' | 'delete'>;

/** Every stored framework and referencing fact, as the engine's registry. */
export async function loadRegistry(db: Tx): Promise<FrameworkRegistry> {
  const frameworks = await db
    .select()
    .from(qualificationFramework)
    .orderBy(asc(qualificationFramework.id));
  const levels = await db.select().from(frameworkLevel).orderBy(asc(frameworkLevel.level));
  const referencing = await db.select().from(levelReferencing).orderBy(asc(levelReferencing.id));
  return {
    frameworks: frameworks.map((f): Framework => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      ...(f.country ? { country: f.country } : {}),
      source: f.source,
      demo: f.demo,
      levels: levels
        .filter((l) => l.frameworkId === f.id)
        .map((l) => ({
          level: l.level,
          ...(l.title ? { title: l.title } : {}),
          descriptors: l.descriptors,
        })),
    })),
    referencing: referencing.map(({ id: _id, ...r }): LevelReferencing => r),
  };
}

const sameFact = (a: LevelReferencing, b: LevelReferencing) =>
  a.fromFrameworkId === b.fromFrameworkId &&
  a.fromLevel === b.fromLevel &&
  a.toFrameworkId === b.toFrameworkId;

/**
 * Adds frameworks and referencing after checking the whole result (cycles, conflicts) and
 * reporting problems against the added entries. Existing frameworks and facts are kept as they
 * are, so that re-running a load is idempotent. Nothing is written when anything is wrong.
 */
export async function addFrameworks(db: Database, added: FrameworkRegistry): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadRegistry(tx);
    const newFrameworks = added.frameworks.filter(
      (f) => !current.frameworks.some((c) => c.id === f.id),
    );
    const newFacts = added.referencing.filter(
      (r) => !current.referencing.some((c) => sameFact(c, r)),
    );
    assertNoProblems(validateFrameworks(added.frameworks));
    const all = {
      frameworks: [...current.frameworks, ...newFrameworks],
      referencing: [...current.referencing, ...added.referencing],
    };
    const offset = current.referencing.length;
    // Validation indexes the combined list; shift the field names back to the caller's list.
    assertNoProblems(
      validateReferencing(all).map((p) => ({
        ...p,
        field: p.field.replace(
          /^referencing\[(\d+)\]/,
          (_, i: string) => `referencing[${Number(i) - offset}]`,
        ),
      })),
    );
    for (const f of newFrameworks) {
      await tx.insert(qualificationFramework).values({
        id: f.id,
        name: f.name,
        kind: f.kind,
        country: f.country ?? null,
        source: f.source,
        demo: f.demo,
      });
      if (f.levels.length > 0)
        await tx.insert(frameworkLevel).values(
          f.levels.map((l) => ({
            frameworkId: f.id,
            level: l.level,
            title: l.title ?? null,
            descriptors: l.descriptors,
          })),
        );
    }
    if (newFacts.length > 0) await tx.insert(levelReferencing).values(newFacts);
  });
}
