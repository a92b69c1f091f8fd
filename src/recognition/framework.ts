/** Qualification frameworks, their levels and the referencing between them (docs/recognition.md). */

/** A national framework belongs to one country; a regional one (EQF, ACQF) is a meta-framework. */
export type FrameworkKind = 'national' | 'regional';

/** How well the stored sources support a referencing fact; `demo` marks invented demo data. */
export type Confidence = 'high' | 'medium' | 'low' | 'demo';

/** Learning-outcome descriptors of one level, in the three EQF/ACQF domains. */
export interface LevelDescriptors {
  knowledge: string[];
  skills: string[];
  responsibilityAndAutonomy: string[];
}

/** One level of a framework; `level` orders the levels (higher is more advanced). */
export interface FrameworkLevel {
  level: number;
  title?: string;
  descriptors: LevelDescriptors;
}

/** A national or regional qualification framework. */
export interface Framework {
  id: string;
  name: string;
  kind: FrameworkKind;
  /** ISO 3166-1 alpha-2, for national frameworks. */
  country?: string;
  levels: FrameworkLevel[];
  source: string;
  /** True for demo frameworks that stand in where no official referencing is at hand. */
  demo: boolean;
}

/** A level of a named framework, e.g. `{ frameworkId: 'eqf', level: 4 }`. */
export interface LevelRef {
  frameworkId: string;
  level: number;
}

/**
 * The declared correspondence of one level of a framework to one or more levels of another
 * (usually national → regional). A national level may correspond to several EQF levels.
 */
export interface LevelReferencing {
  fromFrameworkId: string;
  fromLevel: number;
  toFrameworkId: string;
  toLevels: number[];
  source: string;
  confidence: Confidence;
}

/** All frameworks and referencing facts the engine may use, as plain data. */
export interface FrameworkRegistry {
  frameworks: Framework[];
  referencing: LevelReferencing[];
}

/** Formats a level for reasons and messages, e.g. `eqf 4`. */
export const formatLevel = (ref: LevelRef): string => `${ref.frameworkId} ${ref.level}`;

/** True when the framework exists and has the level. */
export function hasLevel(frameworks: readonly Framework[], ref: LevelRef): boolean {
  const framework = frameworks.find((f) => f.id === ref.frameworkId);
  return framework !== undefined && framework.levels.some((l) => l.level === ref.level);
}
