import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../labour-market/echart';
import type { FunnelStage } from './journeys-api';

/** The funnel of stages: an ECharts funnel for the eye and the same numbers as a table. */
export function CohortFunnel({ funnel, total }: { funnel: FunnelStage[]; total: number }) {
  const { t } = useTranslation();
  const reachedAny = funnel.filter((f) => f.reached > 0);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [
        {
          name: t('journeys.cohort.funnelTitle'),
          type: 'funnel',
          sort: 'none',
          min: 0,
          max: Math.max(1, ...reachedAny.map((f) => f.reached)),
          left: '5%',
          width: '90%',
          minSize: '8%',
          gap: 2,
          label: { show: true, position: 'inside', formatter: '{b} · {c}' },
          data: reachedAny.map((f) => ({
            name: t(`journeys.stages.${f.stage}`),
            value: f.reached,
          })),
        },
      ],
    }),
    [reachedAny, t],
  );
  const share = (n: number) => (total === 0 ? '—' : `${Math.round((n / total) * 100)} %`);
  return (
    <section aria-labelledby="cohort-funnel-title">
      <h2 id="cohort-funnel-title">{t('journeys.cohort.funnelTitle')}</h2>
      <EChart
        option={option}
        label={t('journeys.cohort.funnelChart', { total })}
        height={Math.max(240, reachedAny.length * 34)}
      />
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('journeys.cohort.funnelTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journeys.cohort.stage')}</th>
              <th scope="col">{t('journeys.cohort.reached')}</th>
              <th scope="col">{t('journeys.cohort.share')}</th>
              <th scope="col">{t('journeys.cohort.current')}</th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((f) => (
              <tr key={f.stage}>
                <th scope="row">{t(`journeys.stages.${f.stage}`)}</th>
                <td>{f.reached}</td>
                <td>{share(f.reached)}</td>
                <td>{f.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
