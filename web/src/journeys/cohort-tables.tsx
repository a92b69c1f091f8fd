import { useTranslation } from 'react-i18next';
import { BREAKDOWNS, type Breakdown, type CohortStats, type Stage } from './journeys-api';

const days = (n: number | null) => (n === null ? '—' : n.toFixed(0));

/** Median and 90th percentile of the days spent in each stage. */
export function TimeInStage({ stats }: { stats: CohortStats }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cohort-time-title">
      <h2 id="cohort-time-title">{t('journeys.cohort.timeTitle')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('journeys.cohort.stage')}</th>
              <th scope="col">{t('journeys.cohort.journeys')}</th>
              <th scope="col">{t('journeys.cohort.median')}</th>
              <th scope="col">{t('journeys.cohort.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.timeInStage.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{t(`journeys.stages.${s.stage}`)}</th>
                <td>{s.count}</td>
                <td>{days(s.medianDays)}</td>
                <td>{days(s.p90Days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** How many journeys ended, by reason. */
export function Exits({ stats }: { stats: CohortStats }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cohort-exits-title">
      <h2 id="cohort-exits-title">{t('journeys.cohort.exitsTitle')}</h2>
      {stats.exits.length === 0 ? (
        <p className="empty">{t('journeys.cohort.noExits')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('journeys.cohort.reason')}</th>
              <th scope="col">{t('journeys.cohort.journeys')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.exits.map((e) => (
              <tr key={e.reason}>
                <th scope="row">{t(`journeys.exitReasons.${e.reason}`)}</th>
                <td>{e.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One breakdown (gender, nationality or track): journeys per group and current stage. */
function BreakdownTable({ stats, by }: { stats: CohortStats; by: Breakdown }) {
  const { t } = useTranslation();
  const rows = stats.breakdowns[by];
  const shown = stats.funnel
    .map((f) => f.stage)
    .filter((stage: Stage) => rows.some((r) => (r.stages[stage] ?? 0) > 0));
  const label = (value: string) =>
    by === 'track'
      ? t(`journeys.tracks.${value}`, { defaultValue: value })
      : by === 'gender'
        ? t(`journeys.genders.${value}`, { defaultValue: value })
        : value;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t(`journeys.cohort.by.${by}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`journeys.cohort.group.${by}`)}</th>
            <th scope="col">{t('journeys.cohort.journeys')}</th>
            {shown.map((stage) => (
              <th scope="col" key={stage}>
                {t(`journeys.stages.${stage}`)}
              </th>
            ))}
            <th scope="col">{t('journeys.cohort.exited')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.value}>
              <th scope="row">{label(r.value)}</th>
              <td>{r.total}</td>
              {shown.map((stage) => (
                <td key={stage}>{r.stages[stage] ?? 0}</td>
              ))}
              <td>{r.exited}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Breakdowns by gender, nationality and track. */
export function Breakdowns({ stats }: { stats: CohortStats }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cohort-breakdowns-title">
      <h2 id="cohort-breakdowns-title">{t('journeys.cohort.breakdownsTitle')}</h2>
      {BREAKDOWNS.map((by) => (
        <BreakdownTable key={by} stats={stats} by={by} />
      ))}
    </section>
  );
}
