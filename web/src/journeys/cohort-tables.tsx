import { useTranslation } from 'react-i18next';
import { BREAKDOWNS, type Breakdown, type CohortStats } from './journeys-api';

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
              <th scope="col">{t('journeys.cohort.stays')}</th>
              <th scope="col">{t('journeys.cohort.median')}</th>
              <th scope="col">{t('journeys.cohort.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.timeInStage
              .filter((s) => s.stays > 0)
              .map((s) => (
                <tr key={s.stage}>
                  <th scope="row">{t(`journeys.stages.${s.stage}`)}</th>
                  <td>{s.stays}</td>
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
  const exits = stats.exits.filter((e) => e.count > 0);
  return (
    <section aria-labelledby="cohort-exits-title">
      <h2 id="cohort-exits-title">{t('journeys.cohort.exitsTitle')}</h2>
      {exits.length === 0 ? (
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
            {exits.map((e) => (
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

/** One breakdown (gender, nationality or track): journeys per group, going on, completed, left. */
function BreakdownTable({ stats, by }: { stats: CohortStats; by: Breakdown }) {
  const { t } = useTranslation();
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
            <th scope="col">{t('journeys.cohort.active')}</th>
            <th scope="col">{t('journeys.cohort.completed')}</th>
            <th scope="col">{t('journeys.cohort.exited')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.breakdowns[by].map((r) => (
            <tr key={r.value}>
              <th scope="row">{label(r.value)}</th>
              <td>{r.total}</td>
              <td>{r.active}</td>
              <td>{r.completed}</td>
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
