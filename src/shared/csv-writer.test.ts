import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCandidatesCsv, importCandidatesCsv } from '../people/imports/people-csv.js';
import { csvCell, csvText, unguardedCell } from './csv-writer.js';

const triggers = ['=', '+', '-', '@', '\t', '\r'];
const startsWithTrigger = (text: string) => triggers.some((t) => text.startsWith(t));
const guardedText = (text: string) => startsWithTrigger(text.replace(/^'+/, ''));
/** Any text, a third of it starting with a formula trigger, a quote or a separator. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc
    .tuple(fc.constantFrom(...triggers, "'", '"', ',', '\n'), fc.string({ maxLength: 12 }))
    .map(([first, rest]) => first + rest),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const parseCsv = (text: string) => parse(text, { relax_column_count: true }) as string[][];

describe('the CSV writer', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['+33 6 12', `"'+33 6 12"`],
    ['-2+3', `"'-2+3"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['line\rbreak', '"line\rbreak"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['Awa Ndiaye', 'Awa Ndiaye'],
  ])('GIVEN the text %j THEN the cell is written %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('GIVEN numbers THEN they are written as numbers, negative ones too', () => {
    expect([csvCell(-3), csvCell(2.5), csvCell(undefined)]).toEqual(['-3', '2.5', '']);
  });

  it('GIVEN any text THEN csv-parse reads back the text (with the formula guard) and no cell starts a formula', () => {
    let checked = 0;
    let guarded = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (rows) => {
          const width = Math.max(...rows.map((r) => r.length));
          const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
          const header = padded[0]!.map((_, i) => `c${i}`);
          const parsed = parseCsv(csvText(header, padded));
          expect(parsed.slice(1).map((r) => r.map(unguardedCell))).toEqual(padded);
          expect(parsed).toEqual([
            header,
            ...padded.map((r) => r.map((text) => (guardedText(text) ? `'${text}` : text))),
          ]);
          for (const row of parsed.slice(1)) {
            for (const cell of row) {
              expect(startsWithTrigger(cell)).toBe(false);
              if (cell.startsWith("'")) guarded++;
              expect(padded.flat()).toContain(unguardedCell(cell));
              checked++;
            }
          }
        },
      ),
      { numRuns: 200, examples: [[[['=1+1', '@x', '-1', '\r\n', '"', ',']]]] },
    );
    expect(checked).toBeGreaterThan(200);
    expect(guarded).toBeGreaterThan(50);
  });

  it('GIVEN candidates whose names are formulas WHEN exported THEN the cells are text, and importing the export gives the names back', () => {
    const { accepted } = importCandidatesCsv(
      [
        'name,residence_country,nationality',
        '"=HYPERLINK(""http://evil.example"",""CV"")",SN,SN',
        '@SUM(1+1),MA,MA',
        '"-1+2\r",TN,TN',
      ].join('\n'),
    );
    const profiles = accepted.map((a) => a.record);
    expect(profiles).toHaveLength(3);
    const exported = exportCandidatesCsv(profiles);
    const names = parseCsv(exported)
      .slice(1)
      .map((row) => row[0]);
    expect(names).toEqual([`'=HYPERLINK("http://evil.example","CV")`, "'@SUM(1+1)", "'-1+2"]);
    expect(importCandidatesCsv(exported).accepted.map((a) => a.record.name)).toEqual(
      profiles.map((p) => p.name),
    );
  });
});
