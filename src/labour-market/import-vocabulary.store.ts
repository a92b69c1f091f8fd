import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import {
  country,
  iscoGroup,
  occupation,
  occupationSkill,
  skill,
} from '../taxonomy/taxonomy.schema.js';
import type { ImportVocabularyData } from './import-vocabulary.js';
import { lmiRegion } from './labour-market.schema.js';

/**
 * The reference data importers check against: countries, ISCO-08, the ESCO version's concepts,
 * as plain data that can be sent to a worker thread (built there by `buildImportVocabulary`).
 */
export async function importVocabularyData(
  db: Database,
  versionId: string,
): Promise<ImportVocabularyData> {
  const countries = await db
    .select({ alpha2: country.alpha2, alpha3: country.alpha3, name: country.name })
    .from(country);
  const groups = await db.select({ code: iscoGroup.code }).from(iscoGroup);
  const occupations = await db
    .select({
      uri: occupation.uri,
      iscoCode: occupation.iscoCode,
      preferredLabel: occupation.preferredLabel,
      altLabels: occupation.altLabels,
    })
    .from(occupation)
    .where(eq(occupation.versionId, versionId));
  const skills = await db
    .select({ uri: skill.uri, preferredLabel: skill.preferredLabel, altLabels: skill.altLabels })
    .from(skill)
    .where(eq(skill.versionId, versionId));
  const regions = await db
    .select({ code: lmiRegion.code, country: lmiRegion.country })
    .from(lmiRegion);
  return {
    countries,
    iscoCodes: groups.map((g) => g.code),
    occupations: occupations.map((o) => ({ ...o, altLabels: o.altLabels ?? [] })),
    skills: skills.map((s) => ({ ...s, altLabels: s.altLabels ?? [] })),
    regions,
  };
}

/** Custom regions → the region they roll up to ('' = the country). */
export async function customRegionParents(db: Database): Promise<Map<string, string>> {
  const regions = await db.select().from(lmiRegion);
  return new Map(regions.map((r) => [r.code, r.parent]));
}

/** ESCO essential skills of the given occupations in a taxonomy version. */
export async function essentialSkillsOf(
  db: Database,
  versionId: string,
): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ occupationUri: occupationSkill.occupationUri, skillUri: occupationSkill.skillUri })
    .from(occupationSkill)
    .where(
      and(eq(occupationSkill.versionId, versionId), eq(occupationSkill.relation, 'essential')),
    );
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const list = map.get(r.occupationUri);
    if (list) list.push(r.skillUri);
    else map.set(r.occupationUri, [r.skillUri]);
  }
  return map;
}
