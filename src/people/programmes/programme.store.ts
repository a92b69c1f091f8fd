import { asc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { programme, programmeModule } from '../people.schema.js';
import type { Programme } from './programme.js';

export interface ProgrammeRecord {
  id: string;
  programme: Programme;
  updatedAt: Date;
}

const present = (r: typeof programme.$inferSelect): ProgrammeRecord => ({
  id: r.id,
  programme: r.programme,
  updatedAt: r.updatedAt,
});

/** Stores a programme and its modules (replacing them on update), in one transaction. */
export async function saveProgramme(
  db: Database,
  p: Programme,
  now: Date,
  id?: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const programmeId = id ?? randomUUID();
    if (id) {
      await tx
        .update(programme)
        .set({ providerId: p.providerId, programme: p, updatedAt: now })
        .where(eq(programme.id, id));
      await tx.delete(programmeModule).where(eq(programmeModule.programmeId, id));
    } else {
      await tx.insert(programme).values({
        id: programmeId,
        providerId: p.providerId,
        programme: p,
        createdAt: now,
        updatedAt: now,
      });
    }
    await tx.insert(programmeModule).values(
      p.modules.map((m, position) => ({
        id: randomUUID(),
        programmeId,
        position,
        title: m.title,
        skills: m.skills,
        hours: m.hours,
      })),
    );
    return programmeId;
  });
}

export async function findProgramme(
  db: Database,
  id: string,
): Promise<ProgrammeRecord | undefined> {
  const rows = await db.select().from(programme).where(eq(programme.id, id));
  return rows[0] && present(rows[0]);
}

/** Programmes, optionally of one provider. */
export async function listProgrammes(
  db: Database,
  filter: { providerId?: string; limit?: number },
): Promise<ProgrammeRecord[]> {
  const rows = await db
    .select()
    .from(programme)
    .where(filter.providerId ? eq(programme.providerId, filter.providerId) : undefined)
    .orderBy(asc(programme.createdAt))
    .limit(filter.limit ?? 200);
  return rows.map(present);
}
