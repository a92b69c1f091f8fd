import type { IndexedConcept } from '../taxonomy-index.js';

interface OccupationLabels {
  uri: string;
  preferredLabel: string;
  altLabels?: string[] | null;
  hiddenLabels?: string[] | null;
  code: string;
  iscoCode: string;
}

interface SkillLabels {
  uri: string;
  preferredLabel: string;
  altLabels?: string[] | null;
  hiddenLabels?: string[] | null;
  skillType?: string | null;
}

/** The concepts to index from occupation and skill rows (parsed files or database rows). */
export function indexedConcepts(
  occupations: readonly OccupationLabels[],
  skills: readonly SkillLabels[],
): IndexedConcept[] {
  return [
    ...occupations.map((o) => ({
      uri: o.uri,
      type: 'occupation' as const,
      preferredLabel: o.preferredLabel,
      altLabels: o.altLabels ?? [],
      hiddenLabels: o.hiddenLabels ?? [],
      code: o.code,
      iscoCode: o.iscoCode,
    })),
    ...skills.map((s) => ({
      uri: s.uri,
      type: 'skill' as const,
      preferredLabel: s.preferredLabel,
      altLabels: s.altLabels ?? [],
      hiddenLabels: s.hiddenLabels ?? [],
      skillType: s.skillType ?? '',
    })),
  ];
}
