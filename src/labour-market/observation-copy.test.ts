import { describe, expect, it } from 'vitest';
import type { Observation } from './observation.js';
import { copyText } from './observation-copy.store.js';

const base: Observation = {
  measure: 'vacancies',
  country: 'BE',
  region: '',
  iscoCode: '2221',
  occupationUri: '',
  skillUri: '',
  month: '2026-01',
  count: 12,
  source: 'office',
};

describe('observations as COPY text', () => {
  it('GIVEN empty fields THEN they stay empty strings, not NULL', () => {
    expect(copyText([base], 'id-1')).toBe('vacancies\tBE\t\t2221\t\t\t2026-01\t12\toffice\tid-1\n');
  });

  it('GIVEN a source with a tab, a line break and \\N THEN each is escaped, never read as NULL or a new row', () => {
    const line = copyText([{ ...base, source: 'a\tb\nc\\N' }], 'id-1');
    expect(line.split('\n')).toHaveLength(2);
    expect(line.split('\t')).toHaveLength(10);
    expect(line).toContain('\ta\\tb\\nc\\\\N\t');
  });
});
