import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../labour-market/echart';
import { FAIRNESS_DIMENSIONS, type FairnessGroup, type FairnessReport } from './allocation-api';

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

/** Groups of one dimension: people, assigned, rate and mean score of those assigned. */
function GroupTable({ caption, groups }: { caption: string; groups: FairnessGroup[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('allocation.group')}</th>
          <th scope="col">{t('allocation.people')}</th>
          <th scope="col">{t('allocation.assigned')}</th>
          <th scope="col">{t('allocation.share')}</th>
          <th scope="col">{t('allocation.averageScore')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.value}>
            <th scope="row">{g.value}</th>
            <td>{g.count}</td>
            <td>{g.assigned}</td>
            <td>{percent(g.rate)}</td>
            <td>{g.meanScore === null ? '—' : g.meanScore.toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The fairness report: a bar chart of assignment rates by gender and age, and every table. */
export function FairnessSection({ fairness }: { fairness: FairnessReport | null }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    if (!fairness) return null;
    const bars = [
      ...fairness.groups.gender.map((g) => ({ ...g, label: t(`allocation.genders.${g.value}`) })),
      ...fairness.groups.ageBand.map((g) => ({ ...g, label: g.value })),
      ...fairness.groups.originRegion.map((g) => ({ ...g, label: g.value })),
    ];
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, bottom: 64, top: 24 },
      xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        {
          name: t('allocation.share'),
          type: 'bar',
          data: bars.map((b) => Math.round(b.rate * 1000) / 10),
          markLine: {
            symbol: 'none',
            data: [{ yAxis: Math.round(fairness.overall.rate * 1000) / 10 }],
          },
        },
      ],
    };
  }, [fairness, t]);
  if (!fairness || !option) return null;
  return (
    <section aria-labelledby="allocation-fairness-title">
      <h2 id="allocation-fairness-title">{t('allocation.fairnessTitle')}</h2>
      <p>
        {t('allocation.overallRate', {
          assigned: fairness.overall.assigned,
          count: fairness.overall.count,
          rate: percent(fairness.overall.rate),
        })}
      </p>
      <EChart option={option} label={t('allocation.fairnessChart')} height={280} />
      {FAIRNESS_DIMENSIONS.map((d) => (
        <GroupTable
          key={d}
          caption={t(`allocation.dimensions.${d}`)}
          groups={
            d === 'gender'
              ? fairness.groups.gender.map((g) => ({
                  ...g,
                  value: t(`allocation.genders.${g.value}`),
                }))
              : fairness.groups[d]
          }
        />
      ))}
    </section>
  );
}
