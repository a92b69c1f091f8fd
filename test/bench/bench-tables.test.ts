import { describe, expect, it } from 'vitest';
import { fillTables, latestRun, type RecordedLine } from '../../scripts/bench-tables.js';

const line = (run: string, date: string, metric: string, value: number, extra = {}) =>
  ({
    bench: 'lmi',
    metric,
    value,
    unit: 'ms',
    run,
    commit: `c-${run}`,
    date,
    scale: 'small',
    load1: 3.5,
    machine: { cores: 2, loadAverage: [3.5, 2, 1] },
    ...extra,
  }) as RecordedLine;

const lines = [
  line('old', '2026-12-01T10:00:00Z', 'import_product', 900),
  line('new', '2026-12-04T10:00:00Z', 'import_product', 1234.5, { engine: 'pglite' }),
  line('new', '2026-12-04T10:00:00Z', 'import_copy', 600),
  { ...line('full', '2026-12-05T10:00:00Z', 'import_product', 5), scale: 'full' },
];

describe('benchmark tables generated from the recorded runs', () => {
  it('GIVEN several runs THEN the latest of the scale is shown, with its commit and load', () => {
    expect(latestRun(lines, 'lmi', 'small').map((l) => l.run)).toEqual(['new', 'new']);
    const doc = 'intro\n<!-- bench-table lmi scale=small -->\nold text\n<!-- /bench-table -->\nend';
    const filled = fillTables(doc, lines);
    expect(filled).toContain('| import_product | 1,235 | ms | engine: pglite |');
    expect(filled).toContain('| import_copy | 600 | ms |  |');
    expect(filled).toContain('commit c-new');
    expect(filled).toContain('load average 3.5 / 2 / 1');
    expect(filled).not.toContain('old text');
    expect(filled.startsWith('intro\n<!-- bench-table lmi scale=small -->\n')).toBe(true);
    expect(filled.endsWith('<!-- /bench-table -->\nend')).toBe(true);
    expect(fillTables(filled, lines)).toBe(filled);
  });

  it('GIVEN a metrics list THEN only those rows are shown', () => {
    const doc = '<!-- bench-table lmi scale=small metrics=import_copy -->\n<!-- /bench-table -->';
    const filled = fillTables(doc, lines);
    expect(filled).toContain('| import_copy |');
    expect(filled).not.toContain('| import_product |');
  });

  it('GIVEN a where option THEN only the lines with that detail are shown', () => {
    const doc = '<!-- bench-table lmi scale=small where=engine:pglite -->\n<!-- /bench-table -->';
    const filled = fillTables(doc, lines);
    expect(filled).toContain('| import_product | 1,235 | ms | engine: pglite |');
    expect(filled).not.toContain('| import_copy |');
  });

  it('GIVEN a later run without the listed metrics THEN the table keeps the run that measured them', () => {
    const later = [...lines, line('later', '2026-12-06T10:00:00Z', 'cube_ms', 3)];
    const doc = '<!-- bench-table lmi scale=small metrics=import_copy -->\n<!-- /bench-table -->';
    expect(fillTables(doc, later)).toContain('commit c-new');
  });

  it('GIVEN no run at that scale THEN the table says so', () => {
    const doc = '<!-- bench-table matching scale=small -->\n<!-- /bench-table -->';
    expect(fillTables(doc, lines)).toContain('No recorded run yet');
  });
  it('GIVEN a run whose code was restamped mid-run THEN every commit is named, and that it moved', () => {
    const moved = [
      line('m', '2026-12-06T10:00:00Z', 'seconds_to_ready', 80, { commit: 'aaa' }),
      line('m', '2026-12-06T10:00:00Z', 'peak_rss', 700, {
        commit: 'bbb',
        startedAt: { commit: 'aaa', dirty: false },
      }),
    ];
    const doc = '<!-- bench-table lmi scale=small -->\n<!-- /bench-table -->';
    const filled = fillTables(doc, moved);
    expect(filled).toContain('commit aaa, bbb (code loaded after the checkout moved on)');
    expect(filled).not.toContain('startedAt');
  });
});
