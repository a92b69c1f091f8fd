import { z } from 'zod';

/** Path id of an ESCO concept: the UUID that ends its URI. */
export const conceptIdParams = z.object({
  id: z.guid().describe('UUID part of the ESCO URI'),
});

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe('Words to look for (typos tolerated)'),
  type: z.enum(['occupation', 'skill']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const iscoParams = z.object({
  code: z.string().regex(/^\d{1,4}$/, 'must be an ISCO-08 code of 1 to 4 digits'),
});

export const searchHitSchema = z
  .object({
    id: z.string(),
    uri: z.string(),
    type: z.enum(['occupation', 'skill']),
    preferredLabel: z.string(),
    matchedLabel: z.string(),
    matchedKind: z.enum(['preferred', 'alt', 'hidden']),
    score: z.number(),
    code: z.string().optional(),
    iscoCode: z.string().optional(),
    skillType: z.string().optional(),
  })
  .meta({ id: 'SearchHit' });

export const searchResultSchema = z
  .object({ query: z.string(), versionId: z.string(), results: z.array(searchHitSchema) })
  .meta({ id: 'SearchResult' });

export const skillRefSchema = z
  .object({
    id: z.string(),
    uri: z.string(),
    preferredLabel: z.string(),
    skillType: z.string(),
    reuseLevel: z.string(),
  })
  .meta({ id: 'SkillRef' });

export const occupationRefSchema = z
  .object({
    id: z.string(),
    uri: z.string(),
    preferredLabel: z.string(),
    code: z.string(),
    iscoCode: z.string(),
  })
  .meta({ id: 'OccupationRef' });

const iscoStepSchema = z.object({ code: z.string(), title: z.string() });

export const occupationSchema = z
  .object({
    id: z.string(),
    uri: z.string(),
    code: z.string(),
    iscoCode: z.string(),
    preferredLabel: z.string(),
    altLabels: z.array(z.string()),
    description: z.string(),
    definition: z.string(),
    scopeNote: z.string(),
    regulatedProfessionNote: z.string(),
    iscoPath: z.array(iscoStepSchema),
    essentialSkills: z.array(skillRefSchema),
    optionalSkills: z.array(skillRefSchema),
    broader: z.array(occupationRefSchema),
    narrower: z.array(occupationRefSchema),
  })
  .meta({ id: 'Occupation' });

export const skillSchema = z
  .object({
    id: z.string(),
    uri: z.string(),
    preferredLabel: z.string(),
    altLabels: z.array(z.string()),
    skillType: z.string(),
    reuseLevel: z.string(),
    description: z.string(),
    scopeNote: z.string(),
    broader: z.array(z.object({ uri: z.string(), preferredLabel: z.string() })),
    collections: z.array(z.string()),
    essentialFor: z.array(occupationRefSchema),
    optionalFor: z.array(occupationRefSchema),
  })
  .meta({ id: 'Skill' });

export const iscoGroupSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    description: z.string(),
    level: z.number().int(),
    path: z.array(iscoStepSchema),
    children: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        level: z.number().int(),
        occupationCount: z.number().int(),
      }),
    ),
    occupations: z.array(occupationRefSchema),
  })
  .meta({ id: 'IscoGroup' });

const flawSchema = z.object({ code: z.string(), count: z.number().int(), note: z.string() });

export const versionsSchema = z
  .object({
    versions: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        active: z.boolean(),
        status: z.enum(['importing', 'complete']),
        importedAt: z.string().nullable(),
        counts: z.record(z.string(), z.number()),
        flaws: z.array(flawSchema),
      }),
    ),
  })
  .meta({ id: 'TaxonomyVersions' });

export const countriesSchema = z
  .object({
    countries: z.array(
      z.object({
        alpha2: z.string(),
        alpha3: z.string(),
        name: z.string(),
        region: z.string(),
        subRegion: z.string(),
      }),
    ),
  })
  .meta({ id: 'Countries' });

export const iscedLevelsSchema = z
  .object({
    levels: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        alternative: z.string(),
        definition: z.string(),
      }),
    ),
  })
  .meta({ id: 'IscedLevels' });

export const iscedFieldsSchema = z
  .object({
    fields: z.array(
      z.object({
        code: z.string(),
        level: z.enum(['broad', 'narrow', 'detailed']),
        parentCode: z.string().nullable(),
        label: z.string(),
      }),
    ),
  })
  .meta({ id: 'IscedFields' });

export const eqfLevelsSchema = z
  .object({
    levels: z.array(
      z.object({
        level: z.number().int(),
        knowledge: z.string(),
        skills: z.string(),
        responsibilityAutonomy: z.string(),
        qfEheaCycle: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'EqfLevels' });

export type OccupationView = z.infer<typeof occupationSchema>;
export type SkillView = z.infer<typeof skillSchema>;
export type IscoGroupView = z.infer<typeof iscoGroupSchema>;
export type OccupationRefView = z.infer<typeof occupationRefSchema>;
export type SearchHitView = z.infer<typeof searchHitSchema>;
