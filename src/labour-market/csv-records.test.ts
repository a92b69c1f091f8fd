import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { eachCsvRecord, isPlainCsv } from './csv-records.js';

/** Records and their line numbers as csv-parse reads them (the reference). */
function byCsvParse(text: string): [string[], number][] {
  const out: [string[], number][] = [];
  parse(text, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    on_record: (record: string[], context) => {
      out.push([record, context.lines]);
      return null;
    },
  });
  return out;
}

function records(text: string): [string[], number][] {
  const out: [string[], number][] = [];
  eachCsvRecord(text, (record, line) => out.push([record, line]));
  return out;
}

const field = fc.stringMatching(/^[a-z0-9 .\-é]{0,6}$/);
const plainCsv = fc
  .record({
    rows: fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map(({ rows, crlf, bom, trailing }) => {
    const end = crlf ? '\r\n' : '\n';
    return (bom ? '\uFEFF' : '') + rows.map((r) => r.join(',')).join(end) + (trailing ? end : '');
  });

describe('reading CSV records', () => {
  it('GIVEN CSV without quotes THEN the plain scan yields what csv-parse yields, line for line', () => {
    fc.assert(
      fc.property(plainCsv, (text) => {
        expect(isPlainCsv(text)).toBe(true);
        expect(records(text)).toEqual(byCsvParse(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a quoted field', 'a,b\n"x,y",2\n'],
    ['a lone carriage return', 'a,b\r1,2\r'],
    ['mixed line ends', 'a,b\r\n1,2\n3,4\r\n'],
  ])('GIVEN %s THEN csv-parse reads it', (_, text) => {
    expect(isPlainCsv(text)).toBe(false);
    expect(records(text)).toEqual(byCsvParse(text));
  });
});
