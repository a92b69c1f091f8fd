/** Types of the taxonomy API (ESCO occupations and skills, ISCO-08 groups). */

export type ConceptType = 'occupation' | 'skill';

export interface SearchResult {
  id: string;
  uri: string;
  type: ConceptType;
  preferredLabel: string;
  matchedLabel: string;
  matchedKind: 'preferred' | 'alt' | 'hidden';
  score: number;
  code?: string;
  iscoCode?: string;
  skillType?: string;
}

export interface SearchResponse {
  query: string;
  versionId: string;
  results: SearchResult[];
}

export interface SkillRef {
  id: string;
  uri: string;
  preferredLabel: string;
  skillType: string;
  reuseLevel: string;
}

export interface OccupationRef {
  id: string;
  uri: string;
  preferredLabel: string;
  code: string;
  iscoCode: string;
}

export interface IscoStep {
  code: string;
  title: string;
}

export interface Occupation {
  id: string;
  uri: string;
  code: string;
  iscoCode: string;
  preferredLabel: string;
  altLabels: string[];
  description: string | null;
  definition: string | null;
  scopeNote: string | null;
  regulatedProfessionNote: string | null;
  iscoPath: IscoStep[];
  essentialSkills: SkillRef[];
  optionalSkills: SkillRef[];
  broader: OccupationRef[];
  narrower: OccupationRef[];
}

export interface Skill {
  id: string;
  uri: string;
  preferredLabel: string;
  altLabels: string[];
  skillType: string;
  reuseLevel: string;
  description: string | null;
  scopeNote: string | null;
  broader: { uri: string; preferredLabel: string }[];
  collections: string[];
  essentialFor: OccupationRef[];
  optionalFor: OccupationRef[];
}

export interface IscoChild {
  code: string;
  title: string;
  level: number;
  occupationCount: number;
}

export interface IscoRoot {
  children: IscoChild[];
}

export interface IscoGroup {
  code: string;
  title: string;
  description: string | null;
  level: number;
  path: IscoStep[];
  children: IscoChild[];
  occupations: OccupationRef[];
}

export interface TaxonomyVersion {
  id: string;
  label: string;
  active: boolean;
  status: string;
  importedAt: string;
  counts: Record<string, number>;
  flaws: { code: string; count: number; note: string }[];
}

export interface TaxonomyVersions {
  versions: TaxonomyVersion[];
}

/** API paths of the taxonomy area, so pages never spell a URL by hand. */
export const taxonomyPaths = {
  search: (q: string, type: ConceptType | 'all', limit = 30) => {
    const params = new URLSearchParams({ q, limit: String(limit) });
    if (type !== 'all') params.set('type', type);
    return `/api/taxonomy/search?${params.toString()}`;
  },
  occupation: (id: string) => `/api/taxonomy/occupations/${encodeURIComponent(id)}`,
  skill: (id: string) => `/api/taxonomy/skills/${encodeURIComponent(id)}`,
  iscoRoot: () => '/api/taxonomy/isco',
  isco: (code: string) => `/api/taxonomy/isco/${encodeURIComponent(code)}`,
  versions: () => '/api/taxonomy/versions',
};

/** UI routes of the taxonomy browser. */
export const taxonomyRoutes = {
  occupation: (id: string) => `/taxonomy/occupations/${encodeURIComponent(id)}`,
  skill: (id: string) => `/taxonomy/skills/${encodeURIComponent(id)}`,
  isco: (code?: string) => (code ? `/taxonomy/isco/${encodeURIComponent(code)}` : '/taxonomy/isco'),
};
