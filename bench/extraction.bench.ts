// Skill extraction on the ESCO-labelled job-ad sentences of Decorte et al. (TECH and HOUSE sets):
// precision, recall and R-Precision@5 per set, for Passerelle's extractor and for plain exact
// label matching (the reference baseline), one JSON line per set and method. Every set is
// reported; the proposal threshold was tuned on TECH validation only (docs/extraction.md), so
// HOUSE validation and TECH test are held out. A sweep of the threshold shows each set's
// precision and recall at other values, for comparison only.
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { buildConceptLexicon } from '../src/extraction/concept-lexicon.js';
import { buildExactLabelMatcher } from '../src/extraction/exact-label-match.js';
import { extractConcepts } from '../src/extraction/extract-concepts.js';
import { extractionFigures, type ScoredSentence } from '../src/extraction/extraction-metrics.js';
import { readReferenceConcepts } from '../src/extraction/reference-concepts.loader.js';
import { PROPOSAL_CONFIDENCE, proposedHits } from '../src/extraction/proposed-hits.js';
import { parseCsvRecords } from '../src/taxonomy/import/csv-records.js';
import { report } from './bench-support.js';

const SETS = {
  tech_validation: 'decorte_tech_validation_annotations.csv',
  house_validation: 'decorte_house_validation_annotations.csv',
  tech_test: 'decorte_tech_test_annotations.csv',
} as const;
/** The set the threshold was chosen on; the others were not looked at while tuning. */
const TUNED_ON = 'tech_validation';
const SWEEP = [0.5, 0.6, 0.7, 0.8, 0.9];
const MARKERS = new Set(['LABEL NOT PRESENT', 'UNDERSPECIFIED']);

/**
 * The folder holding `esco-skill-labels/`: SAMPLES_DIR when set, else the copy vendored in the
 * repository (reference/samples), so the bench runs from any clone.
 */
export function samplesDir(env: Record<string, string | undefined>): string {
  return env.SAMPLES_DIR ?? path.resolve(import.meta.dirname, '../reference/samples');
}

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
  const samples = samplesDir(process.env);
  const concepts = await readReferenceConcepts(loadConfig(process.env).referenceDir);
  const skills = concepts.filter((c) => c.type === 'skill');
  const started = performance.now();
  const lexicon = buildConceptLexicon(skills);
  const buildMs = Math.round(performance.now() - started);
  const exact = buildExactLabelMatcher(skills);
  for (const [set, file] of Object.entries(SETS)) {
    const sentences = await readSet(path.join(samples, 'esco-skill-labels', file));
    const ours: ScoredSentence[] = [];
    const sweep = new Map(SWEEP.map((t) => [t, [] as ScoredSentence[]]));
    const baseline: ScoredSentence[] = [];
    const t0 = performance.now();
    for (const [sentence, gold] of sentences) {
      const ranking = extractConcepts(lexicon, sentence, { limit: 20 });
      ours.push({
        gold,
        proposed: new Set(proposedHits(ranking).map((h) => h.preferredLabel)),
        ranking: ranking.map((h) => h.preferredLabel),
      });
      for (const [threshold, scored] of sweep) {
        const complete = ranking.filter((h) => h.coverage >= 0.999 && h.confidence >= threshold);
        scored.push({
          gold,
          proposed: new Set(complete.map((h) => h.preferredLabel)),
          ranking: ranking.map((h) => h.preferredLabel),
        });
      }
      const found = exact(sentence).map((c) => c.preferredLabel);
      baseline.push({ gold, proposed: new Set(found), ranking: found });
    }
    const msPerSentence = (performance.now() - t0) / sentences.size;
    const role = set === TUNED_ON ? 'tuning set' : 'held out';
    const line = (method: string, scored: ScoredSentence[], extra = {}) => {
      const figures = extractionFigures(scored);
      for (const [metric, value] of Object.entries(figures))
        if (typeof value === 'number' && metric !== 'k')
          report(
            'extraction',
            `${set}_${method}_${metric}`,
            value,
            metric === 'sentences' ? 'count' : 'share',
            {
              set,
              method,
              role,
              threshold: PROPOSAL_CONFIDENCE,
              ...extra,
            },
          );
    };
    line('exact_label_baseline', baseline);
    line('passerelle', ours);
    report('extraction', `${set}_ms_per_sentence`, msPerSentence, 'ms', { set, buildMs });
    for (const [threshold, scored] of sweep) {
      const { precision, recall } = extractionFigures(scored);
      report('extraction', `${set}_sweep_${threshold}`, precision, 'precision', {
        set,
        role,
        threshold,
        recall,
        note: 'comparison only; the product uses the threshold chosen on TECH validation',
      });
    }
  }
}
