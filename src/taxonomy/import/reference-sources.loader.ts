import path from 'node:path';
import { PasserelleError } from '../../shared/errors.js';
import { occupationColumns, skillColumns } from './esco-concepts.parser.js';
import {
  broaderColumns,
  collectionColumns,
  occupationSkillColumns,
  skillSkillColumns,
} from './esco-relations.parser.js';
import {
  countryColumns,
  iscedFieldColumns,
  iscedLevelColumns,
  iscoDescriptionColumns,
  iscoGroupColumns,
} from './classification-codes.parser.js';
import {
  collectionFiles,
  readCsvSource,
  readReferenceText,
  referenceFiles,
  requireColumns,
  type CollectionName,
  type CsvSource,
} from './reference-files.loader.js';
import { skillGroupColumns } from './skill-groups.parser.js';

type SourceName = Exclude<keyof typeof referenceFiles, 'eqfLevels'>;

/** The raw reference files, parsed into CSV records but not yet interpreted. */
export interface ReferenceSources {
  csv: Record<SourceName, CsvSource>;
  collections: Record<CollectionName, CsvSource>;
  eqfJson: unknown;
}

const requiredColumns: Record<SourceName, readonly string[]> = {
  occupations: occupationColumns,
  skills: skillColumns,
  iscoGroupsEsco: iscoDescriptionColumns,
  skillGroups: skillGroupColumns,
  skillsHierarchy: ['Level 0 URI', 'Level 0 preferred term', 'Level 0 code'],
  occupationSkill: occupationSkillColumns,
  occupationBroader: broaderColumns,
  skillBroader: broaderColumns,
  skillSkill: skillSkillColumns,
  iscoGroups: iscoGroupColumns,
  iscedFields: iscedFieldColumns,
  iscedLevels: iscedLevelColumns,
  countries: countryColumns,
};

/** Reads every reference file; a missing or corrupt file is an error naming it. */
export async function readReferenceSources(referenceDir: string): Promise<ReferenceSources> {
  const names = Object.keys(requiredColumns) as SourceName[];
  const csvEntries = await Promise.all(
    names.map(async (name) => {
      const source = await readCsvSource(referenceDir, referenceFiles[name]);
      requireColumns(source, requiredColumns[name]);
      return [name, source] as const;
    }),
  );
  const collectionEntries = await Promise.all(
    (Object.keys(collectionFiles) as CollectionName[]).map(async (name) => {
      const source = await readCsvSource(referenceDir, collectionFiles[name]);
      requireColumns(source, collectionColumns);
      return [name, source] as const;
    }),
  );
  return {
    csv: Object.fromEntries(csvEntries) as Record<SourceName, CsvSource>,
    collections: Object.fromEntries(collectionEntries) as Record<CollectionName, CsvSource>,
    eqfJson: await readEqfJson(referenceDir),
  };
}

async function readEqfJson(referenceDir: string): Promise<unknown> {
  const text = await readReferenceText(referenceDir, referenceFiles.eqfLevels);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PasserelleError(
      'unavailable',
      'taxonomy.reference_file_unreadable',
      `Reference file ${path.join(referenceDir, referenceFiles.eqfLevels)} cannot be read: ` +
        `not valid JSON (${(error as Error).message})`,
    );
  }
}
