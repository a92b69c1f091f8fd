import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded, Loading } from '../shell/status';
import { CorridorView, WarningsList } from './corridor-warnings';
import { GapsTable } from './gaps-table';
import { ImportUpload } from './import-upload';
import { lmiPaths, type GapRow } from './lmi-api';

// ECharts and the world map are large: they load with the first chart, not with the app.
const GapMap = lazy(() => import('./gap-map').then((m) => ({ default: m.GapMap })));
const SeriesChart = lazy(() => import('./series-chart').then((m) => ({ default: m.SeriesChart })));

/** /labour-market — gaps (map, table, series with forecast), corridor, warnings, import. */
export function LabourMarketPage() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ country: '', isco: '', from: '2025-01', iscoLevel: '4' });
  const [asked, setAsked] = useState(form);
  const [cell, setCell] = useState<{ country: string; region: string; isco: string } | null>(null);
  const state = useApi<{ gaps: GapRow[]; truncated: boolean }>(lmiPaths.gaps(asked));
  return (
    <section aria-labelledby="lmi-title">
      <title>{`${t('lmi.title')} · ${t('app.name')}`}</title>
      <h1 id="lmi-title">{t('lmi.title')}</h1>
      <p>{t('lmi.intro')}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(form);
        }}
      >
        {(['country', 'isco', 'from'] as const).map((k) => (
          <label key={k}>
            {t(`lmi.${k}`)}{' '}
            <input
              value={form[k]}
              onChange={(e) => setForm({ ...form, [k]: e.target.value.trim() })}
              size={8}
            />
          </label>
        ))}
        <label>
          {t('lmi.iscoLevel')}{' '}
          <select
            value={form.iscoLevel}
            onChange={(e) => setForm({ ...form, iscoLevel: e.target.value })}
          >
            {['1', '2', '3', '4'].map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t('lmi.show')}</button>
      </form>
      <Loaded state={state}>
        {({ gaps, truncated }) => (
          <>
            <Suspense fallback={<Loading />}>
              <GapMap rows={gaps} />
            </Suspense>
            {cell && (
              <section aria-labelledby="lmi-series">
                <h2 id="lmi-series">
                  {t('lmi.seriesTitle', { isco: cell.isco, country: cell.country })}
                </h2>
                <Suspense fallback={<Loading />}>
                  <SeriesChart cell={cell} />
                </Suspense>
              </section>
            )}
            {truncated && <p className="status">{t('lmi.truncated')}</p>}
            {gaps.length === 0 ? (
              <p className="empty">{t('lmi.noGaps')}</p>
            ) : (
              <GapsTable
                rows={gaps}
                onSelect={(r) =>
                  setCell({ country: r.country, region: r.region, isco: r.iscoCode })
                }
              />
            )}
          </>
        )}
      </Loaded>
      <CorridorView />
      <WarningsList />
      <ImportUpload />
    </section>
  );
}
