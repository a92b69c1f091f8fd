// Shared set-up for the import tests (not a test file itself): the real ESCO lexicon.
import { loadConfig } from '../../config/config.js';
import { buildConceptLexicon } from '../../extraction/concept-lexicon.js';
import { readReferenceConcepts } from '../../extraction/reference-concepts.loader.js';
import { buildImportVocabulary, type ImportVocabulary } from './import-vocabulary.js';

const COUNTRIES = [
  ['US', 'United States'],
  ['GB', 'United Kingdom'],
  ['JP', 'Japan'],
  ['AU', 'Australia'],
  ['BE', 'Belgium'],
  ['FR', 'France'],
  ['PT', 'Portugal'],
  ['SN', 'Senegal'],
  ['GR', 'Greece'],
].map(([code, name]) => ({ code: code!, name: name! }));

let vocabulary: Promise<ImportVocabulary> | undefined;

/** The import vocabulary over ESCO v1.1.1 from the vendored reference files (built once). */
export function realVocabulary(): Promise<ImportVocabulary> {
  vocabulary ??= readReferenceConcepts(loadConfig({}).referenceDir).then((concepts) =>
    buildImportVocabulary(buildConceptLexicon(concepts), COUNTRIES),
  );
  return vocabulary;
}

export const fixture = (name: string) =>
  new URL(`../../../test/fixtures/people/${name}`, import.meta.url);
