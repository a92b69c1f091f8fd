import { parseOccupations } from '../taxonomy/import/esco-concepts.parser.js';
import {
  parseBroaderRelations,
  parseOccupationSkills,
} from '../taxonomy/import/esco-relations.parser.js';
import { readCsvSource, referenceFiles } from '../taxonomy/import/reference-files.loader.js';
import type { SkillGraphInput } from './skill-graph.js';

/**
 * The skill graph's input straight from the vendored ESCO files, for benchmarks without a
 * database. The server reads the same rows from the active taxonomy version instead.
 */
export async function readReferenceSkillGraphInput(referenceDir: string): Promise<SkillGraphInput> {
  const [occupations, relations, broader] = await Promise.all([
    readCsvSource(referenceDir, referenceFiles.occupations),
    readCsvSource(referenceDir, referenceFiles.occupationSkill),
    readCsvSource(referenceDir, referenceFiles.skillBroader),
  ]);
  const occupationRows = parseOccupations(occupations.records);
  const known = new Set(occupationRows.map((o) => o.uri));
  return {
    occupations: occupationRows.map((o) => ({ uri: o.uri, iscoCode: o.iscoCode })),
    // ESCO v1.1.1 names 67 relations whose occupation does not exist; the import drops them too.
    relations: parseOccupationSkills(relations.records).filter((r) => known.has(r.occupationUri)),
    skillBroader: parseBroaderRelations(broader.records),
  };
}
