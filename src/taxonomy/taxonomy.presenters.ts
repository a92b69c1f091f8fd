import { conceptId } from './esco-uri.js';
import type { SearchHit } from './taxonomy-index.js';
import type {
  IscoGroupView,
  OccupationRefView,
  OccupationView,
  SearchHitView,
  SkillView,
} from './taxonomy.schemas.js';
import type {
  IscoBranchData,
  IscoGroupRecord,
  OccupationPageData,
  OccupationRefRecord,
  SkillPageData,
} from './taxonomy.store.js';

/** A search hit as the API returns it, with the concept's id. */
export function presentSearchHit(hit: SearchHit): SearchHitView {
  return { id: conceptId(hit.uri), ...hit };
}

export function presentOccupationRef(o: OccupationRefRecord): OccupationRefView {
  return {
    id: conceptId(o.uri),
    uri: o.uri,
    preferredLabel: o.preferredLabel,
    code: o.code,
    iscoCode: o.iscoCode,
  };
}

const iscoStep = (g: IscoGroupRecord) => ({ code: g.code, title: g.title });

/** The occupation page: ISCO path, essential and optional skills, broader and narrower occupations. */
export function presentOccupation(page: OccupationPageData): OccupationView {
  const o = page.occupation;
  const skillRefs = (relation: string) =>
    page.skills
      .filter((s) => s.relation === relation)
      .map((s) => ({
        id: conceptId(s.uri),
        uri: s.uri,
        preferredLabel: s.preferredLabel,
        skillType: s.skillType,
        reuseLevel: s.reuseLevel,
      }));
  return {
    id: conceptId(o.uri),
    uri: o.uri,
    code: o.code,
    iscoCode: o.iscoCode,
    preferredLabel: o.preferredLabel,
    altLabels: o.altLabels,
    description: o.description,
    definition: o.definition,
    scopeNote: o.scopeNote,
    regulatedProfessionNote: o.regulatedProfessionNote,
    iscoPath: page.iscoPath.map(iscoStep),
    essentialSkills: skillRefs('essential'),
    optionalSkills: skillRefs('optional'),
    broader: page.broader.map(presentOccupationRef),
    narrower: page.narrower.map(presentOccupationRef),
  };
}

/** The skill page: broader groups, collections and the occupations needing it. */
export function presentSkill(page: SkillPageData): SkillView {
  const s = page.skill;
  const needing = (relation: string) =>
    page.occupations.filter((o) => o.relation === relation).map(presentOccupationRef);
  return {
    id: conceptId(s.uri),
    uri: s.uri,
    preferredLabel: s.preferredLabel,
    altLabels: s.altLabels,
    skillType: s.skillType,
    reuseLevel: s.reuseLevel,
    description: s.description,
    scopeNote: s.scopeNote,
    broader: page.broader,
    collections: page.collections,
    essentialFor: needing('essential'),
    optionalFor: needing('optional'),
  };
}

/** An ISCO group, or the root (code '') listing the 10 major groups. */
export function presentIscoBranch(branch: IscoBranchData): IscoGroupView {
  const g = branch.group;
  return {
    code: g?.code ?? '',
    title: g?.title ?? 'ISCO-08',
    description: g?.description ?? '',
    level: g?.level ?? 0,
    path: branch.path.map(iscoStep),
    children: branch.children.map((c) => ({
      code: c.code,
      title: c.title,
      level: c.level,
      occupationCount: c.occupationCount,
    })),
    occupations: branch.occupations.map(presentOccupationRef),
  };
}
