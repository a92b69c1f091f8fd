import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import {
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
  taxonomyVersion,
} from './taxonomy.schema.js';

export type OccupationRecord = typeof occupation.$inferSelect;
export type SkillRecord = typeof skill.$inferSelect;
export type IscoGroupRecord = typeof iscoGroup.$inferSelect;

const occupationRef = {
  uri: occupation.uri,
  preferredLabel: occupation.preferredLabel,
  code: occupation.code,
  iscoCode: occupation.iscoCode,
};
export type OccupationRefRecord = {
  uri: string;
  preferredLabel: string;
  code: string;
  iscoCode: string;
};

/** What the occupation page shows: the occupation, its ISCO path, skills and neighbours. */
export interface OccupationPageData {
  occupation: OccupationRecord;
  iscoPath: IscoGroupRecord[];
  skills: {
    uri: string;
    preferredLabel: string;
    skillType: string;
    reuseLevel: string;
    relation: string;
  }[];
  broader: OccupationRefRecord[];
  narrower: OccupationRefRecord[];
}

/** The ISCO groups from the major group down to `code` (the code's prefixes). */
export async function iscoPathOf(db: Database, code: string): Promise<IscoGroupRecord[]> {
  const prefixes = [...Array(code.length)].map((_, i) => code.slice(0, i + 1));
  if (prefixes.length === 0) return [];
  const rows = await db.select().from(iscoGroup).where(inArray(iscoGroup.code, prefixes));
  return rows.sort((a, b) => a.code.length - b.code.length);
}

/** An occupation's page data, or undefined when the version has no such occupation. */
export async function occupationPage(
  db: Database,
  versionId: string,
  uri: string,
): Promise<OccupationPageData | undefined> {
  const [found] = await db
    .select()
    .from(occupation)
    .where(and(eq(occupation.versionId, versionId), eq(occupation.uri, uri)));
  if (!found) return undefined;
  const skills = await db
    .select({
      uri: skill.uri,
      preferredLabel: skill.preferredLabel,
      skillType: skill.skillType,
      reuseLevel: skill.reuseLevel,
      relation: occupationSkill.relation,
    })
    .from(occupationSkill)
    .innerJoin(skill, and(eq(skill.versionId, versionId), eq(skill.uri, occupationSkill.skillUri)))
    .where(and(eq(occupationSkill.versionId, versionId), eq(occupationSkill.occupationUri, uri)))
    .orderBy(asc(skill.preferredLabel));
  const broader = await db
    .select(occupationRef)
    .from(occupationBroader)
    .innerJoin(
      occupation,
      and(eq(occupation.versionId, versionId), eq(occupation.uri, occupationBroader.broaderUri)),
    )
    .where(and(eq(occupationBroader.versionId, versionId), eq(occupationBroader.uri, uri)));
  const narrower = await db
    .select(occupationRef)
    .from(occupationBroader)
    .innerJoin(
      occupation,
      and(eq(occupation.versionId, versionId), eq(occupation.uri, occupationBroader.uri)),
    )
    .where(and(eq(occupationBroader.versionId, versionId), eq(occupationBroader.broaderUri, uri)))
    .orderBy(asc(occupation.preferredLabel));
  return {
    occupation: found,
    iscoPath: await iscoPathOf(db, found.iscoCode),
    skills,
    broader,
    narrower,
  };
}

/** What the skill page shows: the skill, its broader concepts, collections and occupations. */
export interface SkillPageData {
  skill: SkillRecord;
  broader: { uri: string; preferredLabel: string }[];
  collections: string[];
  occupations: (OccupationRefRecord & { relation: string })[];
}

/** A skill's page data, or undefined when the version has no such skill. */
export async function skillPage(
  db: Database,
  versionId: string,
  uri: string,
): Promise<SkillPageData | undefined> {
  const [found] = await db
    .select()
    .from(skill)
    .where(and(eq(skill.versionId, versionId), eq(skill.uri, uri)));
  if (!found) return undefined;
  // A broader concept is a skill group or, for narrower skills, another skill.
  const broader = await db
    .select({
      uri: skillBroader.broaderUri,
      preferredLabel: sql<string>`coalesce(${skillGroup.preferredLabel}, ${skill.preferredLabel}, '')`,
    })
    .from(skillBroader)
    .leftJoin(
      skillGroup,
      and(eq(skillGroup.versionId, versionId), eq(skillGroup.uri, skillBroader.broaderUri)),
    )
    .leftJoin(skill, and(eq(skill.versionId, versionId), eq(skill.uri, skillBroader.broaderUri)))
    .where(and(eq(skillBroader.versionId, versionId), eq(skillBroader.uri, uri)));
  const collections = await db
    .select({ collection: collectionMember.collection })
    .from(collectionMember)
    .where(and(eq(collectionMember.versionId, versionId), eq(collectionMember.conceptUri, uri)))
    .orderBy(asc(collectionMember.collection));
  const occupations = await db
    .select({ ...occupationRef, relation: occupationSkill.relation })
    .from(occupationSkill)
    .innerJoin(
      occupation,
      and(eq(occupation.versionId, versionId), eq(occupation.uri, occupationSkill.occupationUri)),
    )
    .where(and(eq(occupationSkill.versionId, versionId), eq(occupationSkill.skillUri, uri)))
    .orderBy(asc(occupation.preferredLabel));
  return { skill: found, broader, collections: collections.map((c) => c.collection), occupations };
}

/** An ISCO group ('' = the root) with its children, their occupation counts, and its occupations. */
export interface IscoBranchData {
  group: IscoGroupRecord | undefined;
  path: IscoGroupRecord[];
  children: (IscoGroupRecord & { occupationCount: number })[];
  occupations: OccupationRefRecord[];
}

/** The ISCO branch under `code` ('' for the 10 major groups); undefined for an unknown code. */
export async function iscoBranch(
  db: Database,
  versionId: string,
  code: string,
): Promise<IscoBranchData | undefined> {
  const path = await iscoPathOf(db, code);
  const group = path.at(-1);
  if (code !== '' && group?.code !== code) return undefined;
  const children = await db
    .select()
    .from(iscoGroup)
    .where(code === '' ? sql`${iscoGroup.parentCode} is null` : eq(iscoGroup.parentCode, code))
    .orderBy(asc(iscoGroup.code));
  const perUnit = await db
    .select({ iscoCode: occupation.iscoCode, n: sql<number>`count(*)::int` })
    .from(occupation)
    .where(eq(occupation.versionId, versionId))
    .groupBy(occupation.iscoCode);
  const countUnder = (prefix: string) =>
    perUnit.filter((u) => u.iscoCode.startsWith(prefix)).reduce((sum, u) => sum + Number(u.n), 0);
  const occupations =
    group?.level === 4
      ? await db
          .select(occupationRef)
          .from(occupation)
          .where(and(eq(occupation.versionId, versionId), eq(occupation.iscoCode, code)))
          .orderBy(asc(occupation.preferredLabel))
      : [];
  return {
    group,
    path,
    children: children.map((c) => ({ ...c, occupationCount: countUnder(c.code) })),
    occupations,
  };
}

/** Every taxonomy version, newest import first. */
export function listVersions(db: Database) {
  return db
    .select()
    .from(taxonomyVersion)
    .orderBy(sql`${taxonomyVersion.importedAt} desc nulls last`);
}

/** ISO 3166-1 countries by name. */
export function listCountries(db: Database) {
  return db.select().from(country).orderBy(asc(country.name));
}

/** ISCED 2011 levels in order. */
export function listIscedLevels(db: Database) {
  return db.select().from(iscedLevel).orderBy(asc(iscedLevel.code));
}

/** ISCED-F 2013 fields by code. */
export function listIscedFields(db: Database) {
  return db.select().from(iscedField).orderBy(asc(iscedField.code));
}

/** EQF levels 1-8. */
export function listEqfLevels(db: Database) {
  return db.select().from(eqfLevel).orderBy(asc(eqfLevel.level));
}
