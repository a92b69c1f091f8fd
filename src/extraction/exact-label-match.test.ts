import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../taxonomy/search/label-text.js';
import type { LexiconConcept } from './concept-lexicon.js';
import { buildExactLabelMatcher } from './exact-label-match.js';

const skill = (uri: string, preferredLabel: string, altLabels: string[] = []): LexiconConcept => ({
  uri,
  type: 'skill',
  preferredLabel,
  altLabels,
  hiddenLabels: [],
});

/** The earlier matcher, kept as the reference: every span of every length up to the longest label. */
function everySpanMatcher(concepts: readonly LexiconConcept[]) {
  const byLabel = new Map<string, LexiconConcept[]>();
  let longest = 1;
  for (const concept of concepts) {
    for (const label of [concept.preferredLabel, ...concept.altLabels]) {
      const key = normalizeLabel(label);
      if (key === '') continue;
      longest = Math.max(longest, key.split(' ').length);
      byLabel.set(key, [...(byLabel.get(key) ?? []), concept]);
    }
  }
  return (text: string): string[] => {
    const words = normalizeLabel(text).split(' ');
    const found = new Map<string, number>();
    for (let n = Math.min(longest, words.length); n >= 1; n--)
      for (let i = 0; i + n <= words.length; i++)
        for (const c of byLabel.get(words.slice(i, i + n).join(' ')) ?? [])
          if (!found.has(c.uri)) found.set(c.uri, n);
    return [...found].sort((a, b) => b[1] - a[1]).map(([uri]) => uri);
  };
}

describe('exact label matcher', () => {
  it('GIVEN any labels and text over a small alphabet THEN it finds what every span finds, in the same order', () => {
    const word = fc.constantFrom('wound', 'care', 'nurse', 'java', 'team', 'work', 'in', 'the');
    const label = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    let compared = 0;
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, fc.array(label, { maxLength: 2 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(word, { maxLength: 30 }),
        (labels, text) => {
          const concepts = labels.map(([preferred, alts], i) => skill(`s${i}`, preferred, alts));
          const expected = everySpanMatcher(concepts)(text.join(' '));
          const actual = buildExactLabelMatcher(concepts)(text.join(' ')).map((c) => c.uri);
          expect(actual).toEqual(expected);
          compared++;
          found += actual.length;
        },
      ),
      { numRuns: 300 },
    );
    expect(compared).toBe(300);
    expect(found).toBeGreaterThan(100); // the property saw many matches, not only empty ones
  });

  it('GIVEN a 450 KB text and a 30-word label THEN matching takes under a second (it took 3–5 s)', () => {
    const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const match = buildExactLabelMatcher([skill('long', long), skill('care', 'wound care')]);
    const text = 'the nurse gave wound care to patients '.repeat(12_000);
    const started = performance.now();
    const found = match(text);
    const elapsed = performance.now() - started;
    expect(found.map((c) => c.uri)).toEqual(['care']);
    expect(elapsed).toBeLessThan(1000);
  });
});
