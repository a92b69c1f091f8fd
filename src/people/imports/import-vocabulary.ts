import type { ConceptLexicon } from '../../extraction/concept-lexicon.js';
import { extractConcepts, type ExtractedConcept } from '../../extraction/extract-concepts.js';
import { proposedHits } from '../../extraction/proposed-hits.js';
import type { CefrLevel } from '../profile-fields.js';
import { IMPORT_LIMITS } from '../../imports-runtime/import-limits.js';
import { languageTagOf } from './language-names.js';

/** Only the start of a long text is read: extraction time grows with the text. */
const bounded = (text: string) => text.slice(0, IMPORT_LIMITS.extractionTextChars);

/** What importers need to turn people's words into codes. Pure once built. */
export interface ImportVocabulary {
  /** ESCO skills confidently found in a text (complete label matches). */
  skillsIn(text: string): ExtractedConcept[];
  /** The ESCO occupation a job title names, when one matches confidently. */
  occupationIn(title: string): ExtractedConcept | undefined;
  /** ISO 3166-1 alpha-2 code of a country code or English name. */
  countryCode(text: string): string | undefined;
  /** BCP 47 tag of a language code or English name. */
  languageTag(text: string): string | undefined;
}

/** Builds the vocabulary over an extraction lexicon and the country names of the taxonomy. */
export function buildImportVocabulary(
  lexicon: ConceptLexicon,
  countries: readonly { code: string; name: string }[],
): ImportVocabulary {
  const byName = new Map<string, string>();
  for (const c of countries) {
    byName.set(c.code.toLowerCase(), c.code);
    byName.set(c.name.toLowerCase(), c.code);
  }
  byName.set('uk', 'GB'); // Europass v3 writes the United Kingdom as UK
  byName.set('el', 'GR'); // and Greece as EL, as the EU does
  return {
    skillsIn: (text) =>
      proposedHits(extractConcepts(lexicon, bounded(text), { type: 'skill', limit: 30 })),
    occupationIn: (title) =>
      proposedHits(extractConcepts(lexicon, bounded(title), { type: 'occupation', limit: 1 }))[0],
    countryCode: (text) => byName.get(text.trim().toLowerCase()),
    languageTag: languageTagOf,
  };
}

/** CEFR level of a JSON Resume fluency word, and whether it means a mother tongue. */
export function fluencyLevel(fluency: string): { native: boolean; level?: CefrLevel } | undefined {
  const f = fluency.toLowerCase();
  if (/native|mother|bilingual/.test(f)) return { native: true, level: 'C2' };
  if (/^c[12]$|^b[12]$|^a[12]$/.test(f))
    return { native: false, level: f.toUpperCase() as CefrLevel };
  if (/professional working|upper.?intermediate|good/.test(f))
    return { native: false, level: 'B2' };
  if (/limited working|intermediate|moderate|conversational/.test(f))
    return { native: false, level: 'B1' };
  if (/full professional|fluent|proficien|advanced|expert/.test(f))
    return { native: false, level: 'C1' };
  if (/elementary|basic|beginner|notions/.test(f)) return { native: false, level: 'A2' };
  return undefined;
}
