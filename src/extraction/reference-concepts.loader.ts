import { parseOccupations, parseSkills } from '../taxonomy/import/esco-concepts.parser.js';
import { readCsvSource, referenceFiles } from '../taxonomy/import/reference-files.loader.js';
import type { LexiconConcept } from './concept-lexicon.js';

/**
 * ESCO skills and occupations straight from the vendored reference files, for the benchmark and
 * for extraction without a database. The server builds its lexicon from the active version instead.
 */
export async function readReferenceConcepts(referenceDir: string): Promise<LexiconConcept[]> {
  const [skills, occupations] = await Promise.all([
    readCsvSource(referenceDir, referenceFiles.skills),
    readCsvSource(referenceDir, referenceFiles.occupations),
  ]);
  const asConcept = (type: 'skill' | 'occupation') => (row: LabelRow) => ({
    uri: row.uri,
    type,
    preferredLabel: row.preferredLabel,
    altLabels: row.altLabels ?? [],
    hiddenLabels: row.hiddenLabels ?? [],
  });
  return [
    ...parseSkills(skills.records).map(asConcept('skill')),
    ...parseOccupations(occupations.records).map(asConcept('occupation')),
  ];
}

interface LabelRow {
  uri: string;
  preferredLabel: string;
  altLabels?: string[] | null;
  hiddenLabels?: string[] | null;
}
