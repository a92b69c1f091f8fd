import type {
  collectionMember,
  country,
  eqfLevel,
  iscedField,
  iscedLevel,
  iscoGroup,
  occupation,
  occupationBroader,
  occupationSkill,
  skill,
  skillBroader,
  skillGroup,
  skillSkill,
} from '../taxonomy.schema.js';

/** A row of a versioned table before it is stamped with its taxonomy version. */
type Unversioned<T> = Omit<T, 'versionId'>;

export type OccupationRow = Unversioned<typeof occupation.$inferInsert>;
export type SkillRow = Unversioned<typeof skill.$inferInsert>;
export type SkillGroupRow = Unversioned<typeof skillGroup.$inferInsert>;
export type OccupationSkillRow = Unversioned<typeof occupationSkill.$inferInsert>;
export type BroaderRow = Unversioned<typeof occupationBroader.$inferInsert> &
  Unversioned<typeof skillBroader.$inferInsert>;
export type SkillSkillRow = Unversioned<typeof skillSkill.$inferInsert>;
export type CollectionMemberRow = Unversioned<typeof collectionMember.$inferInsert>;
export type IscoGroupRow = typeof iscoGroup.$inferInsert;
export type IscedLevelRow = typeof iscedLevel.$inferInsert;
export type IscedFieldRow = typeof iscedField.$inferInsert;
export type CountryRow = typeof country.$inferInsert;
export type EqfLevelRow = typeof eqfLevel.$inferInsert;

/** A documented flaw of the source data met during import, and how often. */
export interface ImportFlaw {
  code: string;
  count: number;
  note: string;
}

/** Everything one reference import writes, already checked and cleaned. */
export interface ReferenceDataset {
  occupations: OccupationRow[];
  skills: SkillRow[];
  skillGroups: SkillGroupRow[];
  occupationSkills: OccupationSkillRow[];
  occupationBroader: BroaderRow[];
  skillBroader: BroaderRow[];
  skillSkills: SkillSkillRow[];
  collectionMembers: CollectionMemberRow[];
  iscoGroups: IscoGroupRow[];
  iscedLevels: IscedLevelRow[];
  iscedFields: IscedFieldRow[];
  countries: CountryRow[];
  eqfLevels: EqfLevelRow[];
}
