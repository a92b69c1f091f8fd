import { describe, expect, it } from 'vitest';
import { buildConceptLexicon, type LexiconConcept } from './concept-lexicon.js';
import { extractConcepts } from './extract-concepts.js';
import { extractionFigures } from './extraction-metrics.js';
import { proposedHits } from './proposed-hits.js';
import { stemWord } from './word-stem.js';

const skill = (
  uri: string,
  preferredLabel: string,
  altLabels: string[] = [],
  hiddenLabels: string[] = [],
): LexiconConcept => ({
  uri: `http://data.europa.eu/esco/skill/${uri}`,
  type: 'skill',
  preferredLabel,
  altLabels,
  hiddenLabels,
});

const concepts: LexiconConcept[] = [
  skill('java', 'Java (computer programming)', ['Java']),
  skill('js', 'JavaScript'),
  skill('teams', 'work in teams', ['teamwork']),
  skill('projects', 'manage projects', ['project management']),
  skill('welding', 'use welding equipment', [], ['welding kit']),
  skill('forklift', 'operate forklift'),
  {
    uri: 'http://data.europa.eu/esco/occupation/welder',
    type: 'occupation',
    preferredLabel: 'welder',
    altLabels: ['welding technician'],
    hiddenLabels: [],
  },
];
const lexicon = buildConceptLexicon(concepts);
const labelsOf = (text: string) => extractConcepts(lexicon, text).map((h) => h.preferredLabel);

describe('stemming', () => {
  it.each([
    ['managing', 'management'],
    ['programming', 'program'],
    ['organization', 'organise'],
    ['communicate', 'communication'],
  ])('GIVEN "%s" and "%s" THEN they share a stem', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });
});

describe('extractConcepts', () => {
  it('GIVEN a preferred label in the text THEN it is found, exact and fully confident', () => {
    const [hit] = extractConcepts(lexicon, 'You will operate a forklift daily.');
    expect(hit).toMatchObject({ preferredLabel: 'operate forklift', exact: true, coverage: 1 });
    expect(hit!.confidence).toBeGreaterThan(0.7);
  });

  it('GIVEN an inflected multi-word label THEN it still matches through stems', () => {
    expect(labelsOf('Experience managing complex projects')).toContain('manage projects');
    expect(labelsOf('Worked in agile teams')).toContain('work in teams');
  });

  it('GIVEN an alternative or hidden label THEN the concept is found, with the label that matched', () => {
    const hit = extractConcepts(lexicon, 'bring your own welding kit').find(
      (h) => h.preferredLabel === 'use welding equipment',
    );
    expect(hit).toMatchObject({ matchedLabel: 'welding kit', matchedKind: 'hidden' });
  });

  it('GIVEN a qualified label ("Java (computer programming)") THEN the core word suffices', () => {
    expect(labelsOf('java and javascript developers')).toEqual(
      expect.arrayContaining(['Java (computer programming)', 'JavaScript']),
    );
  });

  it('GIVEN a partial match THEN it ranks below complete ones and is not proposed', () => {
    const hits = extractConcepts(lexicon, 'operate welding equipment');
    expect(hits[0]!.preferredLabel).toBe('use welding equipment');
    const partial = hits.find((h) => h.preferredLabel === 'operate forklift');
    expect(partial!.coverage).toBeLessThan(1);
    expect(proposedHits(hits).map((h) => h.preferredLabel)).not.toContain('operate forklift');
  });

  it('GIVEN a type filter THEN only occupations come back', () => {
    expect(extractConcepts(lexicon, 'welding technician', { type: 'occupation' })).toEqual([
      expect.objectContaining({ preferredLabel: 'welder', type: 'occupation' }),
    ]);
  });

  it('GIVEN text with no label word THEN nothing is found', () => {
    expect(extractConcepts(lexicon, 'the and of with')).toEqual([]);
  });
});

describe('extractionFigures', () => {
  it('GIVEN rankings THEN R-Precision@K divides by min(K, |gold|) and skips unlabelled sentences', () => {
    const figures = extractionFigures(
      [
        { gold: new Set(['a']), proposed: new Set(['a', 'b']), ranking: ['b', 'a'] },
        { gold: new Set(['c', 'd']), proposed: new Set(), ranking: ['x', 'y', 'z', 'w', 'v', 'c'] },
        { gold: new Set(), proposed: new Set(['q']), ranking: ['q'] },
      ],
      5,
    );
    expect(figures).toEqual({
      sentences: 2,
      precision: 0.5,
      recall: 0.333,
      rPrecisionAtK: 0.5,
      k: 5,
    });
  });
});
