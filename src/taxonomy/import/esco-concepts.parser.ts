import { column, splitLines, type CsvRecord } from './csv-records.js';
import type { OccupationRow, SkillRow } from './reference-rows.js';

export const occupationColumns = [
  'conceptUri',
  'iscoGroup',
  'preferredLabel',
  'altLabels',
  'hiddenLabels',
  'code',
] as const;

export const skillColumns = [
  'conceptUri',
  'skillType',
  'reuseLevel',
  'preferredLabel',
  'altLabels',
  'hiddenLabels',
] as const;

/** ESCO occupations from `occupations_en` records (alt and hidden labels one per line). */
export function parseOccupations(records: CsvRecord[]): OccupationRow[] {
  return records.map((r) => ({
    uri: column(r, 'conceptUri'),
    code: column(r, 'code'),
    iscoCode: column(r, 'iscoGroup'),
    preferredLabel: column(r, 'preferredLabel'),
    altLabels: splitLines(r.altLabels),
    hiddenLabels: splitLines(r.hiddenLabels),
    description: column(r, 'description'),
    definition: column(r, 'definition'),
    scopeNote: column(r, 'scopeNote'),
    regulatedProfessionNote: column(r, 'regulatedProfessionNote'),
  }));
}

/** ESCO skills from `skills_en` records; a few have an empty skill type, kept as ''. */
export function parseSkills(records: CsvRecord[]): SkillRow[] {
  return records.map((r) => ({
    uri: column(r, 'conceptUri'),
    skillType: column(r, 'skillType'),
    reuseLevel: column(r, 'reuseLevel'),
    preferredLabel: column(r, 'preferredLabel'),
    altLabels: splitLines(r.altLabels),
    hiddenLabels: splitLines(r.hiddenLabels),
    description: column(r, 'description'),
    definition: column(r, 'definition'),
    scopeNote: column(r, 'scopeNote'),
  }));
}
