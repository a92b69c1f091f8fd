import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { country, occupation, skill } from '../taxonomy/taxonomy.schema.js';
import { buildConceptLexicon, type ConceptLexicon } from './concept-lexicon.js';

const cache = new Map<string, Promise<ConceptLexicon>>();

/** The extraction lexicon of a taxonomy version, built once per process (~2 s for ESCO). */
export function lexiconOf(db: Database, versionId: string): Promise<ConceptLexicon> {
  let lexicon = cache.get(versionId);
  if (!lexicon) {
    lexicon = loadLexicon(db, versionId);
    cache.set(versionId, lexicon);
    lexicon.catch(() => cache.delete(versionId));
  }
  return lexicon;
}

async function loadLexicon(db: Database, versionId: string): Promise<ConceptLexicon> {
  const labels = {
    uri: skill.uri,
    preferredLabel: skill.preferredLabel,
    altLabels: skill.altLabels,
    hiddenLabels: skill.hiddenLabels,
  };
  const skills = await db.select(labels).from(skill).where(eq(skill.versionId, versionId));
  const occupations = await db
    .select({
      uri: occupation.uri,
      preferredLabel: occupation.preferredLabel,
      altLabels: occupation.altLabels,
      hiddenLabels: occupation.hiddenLabels,
    })
    .from(occupation)
    .where(eq(occupation.versionId, versionId));
  const concept = (type: 'skill' | 'occupation') => (r: (typeof skills)[number]) => ({
    uri: r.uri,
    type,
    preferredLabel: r.preferredLabel,
    altLabels: r.altLabels ?? [],
    hiddenLabels: r.hiddenLabels ?? [],
  });
  return buildConceptLexicon([
    ...skills.map(concept('skill')),
    ...occupations.map(concept('occupation')),
  ]);
}

/** ISO 3166-1 codes and English names, for importers. */
export function countryNames(db: Database): Promise<{ code: string; name: string }[]> {
  return db.select({ code: country.alpha2, name: country.name }).from(country);
}
