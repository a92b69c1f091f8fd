import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from './dates';
import { journeyRoutes, type JourneySummary } from './journeys-api';

/** Journeys as a table: the person (linking to the journey), stage, since when, track. */
export function JourneyTable({ journeys }: { journeys: JourneySummary[] }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  if (journeys.length === 0) return <p className="empty">{t('journeys.noJourneys')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('journeys.person')}</th>
            <th scope="col">{t('journeys.cohort.stage')}</th>
            <th scope="col">{t('journeys.since')}</th>
            <th scope="col">{t('journeys.track')}</th>
            <th scope="col">{t('journeys.cohort.intake')}</th>
          </tr>
        </thead>
        <tbody>
          {journeys.map((j) => (
            <tr key={j.id}>
              <th scope="row">
                <Link to={journeyRoutes.journey(j.id)}>
                  {j.personName ?? t('journeys.someone')}
                </Link>
              </th>
              <td>
                {t(`journeys.stages.${j.stage}`)}
                {j.exitReason && (
                  <>
                    {' '}
                    <span className="badge badge-muted">
                      {t(`journeys.exitReasons.${j.exitReason}`)}
                    </span>
                  </>
                )}
              </td>
              <td>{date(j.stageSince)}</td>
              <td>{t(`journeys.tracks.${j.track ?? 'undecided'}`)}</td>
              <td>{j.intake}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
