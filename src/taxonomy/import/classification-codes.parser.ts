import { column, type CsvRecord } from './csv-records.js';
import type {
  CountryRow,
  EqfLevelRow,
  IscedFieldRow,
  IscedLevelRow,
  IscoGroupRow,
} from './reference-rows.js';

export const iscoGroupColumns = ['code', 'level', 'parent_code', 'title', 'esco_uri'] as const;
export const iscoDescriptionColumns = ['code', 'description'] as const;
export const iscedLevelColumns = ['id', 'label', 'alternative', 'definition'] as const;
export const iscedFieldColumns = ['code', 'level', 'parent_code', 'label', 'esco_uri'] as const;
export const countryColumns = [
  'ISO3166-1-Alpha-2',
  'ISO3166-1-Alpha-3',
  'ISO3166-1-numeric',
  'CLDR display name',
] as const;

/** ISCO-08 groups from the derived list, with descriptions taken from `ISCOGroups_en`. */
export function parseIscoGroups(records: CsvRecord[], escoGroups: CsvRecord[]): IscoGroupRow[] {
  const descriptions = new Map(
    escoGroups.map((r) => [column(r, 'code'), column(r, 'description')]),
  );
  return records.map((r) => {
    const code = column(r, 'code');
    return {
      code,
      level: Number(column(r, 'level')),
      parentCode: column(r, 'parent_code') || null,
      title: column(r, 'title'),
      uri: column(r, 'esco_uri'),
      description: descriptions.get(code) ?? '',
    };
  });
}

/** ISCED 2011 levels 0-8 (+9). */
export function parseIscedLevels(records: CsvRecord[]): IscedLevelRow[] {
  return records.map((r) => ({
    code: column(r, 'id'),
    label: column(r, 'label'),
    alternative: column(r, 'alternative'),
    definition: column(r, 'definition'),
  }));
}

const fieldLevels = ['broad', 'narrow', 'detailed'] as const;

/** ISCED-F 2013 fields; codes stay strings (`00`, `0111`). */
export function parseIscedFields(records: CsvRecord[]): IscedFieldRow[] {
  return records.map((r) => {
    const level = column(r, 'level');
    const known = fieldLevels.find((l) => l === level);
    if (!known) throw new Error(`isced-f-2013_fields: unknown level "${level}"`);
    return {
      code: column(r, 'code'),
      level: known,
      parentCode: column(r, 'parent_code') || null,
      label: column(r, 'label'),
      uri: column(r, 'esco_uri'),
    };
  });
}

const flagged = (value: string) => value.trim().toLowerCase() === 'x';

/**
 * ISO 3166-1 countries. Codes are read as plain strings, so Namibia's `NA` survives (parsers that
 * treat "NA" as missing lose it). Rows without an alpha-2 code are not countries and are dropped.
 */
export function parseCountries(records: CsvRecord[]): CountryRow[] {
  return records
    .filter((r) => column(r, 'ISO3166-1-Alpha-2') !== '')
    .map((r) => ({
      alpha2: column(r, 'ISO3166-1-Alpha-2'),
      alpha3: column(r, 'ISO3166-1-Alpha-3'),
      numeric: column(r, 'ISO3166-1-numeric').padStart(3, '0'),
      name: column(r, 'CLDR display name') || column(r, 'official_name_en'),
      officialName: column(r, 'official_name_en'),
      region: column(r, 'Region Name'),
      subRegion: column(r, 'Sub-region Name'),
      intermediateRegion: column(r, 'Intermediate Region Name'),
      ldc: flagged(column(r, 'Least Developed Countries (LDC)')),
      lldc: flagged(column(r, 'Land Locked Developing Countries (LLDC)')),
      sids: flagged(column(r, 'Small Island Developing States (SIDS)')),
    }));
}

interface EqfLevelJson {
  level: number;
  knowledge: string[];
  skills: string[];
  responsibility_and_autonomy: string[];
  qf_ehea_cycle: string | null;
}

/** The 8 EQF levels from `eqf-levels.json`; multi-item descriptors are joined one per line. */
export function parseEqfLevels(json: unknown): EqfLevelRow[] {
  const levels = (json as { levels?: EqfLevelJson[] }).levels;
  if (!Array.isArray(levels)) throw new Error('eqf-levels.json: no "levels" array');
  return levels.map((l) => ({
    level: l.level,
    knowledge: l.knowledge.join('\n'),
    skills: l.skills.join('\n'),
    responsibilityAutonomy: l.responsibility_and_autonomy.join('\n'),
    qfEheaCycle: l.qf_ehea_cycle,
  }));
}
