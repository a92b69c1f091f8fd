import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaxonomyIndex, type IndexedConcept } from './taxonomy-index.js';

const occupation = (
  uri: string,
  preferredLabel: string,
  altLabels: string[] = [],
  hiddenLabels: string[] = [],
): IndexedConcept => ({
  uri: `occ/${uri}`,
  type: 'occupation',
  preferredLabel,
  altLabels,
  hiddenLabels,
  code: `${uri}.1`,
  iscoCode: '2221',
});
const skill = (uri: string, preferredLabel: string, altLabels: string[] = []): IndexedConcept => ({
  uri: `skill/${uri}`,
  type: 'skill',
  preferredLabel,
  altLabels,
  hiddenLabels: [],
  skillType: 'skill/competence',
});

const concepts = [
  occupation('nurse', 'specialist nurse', ['nurse specialist']),
  occupation('nurse-assistant', 'nurse assistant', ['healthcare assistant']),
  occupation('programmer', 'computer programmer', ['software programmer', 'coder'], ['programer']),
  occupation('developer', 'software developer', ['programmer']),
  occupation('welder', 'welder', ['welding operator']),
  skill('nurse-plants', 'nurse plants'),
  skill('python', 'Python (computer programming)', ['Python']),
  skill('weld', 'operate welding equipment', ['weld']),
  skill('communicate', 'communicate with customers', ['talk to clients']),
];
const index = buildTaxonomyIndex('test-1', concepts);

describe('taxonomy search', () => {
  it('GIVEN a label typed exactly THEN the concept comes first with the top score', () => {
    const [first] = index.search('welder');
    expect(first).toMatchObject({ uri: 'occ/welder', matchedKind: 'preferred', score: 1 });
  });

  it('ranks a preferred label above an alt label matched the same way', () => {
    const hits = index.search('software developer');
    expect(hits[0]?.uri).toBe('occ/developer');
  });

  it('finds a concept by its alt label and says which label matched', () => {
    const [first] = index.search('coder');
    expect(first).toMatchObject({
      uri: 'occ/programmer',
      matchedLabel: 'coder',
      matchedKind: 'alt',
    });
  });

  it('ranks exact over prefix over word matches', () => {
    const scores = ['nurse assistant', 'nurse', 'assistant'].map((q) => index.search(q)[0]!.score);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });

  it.each([
    ['nurce', 'occ/nurse'],
    ['welidng operator', 'occ/welder'],
    ['comunicate', 'skill/communicate'],
  ])('tolerates the typo "%s"', (query, uri) => {
    expect(index.search(query).map((h) => h.uri)).toContain(uri);
  });

  it('matches the word being typed by its prefix', () => {
    expect(index.search('weld').map((h) => h.uri)).toEqual(
      expect.arrayContaining(['occ/welder', 'skill/weld']),
    );
    expect(index.search('progr').map((h) => h.uri)).toContain('occ/programmer');
  });

  it('filters by concept type and honours the limit', () => {
    expect(index.search('nurse', { type: 'skill' }).map((h) => h.uri)).toEqual([
      'skill/nurse-plants',
    ]);
    expect(index.search('nurse', { limit: 1 })).toHaveLength(1);
  });

  it('returns each concept once, with its best label', () => {
    const uris = index.search('programmer').map((h) => h.uri);
    expect(new Set(uris).size).toBe(uris.length);
  });

  it('ignores case, accents and punctuation', () => {
    expect(index.search('PYTHON!')[0]?.uri).toBe('skill/python');
    expect(index.search('wéldér')[0]?.uri).toBe('occ/welder');
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });

  it('carries ESCO code and ISCO code for occupations, skill type for skills', () => {
    expect(index.search('welder')[0]).toMatchObject({ code: 'welder.1', iscoCode: '2221' });
    expect(index.search('python')[0]).toMatchObject({ skillType: 'skill/competence' });
  });
});

describe('taxonomy search invariants', () => {
  const word = fc.stringMatching(/^[a-z]{3,9}$/);
  const label = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const conceptSet = fc
    .uniqueArray(label, { minLength: 1, maxLength: 30 })
    .map((labels) => labels.map((l, i) => occupation(String(i), l)));

  it('a concept searched by its exact preferred label is first or tied with the first', () => {
    fc.assert(
      fc.property(conceptSet, fc.nat(), (set, pick) => {
        const idx = buildTaxonomyIndex('p', set);
        const target = set[pick % set.length]!;
        const hits = idx.search(target.preferredLabel, { limit: 100 });
        const mine = hits.find((h) => h.uri === target.uri);
        expect(mine).toBeDefined();
        expect(mine!.score).toBe(hits[0]!.score);
      }),
    );
  });

  /** A query users would type for a label: the label, a prefix of it, or it with one typo. */
  const queryFor = (labels: string[]) =>
    fc
      .tuple(
        fc.constantFrom(...labels),
        fc.constantFrom('exact', 'prefix', 'typo'),
        fc.nat(),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      )
      .map(([labelText, kind, at, letter]) => {
        if (kind === 'exact') return labelText;
        if (kind === 'prefix') return labelText.slice(0, Math.max(3, at % labelText.length));
        const i = at % labelText.length;
        return labelText.slice(0, i) + letter + labelText.slice(i + 1);
      });
  const labelsOf = (set: IndexedConcept[]) =>
    set.flatMap((c) => [c.preferredLabel, ...c.altLabels]);

  it('scores stay within 0..1 and results come best first', () => {
    let withHits = 0;
    fc.assert(
      fc.property(
        conceptSet.chain((set) => fc.tuple(fc.constant(set), queryFor(labelsOf(set)))),
        ([set, query]) => {
          const hits = buildTaxonomyIndex('p', set).search(query, { limit: 100 });
          if (hits.length > 0) withHits++;
          for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(0);
          for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
          hits.slice(1).forEach((h, i) => expect(h.score).toBeLessThanOrEqual(hits[i]!.score));
        },
      ),
      { numRuns: 200 },
    );
    // Queries come from the concepts' own labels, so most of them must find something.
    expect(withHits).toBeGreaterThan(150);
  });

  it('filtering by type never adds a result', () => {
    let skillHits = 0;
    fc.assert(
      fc.property(queryFor(labelsOf(concepts)), (query) => {
        const all = index.search(query, { limit: 100 }).map((h) => h.uri);
        for (const h of index.search(query, { type: 'skill', limit: 100 })) {
          skillHits++;
          expect(all).toContain(h.uri);
        }
      }),
      { numRuns: 200 },
    );
    expect(skillHits).toBeGreaterThan(40);
  });
});
