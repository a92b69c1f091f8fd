import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { GrievanceForm } from './grievance-form';
import { grievancePaths, type GrievanceSummary, type Statistics } from './grievances-api';
import './protection.css';

const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

/** A table of cases: the handler's queue with deadlines and escalations, or one's own cases. */
function GrievanceTable({ rows, caption }: { rows: GrievanceSummary[]; caption: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('protection.topic')}</th>
            <th scope="col">{t('protection.status')}</th>
            <th scope="col">{t('protection.handler')}</th>
            <th scope="col">{t('protection.acknowledgeBy')}</th>
            <th scope="col">{t('protection.resolveBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.id} className={g.overdue ? 'overdue' : undefined}>
              <td>
                <Link to={`/protection/grievances/${g.id}`}>
                  {t(`protection.topics.${g.topic}`)}
                </Link>
                {g.retaliationFlagged && (
                  <span className="badge badge-warning"> {t('protection.retaliation')}</span>
                )}
              </td>
              <td>{t(`protection.statuses.${g.status}`)}</td>
              <td>{g.handler?.name ?? '—'}</td>
              <td>{date(g.acknowledgeBy)}</td>
              <td>
                {date(g.resolveBy)}
                {g.overdue && (
                  <span className="badge badge-warning">
                    {' '}
                    {t(`protection.overdue.${g.overdue}`)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Aggregated counts of the representative's corridors; small counts are shown as "fewer than N". */
function StatisticsPanel({ stats }: { stats: Statistics }) {
  const { t } = useTranslation();
  const count = (n: number | null) =>
    n === null ? t('protection.suppressed', { n: stats.threshold }) : n;
  return (
    <section aria-labelledby="grievance-stats-title">
      <h2 id="grievance-stats-title">{t('protection.statisticsTitle')}</h2>
      <p>
        {t('protection.statisticsScope', { countries: stats.countries.join(', ') })}{' '}
        {t('protection.total')}: {count(stats.total)}
      </p>
      <ul>
        {stats.byTopic.map((row) => (
          <li key={row.topic}>
            {t(`protection.topics.${row.topic}`)}: {count(row.count)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Rights and grievances: file, one's cases, the handling body's queue, the representative's view. */
export function ProtectionPage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const list = useApi<{ grievances: GrievanceSummary[] }>(grievancePaths.list());
  const roles = state.status === 'signedIn' ? state.user.memberships.map((m) => m.role) : [];
  const seesStatistics = roles.some((r) =>
    ['admin', 'coordinator', 'worker_representative'].includes(r),
  );
  const stats = useApi<Statistics>(seesStatistics ? grievancePaths.statistics() : null);
  const of = (rows: GrievanceSummary[], relation: GrievanceSummary['relation']) =>
    rows.filter((g) => g.relation === relation);
  return (
    <section className="protection" aria-labelledby="protection-title">
      <h1 id="protection-title">{t('areas.protection.label')}</h1>
      <Loaded state={list}>
        {({ grievances }) => (
          <>
            <GrievanceTable rows={of(grievances, 'handling')} caption={t('protection.queue')} />
            <GrievanceTable rows={of(grievances, 'own')} caption={t('protection.mine')} />
            <GrievanceTable rows={of(grievances, 'shared')} caption={t('protection.shared')} />
            <GrievanceTable
              rows={of(grievances, 'concerned')}
              caption={t('protection.concerned')}
            />
            {grievances.length === 0 && <p>{t('protection.none')}</p>}
          </>
        )}
      </Loaded>
      {seesStatistics && <Loaded state={stats}>{(s) => <StatisticsPanel stats={s} />}</Loaded>}
      <section aria-labelledby="protection-file-title">
        <h2 id="protection-file-title">{t('protection.fileTitle')}</h2>
        <GrievanceForm signedIn />
      </section>
      <p>
        <Link to="/grievance/follow">{t('protection.followLink')}</Link>
      </p>
    </section>
  );
}
