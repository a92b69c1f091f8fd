import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { EChart } from './echart';
import { fmt, lmiPaths, type SeriesForecast, type SideForecast } from './lmi-api';

function band(
  side: SideForecast | null,
  lower: 'lower80' | 'lower95',
  upper: 'upper80' | 'upper95',
) {
  const steps = side?.forecast.steps ?? [];
  return { lower: steps.map((s) => s[lower]), width: steps.map((s) => s[upper] - s[lower]) };
}

/** Demand and supply of one cell with the demand forecast, its 80% and 95% bands and backtest. */
export function SeriesChart({ cell }: { cell: { country: string; region: string; isco: string } }) {
  const { t } = useTranslation();
  const state = useApi<SeriesForecast>(lmiPaths.series(cell));
  return (
    <Loaded state={state}>
      {(s) => {
        const past = s.history.length;
        const months = [...s.history.map((h) => h.month), ...s.months];
        const pad = (xs: number[]) => [...Array<null>(past).fill(null), ...xs];
        const b95 = band(s.demand, 'lower95', 'upper95');
        const b80 = band(s.demand, 'lower80', 'upper80');
        const option = {
          tooltip: { trigger: 'axis' },
          legend: { data: [t('lmi.demand'), t('lmi.supply'), t('lmi.forecast')] },
          xAxis: { type: 'category', data: months },
          yAxis: { type: 'value' },
          series: [
            {
              name: t('lmi.demand'),
              type: 'line',
              data: s.history.map((h) => h.demand),
              showSymbol: false,
            },
            {
              name: t('lmi.supply'),
              type: 'line',
              data: s.history.map((h) => h.supply),
              showSymbol: false,
            },
            {
              name: 'b95',
              type: 'line',
              stack: '95',
              data: pad(b95.lower),
              lineStyle: { opacity: 0 },
              showSymbol: false,
            },
            {
              name: '95%',
              type: 'line',
              stack: '95',
              data: pad(b95.width),
              lineStyle: { opacity: 0 },
              areaStyle: { opacity: 0.15 },
              showSymbol: false,
            },
            {
              name: 'b80',
              type: 'line',
              stack: '80',
              data: pad(b80.lower),
              lineStyle: { opacity: 0 },
              showSymbol: false,
            },
            {
              name: '80%',
              type: 'line',
              stack: '80',
              data: pad(b80.width),
              lineStyle: { opacity: 0 },
              areaStyle: { opacity: 0.3 },
              showSymbol: false,
            },
            {
              name: t('lmi.forecast'),
              type: 'line',
              data: pad(s.demand?.forecast.steps.map((x) => x.mean) ?? []),
              lineStyle: { type: 'dashed' },
              showSymbol: false,
            },
          ],
        };
        const bt = s.demand?.backtest;
        return (
          <>
            <EChart
              option={option}
              label={t('lmi.chartLabel', { isco: cell.isco, country: cell.country })}
            />
            <p>
              {t('lmi.method', { method: s.demand?.forecast.method ?? '—' })}{' '}
              {bt
                ? t('lmi.backtest', {
                    mase: fmt(bt.model.mase, 2),
                    smape: fmt(bt.model.smape, 1),
                    naiveMase: fmt(bt.seasonalNaive.mase, 2),
                    naiveSmape: fmt(bt.seasonalNaive.smape, 1),
                    origins: bt.origins,
                  })
                : t('lmi.noBacktest')}
            </p>
          </>
        );
      }}
    </Loaded>
  );
}
