// Test support (not a test file): occupation→skill relations shaped like ESCO's, without the import.
import { createRandom } from '../../demo/random.js';
import { DEMO_OCCUPATIONS, type OccupationSkills } from './demo-occupations.js';

/** Relations for every demo occupation: 12 essential and 10 optional invented skill URIs each. */
export function testRelations(): OccupationSkills[] {
  const random = createRandom(42);
  const skill = () => `http://data.europa.eu/esco/skill/${random.uuid()}`;
  return DEMO_OCCUPATIONS.map((o) => ({
    occupationUri: o.uri,
    essential: Array.from({ length: 12 }, skill),
    optional: Array.from({ length: 10 }, skill),
  }));
}
