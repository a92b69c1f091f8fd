import { column, type CsvRecord } from './csv-records.js';
import type {
  BroaderRow,
  CollectionMemberRow,
  OccupationSkillRow,
  SkillSkillRow,
} from './reference-rows.js';

export const occupationSkillColumns = ['occupationUri', 'relationType', 'skillUri'] as const;
export const broaderColumns = ['conceptUri', 'broaderUri'] as const;
export const skillSkillColumns = ['originalSkillUri', 'relationType', 'relatedSkillUri'] as const;
export const collectionColumns = ['conceptUri'] as const;

type Relation = 'essential' | 'optional';

function relationOf(value: string, where: string): Relation {
  if (value === 'essential' || value === 'optional') return value;
  throw new Error(`${where}: unknown relation type "${value}"`);
}

/** Essential/optional occupation–skill relations. */
export function parseOccupationSkills(records: CsvRecord[]): OccupationSkillRow[] {
  return records.map((r) => ({
    occupationUri: column(r, 'occupationUri'),
    skillUri: column(r, 'skillUri'),
    relation: relationOf(column(r, 'relationType'), 'occupationSkillRelations'),
  }));
}

/** Broader relations (narrower concept → broader concept) of either pillar. */
export function parseBroaderRelations(records: CsvRecord[]): BroaderRow[] {
  return records.map((r) => ({
    uri: column(r, 'conceptUri'),
    broaderUri: column(r, 'broaderUri'),
  }));
}

/** Skill–skill relations. */
export function parseSkillSkills(records: CsvRecord[]): SkillSkillRow[] {
  return records.map((r) => ({
    skillUri: column(r, 'originalSkillUri'),
    relatedSkillUri: column(r, 'relatedSkillUri'),
    relation: relationOf(column(r, 'relationType'), 'skillSkillRelations'),
  }));
}

/** Members of one ESCO collection. */
export function parseCollection(collection: string, records: CsvRecord[]): CollectionMemberRow[] {
  return records.map((r) => ({ collection, conceptUri: column(r, 'conceptUri') }));
}
