import type { LevelRef } from './framework.js';

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
