import type { ModuleContent, ModulePlace, OrientationLanguage } from '../orientation.js';
import { ORIENTATION_LANGUAGES, ORIENTATION_TOPICS } from '../orientation.js';
import { ARABIC } from './orientation-modules.ar.js';
import { ENGLISH } from './orientation-modules.en.js';
import { FRENCH } from './orientation-modules.fr.js';
import { DESTINATION_FACTS, type DemoModuleText } from './orientation-destinations.js';

const TEXTS: Record<OrientationLanguage, DemoModuleText> = { en: ENGLISH, fr: FRENCH, ar: ARABIC };

/** Two right answers out of three pass every demo check. */
const DEMO_PASS_MARK = 2;

/**
 * The demo orientation of a corridor: every topic in English, French and Arabic, when the demo
 * knows the destination (Belgium, Lithuania, Italy); nothing otherwise.
 */
export function demoOrientationModules(corridor: {
  origin: string;
  destination: string;
}): (ModulePlace & ModuleContent)[] {
  const facts = DESTINATION_FACTS[corridor.destination];
  if (!facts) return [];
  return ORIENTATION_TOPICS.flatMap((topic) =>
    ORIENTATION_LANGUAGES.map((language) => ({
      ...corridor,
      topic,
      language,
      ...TEXTS[language][topic](facts[language]),
      passMark: DEMO_PASS_MARK,
    })),
  );
}
