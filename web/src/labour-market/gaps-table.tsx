import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt, type GapRow } from './lmi-api';

type Column =
  | 'month'
  | 'country'
  | 'region'
  | 'iscoCode'
  | 'demand'
  | 'supply'
  | 'gap'
  | 'ratio'
  | 'classification'
  | 'trend';
const COLUMNS: Column[] = [
  'month',
  'country',
  'region',
  'iscoCode',
  'demand',
  'supply',
  'gap',
  'ratio',
  'classification',
  'trend',
];

/** The gap indicators as a table sorted by any column; a row click selects its cell. */
export function GapsTable({ rows, onSelect }: { rows: GapRow[]; onSelect: (row: GapRow) => void }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'gap',
    descending: true,
  });
  const sorted = [...rows].sort((a, b) => {
    const x = a[sort.column] ?? -Infinity;
    const y = b[sort.column] ?? -Infinity;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort.descending ? -order : order;
  });
  return (
    <table className="data-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c}
              scope="col"
              aria-sort={
                sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'
              }
            >
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  setSort({ column: c, descending: sort.column === c ? !sort.descending : true })
                }
              >
                {t(`lmi.columns.${c}`)}
              </button>
            </th>
          ))}
          <th scope="col">{t('lmi.columns.persistence')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.slice(0, 500).map((r) => (
          <tr
            key={`${r.country}|${r.region}|${r.iscoCode}|${r.skillUri}|${r.month}`}
            onClick={() => onSelect(r)}
            style={{ cursor: 'pointer' }}
          >
            <td>{r.month}</td>
            <td>{r.country}</td>
            <td>{r.region || '—'}</td>
            <td>{r.iscoCode || t('lmi.allOccupations')}</td>
            <td>{fmt(r.demand)}</td>
            <td>{fmt(r.supply)}</td>
            <td>{fmt(r.gap)}</td>
            <td>{fmt(r.ratio, 2)}</td>
            <td>
              <span className={`badge lmi-${r.classification}`}>
                {t(`lmi.${r.classification}`)}
              </span>
            </td>
            <td>{t(`lmi.trends.${r.trend}`)}</td>
            <td>
              {fmt(r.persistence.months3 * 100)}% / {fmt(r.persistence.months6 * 100)}% /{' '}
              {fmt(r.persistence.months12 * 100)}%
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
