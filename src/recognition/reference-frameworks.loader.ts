import fs from 'node:fs';
import path from 'node:path';
import type { FrameworkRegistry } from './framework.js';
import {
  acqfFramework,
  eqfFramework,
  nationalReferencing,
  type EqfLevelsFile,
  type ReferencingFactsFile,
} from './reference-frameworks.js';

/** Reads the real EQF, ACQF and national referencing facts from the reference/eqf folder. */
export function loadReferenceFrameworks(referenceDir: string): FrameworkRegistry {
  const read = <T>(file: string) =>
    JSON.parse(fs.readFileSync(path.join(referenceDir, 'eqf', file), 'utf8')) as T;
  const eqf = read<EqfLevelsFile>('eqf-levels.json');
  const facts = read<ReferencingFactsFile>('nqf-referencing-facts.json');
  const national = nationalReferencing(facts);
  return {
    frameworks: [eqfFramework(eqf), acqfFramework(facts), ...national.frameworks],
    referencing: national.referencing,
  };
}
