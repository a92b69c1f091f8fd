import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { validateAgreement, type RecognitionAgreement } from './agreement.js';
import { loadRegistry, type Tx } from './framework.store.js';
import { validateQualification, type Qualification } from './qualification.js';
import {
  occupationRequirement,
  qualification,
  recognitionAgreement,
  trainingModule,
} from './recognition.schema.js';
import { assertNoProblems } from './recognition-problems.js';
import type { OccupationRequirement } from './target.js';
import type { TrainingModule } from './training-module.js';

type QualificationRow = typeof qualification.$inferSelect;
type AgreementRow = typeof recognitionAgreement.$inferSelect;

const toQualification = ({ frameworkId, level, ...q }: QualificationRow): Qualification => ({
  ...q,
  level: { frameworkId, level },
});

const toAgreement = (a: AgreementRow): RecognitionAgreement => ({
  id: a.id,
  title: a.title,
  from: a.fromParty,
  to: a.toParty,
  direction: a.direction,
  mode: a.mode,
  measures: a.measures as RecognitionAgreement['measures'],
  scope: a.scope,
  validFrom: a.validFrom,
  ...(a.validUntil ? { validUntil: a.validUntil } : {}),
  source: a.source,
  demo: a.demo,
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

/** Stores agreements after validating each (scope, dates, measures, levels); all or nothing. */
export async function addAgreements(db: Database, items: RecognitionAgreement[]): Promise<void> {
  await db.transaction(async (tx) => {
    const { frameworks } = await loadRegistry(tx);
    for (const a of items) assertNoProblems(validateAgreement(a, frameworks));
    for (const { from, to, validUntil, ...a } of items)
      await tx
        .insert(recognitionAgreement)
        .values({
          ...a,
          fromParty: from,
          toParty: to,
          validUntil: validUntil ?? null,
          demo: a.demo ?? false,
        })
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

export async function listAgreements(db: Tx): Promise<RecognitionAgreement[]> {
  return (await db.select().from(recognitionAgreement).orderBy(asc(recognitionAgreement.id))).map(
    toAgreement,
  );
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
