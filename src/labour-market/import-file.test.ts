import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseImportFile } from './import-file.js';
import type { ImportVocabulary } from './import-rows.js';

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures/labour-market');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

const NURSE_URI = 'http://data.europa.eu/esco/occupation/nurse';
const WOUND_CARE = 'http://data.europa.eu/esco/skill/wound-care';

/** A small vocabulary standing in for the taxonomy. */
export const testVocabulary: ImportVocabulary = {
  countries: new Set(['BE', 'MA', 'KE', 'AF', 'US', 'NG']),
  iscoCodes: new Set(['2', '22', '222', '2221', '3221', '2512', '25']),
  occupationIsco: new Map([[NURSE_URI, '2221']]),
  skills: new Set([WOUND_CARE]),
  customRegions: new Map(),
  countryByAlpha3: new Map([
    ['BEL', 'BE'],
    ['KEN', 'KE'],
    ['MAR', 'MA'],
    ['AFG', 'AF'],
  ]),
  countryByName: new Map([
    ['belgium', 'BE'],
    ['afghanistan', 'AF'],
    ['kenya', 'KE'],
  ]),
  findSkills: (text) => (/wound care/i.test(text) ? [WOUND_CARE] : []),
  findOccupation: (label) =>
    /^software developers?/i.test(label) ? { uri: '', iscoCode: '2512' } : undefined,
};

const parseFixture = (name: string) => {
  const parsed = parseImportFile(read(name), testVocabulary, { source: name });
  if (!parsed) throw new Error(`format of ${name} not detected`);
  return parsed;
};

describe('format detection', () => {
  it.each([
    ['passerelle-observations.csv', 'passerelle_csv'],
    ['postings.ndjson', 'jobposting_jsonld'],
    ['schemaorg-eg-0028.jsonld', 'jobposting_jsonld'],
    ['cyanheads_rplumber_une-deap-sex-age-rt-a.csv', 'ilostat_csv'],
    ['relatoscondatos_EMP_TEMP_SEX_INS_NB_A.excerpt.csv', 'ilostat_csv'],
    ['ilo_cyanheads_sdmx_probe-EMP_TEMP_SEX_INS_DSB_NB.csv', 'sdmx_csv'],
    ['pysdmx_bis_der_sdmxcsv21_sample.csv', 'sdmx_csv'],
  ])('recognises %s as %s', (name, format) => {
    expect(detectFormat(read(name))).toBe(format);
  });

  it('GIVEN plain text THEN the format is unknown', () => {
    expect(detectFormat('hello, world\n1,2')).toBeUndefined();
  });
});

describe('Passerelle CSV', () => {
  it('GIVEN good and bad rows THEN it accepts the good and names each bad line and reason', () => {
    const parsed = parseFixture('passerelle-observations.csv');
    expect(parsed.observations).toHaveLength(4);
    expect(parsed.observations[0]).toMatchObject({
      measure: 'vacancies',
      country: 'BE',
      region: 'BE-VLG',
      iscoCode: '2221',
      month: '2024-01',
      count: 420,
      source: 'VDAB',
    });
    expect(parsed.rejected).toEqual([
      { line: 6, reason: 'unknown ISCO-08 code "9999"' },
      { line: 7, reason: 'impossible month "2024-13"' },
      { line: 8, reason: 'count must be ≥ 0, got -4' },
      { line: 9, reason: 'unknown country "ZZ"' },
    ]);
  });

  it('GIVEN a header without the count column THEN line 1 is rejected', () => {
    const parsed = parseImportFile(
      'measure,country,region,occupation,skill,month,source\n',
      testVocabulary,
      {
        source: 'x',
        format: 'passerelle_csv',
      },
    );
    expect(parsed?.rejected).toEqual([{ line: 1, reason: 'header lacks the column(s) count' }]);
  });
});

describe('JobPosting JSON-LD', () => {
  it('GIVEN NDJSON postings THEN they are summed per month with skills found in the text', () => {
    const parsed = parseFixture('postings.ndjson');
    const total = parsed.observations.find((o) => o.skillUri === '');
    expect(total).toMatchObject({
      measure: 'job_postings',
      country: 'BE',
      region: 'BE-VLG',
      iscoCode: '2221',
      month: '2024-03',
      count: 4,
    });
    expect(parsed.observations.find((o) => o.skillUri === WOUND_CARE)?.count).toBe(3);
    expect(parsed.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(parsed.rejected[0]?.reason).toBe('datePosted "2024-02-30" is an impossible date');
    expect(parsed.rejected[1]?.reason).toMatch(/^malformed JSON/);
    expect(parsed.rejected[2]?.reason).toBe('@type is Person, not JobPosting');
  });

  it('GIVEN the schema.org example posting THEN it is rejected for having no country', () => {
    const parsed = parseFixture('schemaorg-eg-0028.jsonld');
    expect(parsed.rejected).toEqual([
      { line: 1, reason: 'jobLocation has no known addressCountry' },
    ]);
  });

  it.each(['schemaorg-eg-0213.jsonld', 'schemaorg-eg-0251.jsonld'])(
    'GIVEN the fragment %s THEN it is rejected with a reason, not a crash',
    (name) => {
      const parsed = parseFixture(name);
      expect(parsed.observations).toEqual([]);
      expect(parsed.rejected).toHaveLength(1);
    },
  );

  it('GIVEN malformed JSON that is not NDJSON either THEN every line is reported', () => {
    const parsed = parseImportFile('{"@type": ', testVocabulary, { source: 'x' });
    expect(parsed?.rejected[0]).toMatchObject({ line: 1 });
  });
});

describe('ILOSTAT CSV', () => {
  it('GIVEN the label variant THEN totals become employment in thousands and breakdowns are skipped', () => {
    const parsed = parseFixture('relatoscondatos_EMP_TEMP_SEX_INS_NB_A.excerpt.csv');
    const belgium2019 = parsed.observations.find(
      (o) => o.country === 'BE' && o.month === '2019-01',
    );
    expect(belgium2019).toMatchObject({ measure: 'employed', iscoCode: '', count: 4_795_080 });
    expect(parsed.skipped.map((s) => s.reason)).toContain(
      'breakdown by classif1 (only totals are kept)',
    );
    expect(parsed.rejected).toEqual([]);
  });

  it('GIVEN a rate indicator THEN each row is rejected as not a count', () => {
    const parsed = parseFixture('cyanheads_rplumber_une-deap-sex-age-rt-a.csv');
    expect(parsed.observations).toEqual([]);
    expect(parsed.rejected[0]).toEqual({
      line: 2,
      reason: 'indicator "UNE_DEAP_SEX_AGE_RT" is a rate, not a count',
    });
  });

  it('GIVEN a header-only download THEN there is nothing to import and nothing wrong', () => {
    const parsed = parseFixture('cyanheads_rplumber_header-only.csv');
    expect(parsed).toMatchObject({ rows: 0, observations: [], rejected: [] });
  });

  it('GIVEN occupation codes THEN they become ISCO-08 codes', () => {
    const csv = [
      'ref_area,source,indicator,sex,classif1,time,obs_value',
      'BEL,BX:1,EMP_TEMP_SEX_OCU_NB,SEX_T,OCU_ISCO08_2,2022,1500.5',
      'BEL,BX:1,EMP_TEMP_SEX_OCU_NB,SEX_T,OCU_ISCO08_TOTAL,2022,4900',
      'BEL,BX:1,EMP_TEMP_SEX_OCU_NB,SEX_T,OCU_ISCO08_X,2022,3',
      'X01,BX:1,EMP_TEMP_SEX_OCU_NB,SEX_T,OCU_ISCO08_2,2022,3',
    ].join('\n');
    const parsed = parseImportFile(csv, testVocabulary, { source: 'x' });
    expect(parsed?.observations.map((o) => [o.iscoCode, o.count])).toEqual([
      ['2', 1_500_500],
      ['', 4_900_000],
    ]);
    expect(parsed?.rejected).toEqual([
      { line: 5, reason: '"X01" is not a country (or an aggregate of several)' },
    ]);
  });
});

describe('SDMX-CSV', () => {
  it('GIVEN the ILO employment probe THEN its total becomes employment scaled by UNIT_MULT', () => {
    const parsed = parseFixture('ilo_cyanheads_sdmx_probe-EMP_TEMP_SEX_INS_DSB_NB.csv');
    expect(parsed.observations).toEqual([
      expect.objectContaining({
        measure: 'employed',
        country: 'KE',
        iscoCode: '',
        month: '2019-01',
        count: 18_073_200,
      }),
    ]);
  });

  it('GIVEN a BIS derivatives file THEN every row is rejected as not labour data', () => {
    const parsed = parseFixture('pysdmx_bis_der_sdmxcsv21_sample.csv');
    expect(parsed.observations).toEqual([]);
    expect(parsed.rejected[0]?.reason).toMatch(/not an employment, unemployment or vacancy count/);
  });
});

describe('count bounds (security review finding 16)', () => {
  const HUGE = '9223372036854775808';
  const formats: [string, string, number][] = [
    [
      'Passerelle CSV',
      [
        'measure,country,region,occupation,skill,month,count,source',
        'vacancies,BE,,2221,,2024-01,420,VDAB',
        `vacancies,BE,,2221,,2024-02,${HUGE},VDAB`,
        'vacancies,BE,,2221,,2024-03,12.5,VDAB',
        'vacancies,BE,,2221,,2024-04,1000000001,VDAB',
      ].join('\n'),
      3,
    ],
    [
      'SDMX-CSV',
      [
        'DATAFLOW,REF_AREA,FREQ,MEASURE,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MULT',
        'ILO:DF_EMP_TEMP_SEX_NB(1.0),KEN,A,EMP_TEMP_NB,SEX_T,2019,18073.2,3',
        `ILO:DF_EMP_TEMP_SEX_NB(1.0),KEN,A,EMP_TEMP_NB,SEX_T,2020,${HUGE},0`,
        'ILO:DF_EMP_TEMP_SEX_NB(1.0),KEN,A,EMP_TEMP_NB,SEX_T,2021,2,9',
      ].join('\n'),
      2,
    ],
    [
      'ILOSTAT CSV',
      [
        'ref_area,source,indicator,sex,time,obs_value',
        'BEL,BX:1,EMP_TEMP_SEX_NB,SEX_T,2022,4900',
        `BEL,BX:1,EMP_TEMP_SEX_NB,SEX_T,2023,${HUGE}`,
        'BEL,BX:1,EMP_TEMP_SEX_NB,SEX_T,2024,1000001',
      ].join('\n'),
      2,
    ],
    [
      'JobPosting NDJSON',
      [
        '{"@type":"JobPosting","occupationalCategory":"2221","datePosted":"2024-01-05","jobLocation":{"address":{"addressCountry":"BE"}},"totalJobOpenings":3}',
        `{"@type":"JobPosting","occupationalCategory":"2221","datePosted":"2024-01-05","jobLocation":{"address":{"addressCountry":"BE"}},"totalJobOpenings":${HUGE}}`,
      ].join('\n'),
      1,
    ],
  ];

  it.each(formats)(
    'GIVEN %s counts above 1e9 or not whole THEN those rows are rejected with their line, the others kept',
    (_name, text, rejectedRows) => {
      const parsed = parseImportFile(text, testVocabulary, { source: 'x' });
      expect(parsed?.observations.length).toBeGreaterThan(0);
      expect(parsed?.observations.every((o) => o.count <= 1_000_000_000)).toBe(true);
      expect(parsed?.rejected).toHaveLength(rejectedRows);
      for (const r of parsed?.rejected ?? []) {
        expect(r.line).toBeGreaterThan(1);
        expect(r.reason).toMatch(/limit of 1000000000|whole number/);
      }
    },
  );

  it('GIVEN rows of one figure summing past the bound THEN the row that overflows is rejected', () => {
    const csv = [
      'measure,country,region,occupation,skill,month,count,source',
      'vacancies,BE,,2221,,2024-01,600000000,VDAB',
      'vacancies,BE,,2221,,2024-01,600000000,VDAB',
    ].join('\n');
    const parsed = parseImportFile(csv, testVocabulary, { source: 'x' });
    expect(parsed?.observations.map((o) => o.count)).toEqual([600_000_000]);
    expect(parsed?.rejected).toEqual([
      {
        line: 3,
        reason:
          'with the earlier rows of the same figure, count 1200000000 is above the limit of 1000000000 per observation',
      },
    ]);
  });
});
