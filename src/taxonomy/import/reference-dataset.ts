import { parseOccupations, parseSkills } from './esco-concepts.parser.js';
import {
  parseBroaderRelations,
  parseCollection,
  parseOccupationSkills,
  parseSkillSkills,
} from './esco-relations.parser.js';
import {
  parseCountries,
  parseEqfLevels,
  parseIscedFields,
  parseIscedLevels,
  parseIscoGroups,
} from './classification-codes.parser.js';
import { hasMixedLineEndings } from './csv-records.js';
import type { ImportFlaw, ReferenceDataset } from './reference-rows.js';
import type { ReferenceSources } from './reference-sources.loader.js';
import {
  keepKnownRelations,
  skippedRelationFlaws,
  type SkippedRelation,
} from './relation-integrity.js';
import { mergeSkillGroups, parseHierarchyGroups, parseSkillGroups } from './skill-groups.parser.js';

/**
 * Interprets the raw reference files into the rows to store, handling each documented flaw of
 * ESCO v1.1.1 explicitly and counting it. Pure: takes records, returns rows and flaws.
 */
export function assembleReferenceDataset(sources: ReferenceSources): {
  dataset: ReferenceDataset;
  flaws: ImportFlaw[];
} {
  const { csv } = sources;
  const occupations = parseOccupations(csv.occupations.records);
  const skills = parseSkills(csv.skills.records);
  const iscoGroups = parseIscoGroups(csv.iscoGroups.records, csv.iscoGroupsEsco.records);
  const { groups: skillGroups, addedFromHierarchy } = mergeSkillGroups(
    parseSkillGroups(csv.skillGroups.records),
    parseHierarchyGroups(csv.skillsHierarchy.records),
  );

  const occupationUris = new Set(occupations.map((o) => o.uri));
  const skillUris = new Set(skills.map((s) => s.uri));
  const occupationPillar = new Set([...occupationUris, ...iscoGroups.map((g) => g.uri)]);
  const skillPillar = new Set([...skillUris, ...skillGroups.map((g) => g.uri)]);
  const anyConcept = new Set([...occupationPillar, ...skillPillar]);

  const skipped: SkippedRelation[] = [];
  let duplicates = 0;
  const keep = <R>(result: { kept: R[]; skipped: SkippedRelation[]; duplicates: number }) => {
    skipped.push(...result.skipped);
    duplicates += result.duplicates;
    return result.kept;
  };

  const occupationSkills = keep(
    keepKnownRelations(
      'occupationSkillRelations',
      parseOccupationSkills(csv.occupationSkill.records),
      [
        { uri: (r) => r.occupationUri, known: occupationUris },
        { uri: (r) => r.skillUri, known: skillUris },
      ],
      (r) => `${r.occupationUri} ${r.skillUri}`,
    ),
  );
  const broader = (
    file: string,
    records: typeof csv.occupationBroader.records,
    known: Set<string>,
  ) =>
    keep(
      keepKnownRelations(
        file,
        parseBroaderRelations(records),
        [
          { uri: (r) => r.uri, known },
          { uri: (r) => r.broaderUri, known },
        ],
        (r) => `${r.uri} ${r.broaderUri}`,
      ),
    );
  const occupationBroader = broader(
    'broaderRelationsOccPillar',
    csv.occupationBroader.records,
    occupationPillar,
  );
  const skillBroader = broader(
    'broaderRelationsSkillPillar',
    csv.skillBroader.records,
    skillPillar,
  );
  const skillSkills = keep(
    keepKnownRelations(
      'skillSkillRelations',
      parseSkillSkills(csv.skillSkill.records),
      [
        { uri: (r) => r.skillUri, known: skillUris },
        { uri: (r) => r.relatedSkillUri, known: skillUris },
      ],
      (r) => `${r.skillUri} ${r.relatedSkillUri}`,
    ),
  );
  const collectionMembers = Object.entries(sources.collections).flatMap(([name, source]) =>
    keep(
      keepKnownRelations(
        `${name} collection`,
        parseCollection(name, source.records),
        [{ uri: (r) => r.conceptUri, known: anyConcept }],
        (r) => `${r.collection} ${r.conceptUri}`,
      ),
    ),
  );

  const dataset: ReferenceDataset = {
    occupations,
    skills,
    skillGroups,
    occupationSkills,
    occupationBroader,
    skillBroader,
    skillSkills,
    collectionMembers,
    iscoGroups,
    iscedLevels: parseIscedLevels(csv.iscedLevels.records),
    iscedFields: parseIscedFields(csv.iscedFields.records),
    countries: parseCountries(csv.countries.records),
    eqfLevels: parseEqfLevels(sources.eqfJson),
  };
  const flaws = [
    ...skippedRelationFlaws(skipped),
    ...sourceFlaws(sources, dataset, addedFromHierarchy.length, duplicates),
  ];
  return { dataset, flaws };
}

/** Flaws found in the concept files themselves; each is listed only when it occurs. */
function sourceFlaws(
  sources: ReferenceSources,
  dataset: ReferenceDataset,
  groupsOnlyInHierarchy: number,
  duplicates: number,
): ImportFlaw[] {
  const mixed = [...Object.values(sources.csv), ...Object.values(sources.collections)]
    .filter((s) => hasMixedLineEndings(s.text))
    .map((s) => s.file);
  const candidates: ImportFlaw[] = [
    {
      code: 'skill_group_only_in_hierarchy',
      count: groupsOnlyInHierarchy,
      note: 'Skill groups absent from skillGroups_en, added with their labels from skillsHierarchy_en',
    },
    {
      code: 'skill_without_type',
      count: dataset.skills.filter((s) => !s.skillType).length,
      note: 'Skills with an empty skillType (DigComp area concepts), kept with an empty type',
    },
    {
      code: 'skill_without_reuse_level',
      count: dataset.skills.filter((s) => !s.reuseLevel).length,
      note: 'Skills with an empty reuseLevel, kept with an empty reuse level',
    },
    {
      code: 'mixed_line_endings',
      count: mixed.length,
      note:
        'Files mixing CRLF (between records) and LF (inside quoted multi-line fields), ' +
        `normalised to LF before parsing: ${mixed.join(', ')}`,
    },
    {
      code: 'duplicate_relation',
      count: duplicates,
      note: 'Relation rows repeated in the source, stored once',
    },
  ];
  return candidates.filter((f) => f.count > 0);
}
