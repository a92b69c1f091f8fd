import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * A taxonomy release (e.g. `esco-1.1.1`). Concepts and relations are keyed by their version so a
 * later ESCO release can be imported beside this one; the active one is what the product shows.
 */
export const taxonomyVersion = pgTable('taxonomy_version', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  active: boolean('active').notNull().default(false),
  status: text('status', { enum: ['importing', 'complete'] }).notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }),
  /** Rows loaded per table. */
  counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
  /** Documented flaws of the source files met during import, with their counts. */
  flaws: jsonb('flaws')
    .$type<{ code: string; count: number; note: string }[]>()
    .notNull()
    .default([]),
});

export const occupation = pgTable(
  'occupation',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => taxonomyVersion.id),
    uri: text('uri').notNull(),
    /** ESCO code such as `2654.1.7`. */
    code: text('code').notNull(),
    iscoCode: text('isco_code').notNull(),
    preferredLabel: text('preferred_label').notNull(),
    altLabels: text('alt_labels').array().notNull().default([]),
    hiddenLabels: text('hidden_labels').array().notNull().default([]),
    description: text('description').notNull().default(''),
    definition: text('definition').notNull().default(''),
    scopeNote: text('scope_note').notNull().default(''),
    regulatedProfessionNote: text('regulated_profession_note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.uri] }),
    index('occupation_isco_idx').on(t.versionId, t.iscoCode),
  ],
);

export const skill = pgTable(
  'skill',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => taxonomyVersion.id),
    uri: text('uri').notNull(),
    /** `skill/competence`, `knowledge`, or empty for a few DigComp area concepts. */
    skillType: text('skill_type').notNull().default(''),
    reuseLevel: text('reuse_level').notNull().default(''),
    preferredLabel: text('preferred_label').notNull(),
    altLabels: text('alt_labels').array().notNull().default([]),
    hiddenLabels: text('hidden_labels').array().notNull().default([]),
    description: text('description').notNull().default(''),
    definition: text('definition').notNull().default(''),
    scopeNote: text('scope_note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.uri] })],
);

export const occupationSkill = pgTable(
  'occupation_skill',
  {
    // No foreign key to the version: one is checked per row and triples the import time of
    // these high-volume tables; the importer writes and deletes them with their version.
    versionId: text('version_id').notNull(),
    occupationUri: text('occupation_uri').notNull(),
    skillUri: text('skill_uri').notNull(),
    relation: text('relation', { enum: ['essential', 'optional'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.occupationUri, t.skillUri] }),
    index('occupation_skill_skill_idx').on(t.versionId, t.skillUri),
  ],
);

/** Broader relations of the occupation pillar (occupation → occupation or ISCO group). */
export const occupationBroader = pgTable(
  'occupation_broader',
  {
    // No foreign key to the version: one is checked per row and triples the import time of
    // these high-volume tables; the importer writes and deletes them with their version.
    versionId: text('version_id').notNull(),
    uri: text('uri').notNull(),
    broaderUri: text('broader_uri').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.uri, t.broaderUri] })],
);

/** ESCO skill groups, including the ISCED-F fields ESCO uses for knowledge. */
export const skillGroup = pgTable(
  'skill_group',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => taxonomyVersion.id),
    uri: text('uri').notNull(),
    code: text('code').notNull().default(''),
    preferredLabel: text('preferred_label').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.uri] })],
);

/** Broader relations of the skill pillar (skill → skill, skill → group, group → group). */
export const skillBroader = pgTable(
  'skill_broader',
  {
    // No foreign key to the version: one is checked per row and triples the import time of
    // these high-volume tables; the importer writes and deletes them with their version.
    versionId: text('version_id').notNull(),
    uri: text('uri').notNull(),
    broaderUri: text('broader_uri').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.uri, t.broaderUri] }),
    index('skill_broader_broader_idx').on(t.versionId, t.broaderUri),
  ],
);

export const skillSkill = pgTable(
  'skill_skill',
  {
    // No foreign key to the version: one is checked per row and triples the import time of
    // these high-volume tables; the importer writes and deletes them with their version.
    versionId: text('version_id').notNull(),
    skillUri: text('skill_uri').notNull(),
    relatedSkillUri: text('related_skill_uri').notNull(),
    relation: text('relation', { enum: ['essential', 'optional'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.skillUri, t.relatedSkillUri] })],
);

/** Membership of a concept in an ESCO collection (green, digital, transversal, …). */
export const collectionMember = pgTable(
  'collection_member',
  {
    // No foreign key to the version: one is checked per row and triples the import time of
    // these high-volume tables; the importer writes and deletes them with their version.
    versionId: text('version_id').notNull(),
    collection: text('collection').notNull(),
    conceptUri: text('concept_uri').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.collection, t.conceptUri] }),
    index('collection_member_concept_idx').on(t.versionId, t.conceptUri),
  ],
);

/** ISCO-08 groups: major (1 digit) to unit (4 digits). Codes are strings (armed forces start with 0). */
export const iscoGroup = pgTable('isco_group', {
  code: text('code').primaryKey(),
  level: integer('level').notNull(),
  parentCode: text('parent_code'),
  title: text('title').notNull(),
  uri: text('uri').notNull(),
  description: text('description').notNull().default(''),
});

export const iscedLevel = pgTable('isced_level', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  alternative: text('alternative').notNull().default(''),
  definition: text('definition').notNull().default(''),
});

export const iscedField = pgTable('isced_field', {
  code: text('code').primaryKey(),
  level: text('level', { enum: ['broad', 'narrow', 'detailed'] }).notNull(),
  parentCode: text('parent_code'),
  label: text('label').notNull(),
  uri: text('uri').notNull(),
});

export const country = pgTable('country', {
  alpha2: text('alpha2').primaryKey(),
  alpha3: text('alpha3').notNull(),
  numeric: text('numeric').notNull(),
  name: text('name').notNull(),
  officialName: text('official_name').notNull().default(''),
  region: text('region').notNull().default(''),
  subRegion: text('sub_region').notNull().default(''),
  intermediateRegion: text('intermediate_region').notNull().default(''),
  ldc: boolean('ldc').notNull().default(false),
  lldc: boolean('lldc').notNull().default(false),
  sids: boolean('sids').notNull().default(false),
});

export const eqfLevel = pgTable('eqf_level', {
  level: integer('level').primaryKey(),
  knowledge: text('knowledge').notNull(),
  skills: text('skills').notNull(),
  responsibilityAutonomy: text('responsibility_autonomy').notNull(),
  qfEheaCycle: text('qf_ehea_cycle'),
});
