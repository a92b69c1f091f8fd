import type { FrameworkRegistry } from '../framework.js';
import { DEMO_AGREEMENTS, DEMO_REQUIREMENTS } from './demo-agreements.js';
import { DEMO_CATALOGUE } from './demo-catalogue.js';
import { demoFrameworks } from './demo-frameworks.js';
import { DEMO_QUALIFICATIONS } from './demo-qualifications.js';

/** All recognition demo data on top of the real reference frameworks, as plain values. */
export function demoRecognitionData(reference: FrameworkRegistry) {
  const demo = demoFrameworks();
  return {
    registry: {
      frameworks: [...reference.frameworks, ...demo.frameworks],
      referencing: [...reference.referencing, ...demo.referencing],
    },
    qualifications: DEMO_QUALIFICATIONS,
    catalogue: DEMO_CATALOGUE,
    agreements: DEMO_AGREEMENTS,
    requirements: DEMO_REQUIREMENTS,
  };
}
