// Skill extraction on the ESCO-labelled job-ad sentences of Decorte et al. (TECH and HOUSE sets):
// precision, recall and R-Precision@5 per set, for Passerelle's extractor and for plain exact
// label matching (the reference baseline), one JSON line per set and method.
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { buildConceptLexicon } from '../src/extraction/concept-lexicon.js';
import { buildExactLabelMatcher } from '../src/extraction/exact-label-match.js';
import { extractConcepts } from '../src/extraction/extract-concepts.js';
import { extractionFigures, type ScoredSentence } from '../src/extraction/extraction-metrics.js';
import { readReferenceConcepts } from '../src/extraction/reference-concepts.loader.js';
import { proposedHits } from '../src/extraction/proposed-hits.js';
import { parseCsvRecords } from '../src/taxonomy/import/csv-records.js';

const SETS = {
  tech_validation: 'decorte_tech_validation_annotations.csv',
  house_validation: 'decorte_house_validation_annotations.csv',
  tech_test: 'decorte_tech_test_annotations.csv',
} as const;
const MARKERS = new Set(['LABEL NOT PRESENT', 'UNDERSPECIFIED']);

/** Sentences of a set with their gold ESCO preferred labels. */
async function readSet(file: string): Promise<Map<string, Set<string>>> {
  const records = parseCsvRecords(await fs.readFile(file, 'utf8'));
  const sentences = new Map<string, Set<string>>();
  for (const r of records) {
    const gold = sentences.get(r.sentence ?? '') ?? new Set<string>();
    if (r.label && !MARKERS.has(r.label)) gold.add(r.label);
    sentences.set(r.sentence ?? '', gold);
  }
  return sentences;
}

export async function run(): Promise<void> {
  const samples =
    process.env.SAMPLES_DIR ?? path.resolve(import.meta.dirname, '../../shared/data/samples');
  const concepts = await readReferenceConcepts(loadConfig(process.env).referenceDir);
  const skills = concepts.filter((c) => c.type === 'skill');
  const started = performance.now();
  const lexicon = buildConceptLexicon(skills);
  const buildMs = Math.round(performance.now() - started);
  const exact = buildExactLabelMatcher(skills);
  for (const [set, file] of Object.entries(SETS)) {
    const sentences = await readSet(path.join(samples, 'esco-skill-labels', file));
    const ours: ScoredSentence[] = [];
    const baseline: ScoredSentence[] = [];
    const t0 = performance.now();
    for (const [sentence, gold] of sentences) {
      const ranking = extractConcepts(lexicon, sentence, { limit: 20 });
      ours.push({
        gold,
        proposed: new Set(proposedHits(ranking).map((h) => h.preferredLabel)),
        ranking: ranking.map((h) => h.preferredLabel),
      });
      const found = exact(sentence).map((c) => c.preferredLabel);
      baseline.push({ gold, proposed: new Set(found), ranking: found });
    }
    const msPerSentence = (performance.now() - t0) / sentences.size;
    const line = (method: string, s: ScoredSentence[], extra = {}) =>
      console.log(
        JSON.stringify({ bench: 'extraction', set, method, ...extractionFigures(s), ...extra }),
      );
    line('exact_label_baseline', baseline);
    line('passerelle', ours, { msPerSentence: Math.round(msPerSentence * 100) / 100, buildMs });
  }
}
