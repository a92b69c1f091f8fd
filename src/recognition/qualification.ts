import type { Framework, LevelRef } from './framework.js';
import { hasLevel } from './framework.js';
import { problem, type RecognitionProblem } from './recognition-problems.js';

/** A qualification as awarded in one country, with its learning outcomes as ESCO skills. */
export interface Qualification {
  id: string;
  title: string;
  awardingBody: string;
  /** ISO 3166-1 alpha-2 country where it is awarded. */
  country: string;
  /** Its level in a qualification framework; every qualification sits in one. */
  level: LevelRef;
  /** ISCED 2011 level, 0–8. */
  iscedLevel: number;
  /** ISCED-F 2013 field code, e.g. `0613` (software and applications development). */
  iscedField: string;
  /** ESCO skill URIs the holder has shown (learning outcomes). */
  learningOutcomes: string[];
  /** ESCO occupation URIs the qualification prepares for. */
  occupations: string[];
  /** True when it gives access to a regulated profession in its country. */
  regulated: boolean;
  demo?: boolean;
}

/** Checks that the qualification names a framework level that exists and sane ISCED codes. */
export function validateQualification(
  q: Qualification,
  frameworks: readonly Framework[],
): RecognitionProblem[] {
  const out: RecognitionProblem[] = [];
  if (!q.level?.frameworkId) {
    out.push(
      problem(
        'recognition.qualification_without_framework',
        'level.frameworkId',
        'a qualification must sit in a framework',
      ),
    );
  } else if (!frameworks.some((f) => f.id === q.level.frameworkId)) {
    out.push(
      problem(
        'recognition.unknown_framework',
        'level.frameworkId',
        `no framework ${q.level.frameworkId}`,
      ),
    );
  } else if (!hasLevel(frameworks, q.level)) {
    out.push(
      problem(
        'recognition.unknown_framework_level',
        'level.level',
        `framework ${q.level.frameworkId} has no level ${q.level.level}`,
      ),
    );
  }
  return out;
}
