import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { notFound, unprocessable } from '../shared/errors.js';
import { activeVersionId } from '../taxonomy/taxonomy-index.store.js';
import { occupation, occupationSkill } from '../taxonomy/taxonomy.schema.js';
import type { RecognitionContext } from './engine.js';
import { loadRegistry } from './framework.store.js';
import type { PersonRecognition } from './outcome.js';
import { recognizePerson, type PersonRecord } from './recognize-person.js';
import { listAgreementsInForce } from './recognition-agreement.store.js';
import { listModules, listQualifications, listRequirements } from './recognition-data.store.js';
import { DEFAULT_RULES } from './rules.js';
import { occupationTarget, qualificationTarget, type RecognitionTarget } from './target.js';

/** What a caller names as the target: an occupation in a country, or a qualification there. */
export type TargetSpec = { country: string; occupation: string } | { qualificationId: string };

const OCCUPATION_PREFIX = 'http://data.europa.eu/esco/occupation/';

/** Accepts an ESCO occupation URI or its trailing id. */
export const occupationUri = (idOrUri: string) =>
  idOrUri.startsWith('http') ? idOrUri : OCCUPATION_PREFIX + idOrUri;

/** The engine's context from the store: frameworks, agreements, catalogue; `asOf` is given. */
export async function loadContext(db: Database, asOf: string): Promise<RecognitionContext> {
  return {
    asOf,
    registry: await loadRegistry(db),
    agreements: await listAgreementsInForce(db),
    catalogue: await listModules(db),
    rules: DEFAULT_RULES,
  };
}

/** Resolves a target to values; the occupation's essential skills come from the active taxonomy. */
export async function resolveTarget(db: Database, spec: TargetSpec): Promise<RecognitionTarget> {
  if ('qualificationId' in spec) {
    const [q] = await listQualifications(db, { ids: [spec.qualificationId] });
    if (!q)
      throw notFound(
        'recognition.unknown_qualification',
        `There is no qualification ${spec.qualificationId}.`,
      );
    return qualificationTarget(q);
  }
  const uri = occupationUri(spec.occupation);
  const versionId = await activeVersionId(db);
  const unknown = () =>
    unprocessable('recognition.unknown_occupation', `No essential skills are known for ${uri}.`, [
      {
        field: 'occupation',
        reason: 'not an occupation of the active taxonomy (is the taxonomy imported?)',
      },
    ]);
  if (!versionId) throw unknown();
  const [found] = await db
    .select({ label: occupation.preferredLabel })
    .from(occupation)
    .where(and(eq(occupation.versionId, versionId), eq(occupation.uri, uri)));
  if (!found) throw unknown();
  const skills = await db
    .select({ uri: occupationSkill.skillUri })
    .from(occupationSkill)
    .where(
      and(
        eq(occupationSkill.versionId, versionId),
        eq(occupationSkill.occupationUri, uri),
        eq(occupationSkill.relation, 'essential'),
      ),
    );
  const essential = skills.map((s) => s.uri);
  return occupationTarget(spec.country, uri, found.label, essential, await listRequirements(db));
}

/** Runs the engine for a person against a target, as of a date. */
export async function evaluateRecognition(
  db: Database,
  person: PersonRecord,
  spec: TargetSpec,
  asOf: string,
): Promise<PersonRecognition> {
  const target = await resolveTarget(db, spec);
  return recognizePerson(person, target, await loadContext(db, asOf));
}

/** The stored qualifications with these ids, or 422 naming the first unknown one. */
export async function qualificationsByIds(db: Database, ids: string[], field = 'qualificationIds') {
  const found = await listQualifications(db, { ids });
  const missing = ids.find((id) => !found.some((q) => q.id === id));
  if (missing)
    throw unprocessable(
      'recognition.unknown_qualification',
      `There is no qualification ${missing}.`,
      [{ field, reason: `unknown qualification ${missing}` }],
    );
  return found;
}
