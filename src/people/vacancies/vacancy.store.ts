import { and, asc, eq, type SQL } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { occupationSkill } from '../../taxonomy/taxonomy.schema.js';
import { vacancy } from '../people.schema.js';
import type { Vacancy } from './vacancy.js';

export interface VacancyRecord {
  id: string;
  vacancy: Vacancy;
  updatedAt: Date;
}

const present = (r: typeof vacancy.$inferSelect): VacancyRecord => ({
  id: r.id,
  vacancy: r.posting,
  updatedAt: r.updatedAt,
});

/** Stores a new vacancy or replaces one; returns its id. */
export async function saveVacancy(
  db: Database,
  v: Vacancy,
  now: Date,
  id?: string,
): Promise<string> {
  const columns = {
    employerId: v.employerId,
    occupationUri: v.occupationUri,
    country: v.country,
    track: v.track,
    posting: v,
    updatedAt: now,
  };
  if (id) {
    await db.update(vacancy).set(columns).where(eq(vacancy.id, id));
    return id;
  }
  const newId = randomUUID();
  await db.insert(vacancy).values({ id: newId, createdAt: now, ...columns });
  return newId;
}

export async function findVacancy(db: Database, id: string): Promise<VacancyRecord | undefined> {
  const rows = await db.select().from(vacancy).where(eq(vacancy.id, id));
  return rows[0] && present(rows[0]);
}

/** Vacancies, optionally of one occupation, country or employer; oldest first. */
export async function listVacancies(
  db: Database,
  filter: { occupationUri?: string; country?: string; employerId?: string; limit?: number },
): Promise<VacancyRecord[]> {
  const where: SQL[] = [];
  if (filter.occupationUri) where.push(eq(vacancy.occupationUri, filter.occupationUri));
  if (filter.country) where.push(eq(vacancy.country, filter.country));
  if (filter.employerId) where.push(eq(vacancy.employerId, filter.employerId));
  const rows = await db
    .select()
    .from(vacancy)
    .where(and(...where))
    .orderBy(asc(vacancy.createdAt))
    .limit(filter.limit ?? 200);
  return rows.map(present);
}

/** The essential and optional skills ESCO gives an occupation: the vacancy form's suggestions. */
export async function occupationSkillSuggestions(
  db: Database,
  versionId: string,
  occupationUri: string,
): Promise<{ essential: string[]; optional: string[] }> {
  const rows = await db
    .select({ skillUri: occupationSkill.skillUri, relation: occupationSkill.relation })
    .from(occupationSkill)
    .where(
      and(
        eq(occupationSkill.versionId, versionId),
        eq(occupationSkill.occupationUri, occupationUri),
      ),
    );
  return {
    essential: rows.filter((r) => r.relation === 'essential').map((r) => r.skillUri),
    optional: rows.filter((r) => r.relation === 'optional').map((r) => r.skillUri),
  };
}
