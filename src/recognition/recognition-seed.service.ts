import type { Database } from '../db/database.js';
import { demoRecognitionData } from './demo/demo-recognition.js';
import { addFrameworks } from './framework.store.js';
import { addAgreements } from './recognition-agreement.store.js';
import { addCatalogue, addQualifications } from './recognition-data.store.js';
import { loadReferenceFrameworks } from './reference-frameworks.loader.js';

/**
 * Loads the real reference frameworks (EQF, ACQF, DQR, Irish NFQ) and, when asked, the demo
 * frameworks, qualifications, catalogue and agreements. Idempotent: safe to run on every start.
 */
export async function seedRecognitionData(
  db: Database,
  referenceDir: string,
  options: { demo: boolean },
): Promise<void> {
  const reference = loadReferenceFrameworks(referenceDir);
  if (!options.demo) return addFrameworks(db, reference);
  const demo = demoRecognitionData(reference);
  await addFrameworks(db, demo.registry);
  await addQualifications(db, demo.qualifications);
  await addAgreements(db, demo.agreements);
  await addCatalogue(db, demo.catalogue, demo.requirements);
}
