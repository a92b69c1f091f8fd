import { readReferenceSources } from './import/reference-sources.js';
import { assembleReferenceDataset } from './import/reference-dataset.js';
import { indexedConcepts } from './search/indexed-concepts.js';
import { buildTaxonomyIndex } from './taxonomy-index.js';
const { dataset } = assembleReferenceDataset(await readReferenceSources('/work/main/reference'));
let t = performance.now();
const idx = buildTaxonomyIndex('x', indexedConcepts(dataset.occupations, dataset.skills));
console.log('build', performance.now() - t, idx.size);
for (const q of [...Array(3)].flatMap(() => [
  'nurse',
  'nurce',
  'programer',
  'software developer',
  'manage',
  'm',
  'weld',
  'registered nurse',
  'cook',
  'python',
  'teachr primary',
  'comunicate',
])) {
  t = performance.now();
  const r = idx.search(q, { limit: 5 });
  const ms = performance.now() - t;
  console.log(
    q,
    ms.toFixed(2),
    r.map((h) => `${h.preferredLabel} [${h.matchedLabel}/${h.matchedKind} ${h.score}]`).join(' | '),
  );
}
