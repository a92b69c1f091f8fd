import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { candidate } from '../people/people.schema.js';

/** The person's name as their profile gives it (shown only to those who may read the journey). */
export async function personNameOf(
  db: Pick<Database, 'select'>,
  candidateId: string,
): Promise<string> {
  const [row] = await db
    .select({ name: sql<string>`${candidate.profile}->>'name'` })
    .from(candidate)
    .where(eq(candidate.id, candidateId));
  return row?.name ?? '';
}
