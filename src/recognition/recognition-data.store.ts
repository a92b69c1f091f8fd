import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { loadRegistry, type Tx } from './framework.store.js';
import { validateQualification, type Qualification } from './qualification.js';
import { occupationRequirement, qualification, trainingModule } from './recognition.schema.js';
import { assertNoProblems } from './recognition-problems.js';
import type { OccupationRequirement } from './target.js';
import type { TrainingModule } from './training-module.js';

type QualificationRow = typeof qualification.$inferSelect;

const toQualification = ({ frameworkId, level, ...q }: QualificationRow): Qualification => ({
  ...q,
  level: { frameworkId, level },
});

/** Stores qualifications after checking their framework levels; all or nothing, idempotent by id. */
export async function addQualifications(db: Database, items: Qualification[]): Promise<void> {
  await db.transaction(async (tx) => {
    const { frameworks } = await loadRegistry(tx);
    for (const q of items) assertNoProblems(validateQualification(q, frameworks));
    for (const { level, ...q } of items)
      await tx
        .insert(qualification)
        .values({ ...q, frameworkId: level.frameworkId, level: level.level, demo: q.demo ?? false })
        .onConflictDoNothing();
  });
}

/** Stores training modules and occupation requirements (idempotent by key). */
export async function addCatalogue(
  db: Database,
  modules: TrainingModule[],
  requirements: OccupationRequirement[],
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const m of modules)
      await tx
        .insert(trainingModule)
        .values({ ...m, country: m.country ?? null, demo: m.demo ?? false })
        .onConflictDoNothing();
    for (const { requiredLevel, ...r } of requirements)
      await tx
        .insert(occupationRequirement)
        .values({
          ...r,
          frameworkId: requiredLevel?.frameworkId ?? null,
          level: requiredLevel?.level ?? null,
        })
        .onConflictDoNothing();
  });
}

/** Qualifications, optionally only some ids or one country, ordered by id. */
export async function listQualifications(
  db: Tx,
  filter: { ids?: string[]; country?: string } = {},
) {
  const rows = await db
    .select()
    .from(qualification)
    .where(
      filter.ids
        ? inArray(qualification.id, filter.ids)
        : filter.country
          ? eq(qualification.country, filter.country)
          : undefined,
    )
    .orderBy(asc(qualification.id));
  return rows.map(toQualification);
}

export async function listModules(db: Tx): Promise<TrainingModule[]> {
  const rows = await db.select().from(trainingModule).orderBy(asc(trainingModule.id));
  return rows.map(({ country, ...m }) => ({ ...m, ...(country ? { country } : {}) }));
}

export async function listRequirements(db: Tx): Promise<OccupationRequirement[]> {
  const rows = await db.select().from(occupationRequirement);
  return rows.map(({ frameworkId, level, competentAuthority, recognitionBody, ...r }) => ({
    ...r,
    ...(frameworkId && level !== null ? { requiredLevel: { frameworkId, level } } : {}),
    ...(competentAuthority ? { competentAuthority } : {}),
    ...(recognitionBody ? { recognitionBody } : {}),
  }));
}
