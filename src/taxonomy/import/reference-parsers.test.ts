import { describe, expect, it } from 'vitest';
import { hasMixedLineEndings, parseCsvRecords, splitLines, splitPipes } from './csv-records.js';
import { parseCountries } from './classification-codes.parser.js';
import { keepKnownRelations, skippedRelationFlaws } from './relation-integrity.js';
import { mergeSkillGroups, parseHierarchyGroups } from './skill-groups.parser.js';

describe('reading ESCO CSV', () => {
  it('keeps line breaks inside quoted fields and splits labels on them', () => {
    const [row] = parseCsvRecords('uri,altLabels\r\nu1,"nurse\nnursing officer\n"\r\n');
    expect(splitLines(row!.altLabels)).toEqual(['nurse', 'nursing officer']);
  });

  it('splits collection fields on " | "', () => {
    expect(splitPipes('a | b | a')).toEqual(['a', 'b']);
  });

  it('detects files that mix CRLF and LF', () => {
    expect(hasMixedLineEndings('a\r\nb\nc')).toBe(true);
    expect(hasMixedLineEndings('a\r\nb\r\n')).toBe(false);
  });

  it('keeps Namibia, whose code is "NA"', () => {
    const records = parseCsvRecords(
      'ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,ISO3166-1-numeric,CLDR display name\nNA,NAM,516,Namibia\n',
    );
    expect(parseCountries(records)[0]).toMatchObject({
      alpha2: 'NA',
      alpha3: 'NAM',
      numeric: '516',
    });
  });
});

describe('relation integrity', () => {
  const known = new Set(['occ/1', 'skill/1']);
  const rows = [
    { o: 'occ/1', s: 'skill/1' },
    { o: 'http://data.europa.eu/esco/occupation/gone', s: 'skill/1' },
    { o: 'occ/1', s: 'skill/1' },
  ];

  it('skips and counts relations to a missing occupation, and duplicates', () => {
    const result = keepKnownRelations(
      'occupationSkillRelations',
      rows,
      [
        { uri: (r) => r.o, known },
        { uri: (r) => r.s, known },
      ],
      (r) => `${r.o} ${r.s}`,
    );
    expect(result.kept).toHaveLength(1);
    expect(result.duplicates).toBe(1);
    expect(skippedRelationFlaws(result.skipped)).toEqual([
      expect.objectContaining({ code: 'relation_to_missing_occupation', count: 1 }),
    ]);
  });
});

describe('skill groups', () => {
  it('adds the groups named only in the hierarchy, with their labels', () => {
    const hierarchy = parseCsvRecords(
      'Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Description,Level 0 code,Level 1 code\n' +
        'g/0,skills,g/1,positioning tools,Place tools.,S,S6.8.1\n',
    );
    const { groups, addedFromHierarchy } = mergeSkillGroups(
      [{ uri: 'g/0', code: 'S', preferredLabel: 'skills', description: '' }],
      parseHierarchyGroups(hierarchy),
    );
    expect(groups).toHaveLength(2);
    expect(addedFromHierarchy).toEqual([
      {
        uri: 'g/1',
        code: 'S6.8.1',
        preferredLabel: 'positioning tools',
        description: 'Place tools.',
      },
    ]);
  });
});
