import { buildExactLabelMatcher } from '../extraction/exact-label-match.js';
import { normalizeLabel } from '../taxonomy/search/label-text.js';
import type { ImportVocabulary } from './import-rows.js';

/** The reference data of an import vocabulary, as plain data (it crosses to worker threads). */
export interface ImportVocabularyData {
  countries: { alpha2: string; alpha3: string; name: string }[];
  iscoCodes: string[];
  occupations: { uri: string; iscoCode: string; preferredLabel: string; altLabels: string[] }[];
  skills: { uri: string; preferredLabel: string; altLabels: string[] }[];
  /** Declared custom regions and their country. */
  regions: { code: string; country: string }[];
}

/** The vocabulary importers check rows against, built from its data. Pure. */
export function buildImportVocabulary(data: ImportVocabularyData): ImportVocabulary {
  const matchSkills = buildExactLabelMatcher(
    data.skills.map((s) => ({ ...s, type: 'skill' as const, hiddenLabels: [] })),
  );
  const occupationByLabel = new Map<string, { uri: string; iscoCode: string }>();
  for (const o of data.occupations)
    for (const label of [o.preferredLabel, ...o.altLabels])
      if (!occupationByLabel.has(normalizeLabel(label)))
        occupationByLabel.set(normalizeLabel(label), { uri: o.uri, iscoCode: o.iscoCode });
  return {
    countries: new Set(data.countries.map((c) => c.alpha2)),
    iscoCodes: new Set(data.iscoCodes),
    occupationIsco: new Map(data.occupations.map((o) => [o.uri, o.iscoCode])),
    skills: new Set(data.skills.map((s) => s.uri)),
    customRegions: new Map(data.regions.map((r) => [r.code, r.country])),
    countryByAlpha3: new Map(data.countries.map((c) => [c.alpha3, c.alpha2])),
    countryByName: new Map(data.countries.map((c) => [c.name.toLowerCase(), c.alpha2])),
    findSkills: (text) => matchSkills(text).map((c) => c.uri),
    findOccupation: (label) => occupationByLabel.get(normalizeLabel(label)),
  };
}
