import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PasserelleError } from '../../shared/errors.js';
import { parseCsvRecords, type CsvRecord } from './csv-records.js';

/** Where each reference source lives, relative to the reference folder. */
export const referenceFiles = {
  occupations: 'esco-v1.1.1/classification-en/occupations_en.csv.gz',
  skills: 'esco-v1.1.1/classification-en/skills_en.csv.gz',
  iscoGroupsEsco: 'esco-v1.1.1/classification-en/ISCOGroups_en.csv',
  skillGroups: 'esco-v1.1.1/classification-en/skillGroups_en.csv',
  skillsHierarchy: 'esco-v1.1.1/classification-en/skillsHierarchy_en.csv',
  occupationSkill: 'esco-v1.1.1/relations/occupationSkillRelations.csv.gz',
  occupationBroader: 'esco-v1.1.1/relations/broaderRelationsOccPillar.csv',
  skillBroader: 'esco-v1.1.1/relations/broaderRelationsSkillPillar.csv.gz',
  skillSkill: 'esco-v1.1.1/relations/skillSkillRelations.csv.gz',
  iscoGroups: 'esco-v1.1.1/derived/isco-08_groups.csv',
  iscedFields: 'esco-v1.1.1/derived/isced-f-2013_fields.csv',
  iscedLevels: 'isced-2011/TopicsISCED2011.csv',
  countries: 'iso-3166/country-codes.csv',
  eqfLevels: 'eqf/eqf-levels.json',
} as const;

/** ESCO collections: our collection name → file. */
export const collectionFiles = {
  green: 'esco-v1.1.1/classification-en/greenSkillsCollection_en.csv',
  digital: 'esco-v1.1.1/classification-en/digitalSkillsCollection_en.csv',
  transversal: 'esco-v1.1.1/classification-en/transversalSkillsCollection_en.csv',
  language: 'esco-v1.1.1/classification-en/languageSkillsCollection_en.csv',
  digComp: 'esco-v1.1.1/classification-en/digCompSkillsCollection_en.csv',
  researchSkills: 'esco-v1.1.1/classification-en/researchSkillsCollection_en.csv',
  researchOccupations: 'esco-v1.1.1/classification-en/researchOccupationsCollection_en.csv',
} as const;

export type CollectionName = keyof typeof collectionFiles;

const unreadable = (file: string, reason: string) =>
  new PasserelleError(
    'unavailable',
    'taxonomy.reference_file_unreadable',
    `Reference file ${file} cannot be read: ${reason}`,
  );

/** Reads a reference file as text, gunzipping `.gz` files; errors name the file. */
export async function readReferenceText(referenceDir: string, relative: string): Promise<string> {
  const file = path.join(referenceDir, relative);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw unreadable(file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  try {
    return (relative.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw unreadable(file, `not valid gzip (${(error as Error).message})`);
  }
}

/** A parsed CSV reference file, with its raw text kept for quirk detection. */
export interface CsvSource {
  file: string;
  text: string;
  records: CsvRecord[];
}

/** Reads and parses a CSV reference file; a malformed or empty file is an error naming it. */
export async function readCsvSource(referenceDir: string, relative: string): Promise<CsvSource> {
  const text = await readReferenceText(referenceDir, relative);
  const file = path.join(referenceDir, relative);
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    throw unreadable(file, `not valid CSV (${(error as Error).message})`);
  }
  if (records.length === 0) throw unreadable(file, 'no data rows');
  return { file: relative, text, records };
}

/** Checks that every required column is present, naming the file and the columns missing. */
export function requireColumns(source: CsvSource, columns: readonly string[]): CsvRecord[] {
  const first = source.records[0] ?? {};
  const missing = columns.filter((c) => !(c in first));
  if (missing.length > 0) {
    throw unreadable(source.file, `missing column(s) ${missing.join(', ')}`);
  }
  return source.records;
}
