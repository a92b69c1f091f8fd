import { column, type CsvRecord } from './csv-records.js';
import type { SkillGroupRow } from './reference-rows.js';

export const skillGroupColumns = ['conceptUri', 'preferredLabel', 'code'] as const;

/** ESCO skill groups (and ISCED-F fields) from `skillGroups_en` records. */
export function parseSkillGroups(records: CsvRecord[]): SkillGroupRow[] {
  return records.map((r) => ({
    uri: column(r, 'conceptUri'),
    code: column(r, 'code'),
    preferredLabel: column(r, 'preferredLabel'),
    description: column(r, 'description'),
  }));
}

const levels = [0, 1, 2, 3] as const;

/**
 * Every group named in `skillsHierarchy_en` (one row per path, levels 0-3). The description and
 * scope note of a row belong to its deepest level.
 */
export function parseHierarchyGroups(records: CsvRecord[]): SkillGroupRow[] {
  const groups = new Map<string, SkillGroupRow>();
  for (const r of records) {
    const present = levels.filter((l) => column(r, `Level ${l} URI`) !== '');
    const deepest = present.at(-1);
    for (const l of present) {
      const uri = column(r, `Level ${l} URI`);
      const description = l === deepest ? column(r, 'Description') : '';
      const known = groups.get(uri);
      if (known && (known.description || !description)) continue;
      groups.set(uri, {
        uri,
        code: column(r, `Level ${l} code`),
        preferredLabel: column(r, `Level ${l} preferred term`),
        description,
      });
    }
  }
  return [...groups.values()];
}

/**
 * Completes `skillGroups_en` with the groups only named in the hierarchy file (7 in ESCO
 * v1.1.1), which broader relations point to.
 */
export function mergeSkillGroups(
  listed: SkillGroupRow[],
  fromHierarchy: SkillGroupRow[],
): { groups: SkillGroupRow[]; addedFromHierarchy: SkillGroupRow[] } {
  const known = new Set(listed.map((g) => g.uri));
  const addedFromHierarchy = fromHierarchy.filter((g) => !known.has(g.uri));
  return { groups: [...listed, ...addedFromHierarchy], addedFromHierarchy };
}
