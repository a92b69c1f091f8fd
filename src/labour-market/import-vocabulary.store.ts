import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { buildExactLabelMatcher } from '../extraction/exact-label-match.js';
import { normalizeLabel } from '../taxonomy/search/label-text.js';
import {
  country,
  iscoGroup,
  occupation,
  occupationSkill,
  skill,
} from '../taxonomy/taxonomy.schema.js';
import type { ImportVocabulary } from './import-rows.js';
import { lmiRegion } from './labour-market.schema.js';

/** The reference data importers check against: countries, ISCO-08, the ESCO version's concepts. */
export async function importVocabulary(db: Database, versionId: string): Promise<ImportVocabulary> {
  const countries = await db.select().from(country);
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
  const regions = await db.select().from(lmiRegion);
  const matchSkills = buildExactLabelMatcher(
    skills.map((s) => ({
      ...s,
      type: 'skill' as const,
      altLabels: s.altLabels ?? [],
      hiddenLabels: [],
    })),
  );
  const occupationByLabel = new Map<string, { uri: string; iscoCode: string }>();
  for (const o of occupations)
    for (const label of [o.preferredLabel, ...(o.altLabels ?? [])])
      if (!occupationByLabel.has(normalizeLabel(label)))
        occupationByLabel.set(normalizeLabel(label), { uri: o.uri, iscoCode: o.iscoCode });
  return {
    countries: new Set(countries.map((c) => c.alpha2)),
    iscoCodes: new Set(groups.map((g) => g.code)),
    occupationIsco: new Map(occupations.map((o) => [o.uri, o.iscoCode])),
    skills: new Set(skills.map((s) => s.uri)),
    customRegions: new Map(regions.map((r) => [r.code, r.country])),
    countryByAlpha3: new Map(countries.map((c) => [c.alpha3, c.alpha2])),
    countryByName: new Map(countries.map((c) => [c.name.toLowerCase(), c.alpha2])),
    findSkills: (text) => matchSkills(text).map((c) => c.uri),
    findOccupation: (label) => occupationByLabel.get(normalizeLabel(label)),
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
