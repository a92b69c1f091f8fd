import type { LevelRef } from './framework.js';
import type { Qualification } from './qualification.js';

/**
 * What a person seeks recognition for, resolved to values: an occupation in a country (its
 * essential ESCO skills, and the level and licence the country requires) or a qualification there
 * (its level and learning outcomes).
 */
export interface RecognitionTarget {
  country: string;
  label: string;
  /** ESCO occupation URIs the target stands for (the occupation, or the qualification's). */
  occupations: string[];
  qualificationId?: string;
  /** The body that decides recognition at destination, when known. */
  recognitionBody?: string;
  requiredLevel?: LevelRef;
  essentialSkills: string[];
  /** True for a regulated profession: practising needs a licence from the competent authority. */
  regulated: boolean;
  competentAuthority?: string;
}

/** A country's requirement for an occupation: the level it expects and whether it is regulated. */
export interface OccupationRequirement {
  country: string;
  occupation: string;
  requiredLevel?: LevelRef;
  regulated: boolean;
  competentAuthority?: string;
  recognitionBody?: string;
}

/** The target for an occupation in a country, from its essential skills and the country's requirement. */
export function occupationTarget(
  country: string,
  occupation: string,
  label: string,
  essentialSkills: readonly string[],
  requirements: readonly OccupationRequirement[],
): RecognitionTarget {
  const r = requirements.find((x) => x.country === country && x.occupation === occupation);
  return {
    country,
    label: `${label} (${country})`,
    occupations: [occupation],
    essentialSkills: [...essentialSkills],
    regulated: r?.regulated ?? false,
    ...(r?.requiredLevel ? { requiredLevel: r.requiredLevel } : {}),
    ...(r?.competentAuthority ? { competentAuthority: r.competentAuthority } : {}),
    ...(r?.recognitionBody ? { recognitionBody: r.recognitionBody } : {}),
  };
}

/** The target for a qualification awarded in its country: its level and learning outcomes. */
export function qualificationTarget(q: Qualification): RecognitionTarget {
  return {
    country: q.country,
    label: `${q.title} (${q.country})`,
    occupations: q.occupations,
    qualificationId: q.id,
    requiredLevel: q.level,
    essentialSkills: q.learningOutcomes,
    regulated: q.regulated,
  };
}
