import { describe, expect, it } from 'vitest';
import { formatGapTable, formatImportReport } from './labour-market.cli.js';
import { gapIndicators } from './gap-indicators.js';

describe('the lmi commands’ output', () => {
  it('GIVEN an import with rejected rows THEN each is printed with its line and reason', () => {
    const text = formatImportReport({
      importId: '00000000-0000-4000-8000-000000000001',
      fileName: 'be.csv',
      format: 'passerelle_csv',
      alreadyImported: false,
      rows: 3,
      accepted: 2,
      rejected: [{ line: 3, reason: 'impossible month "2024-13"' }],
      skipped: [],
    });
    expect(text).toBe(
      'Imported be.csv as passerelle_csv: 3 rows, 2 observations, 1 rejected.\n' +
        '  line 3: impossible month "2024-13"\n',
    );
  });

  it('GIVEN gap rows THEN they print as an aligned table with their classification', () => {
    const [row] = gapIndicators([{ month: '2024-01', demand: 300, supply: 100 }]);
    const table = formatGapTable([
      {
        country: 'BE',
        region: '',
        iscoCode: '25',
        skillUri: '',
        ...(row as NonNullable<typeof row>),
      },
    ]);
    expect(table.split('\n')[0]).toMatch(/^month\s+country\s+region\s+isco\s+demand/);
    expect(table).toContain('shortage');
    expect(table).toMatch(/2024-01\s+BE\s+—\s+25\s+300\s+100\s+200\s+3\s+shortage/);
  });
});
