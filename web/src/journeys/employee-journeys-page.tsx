import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { JourneyTable } from './journey-table';
import { journeyPaths, type JourneySummary } from './journeys-api';

/** /journeys/employees — an employer's own employees, from their arrival on (nothing before). */
export function EmployeeJourneysPage() {
  const { t } = useTranslation();
  const state = useApi<{ journeys: JourneySummary[] }>(journeyPaths.employees());
  return (
    <section aria-labelledby="employees-title" className="journeys-page">
      <title>{`${t('journeys.employees.title')} · ${t('app.name')}`}</title>
      <h1 id="employees-title">{t('journeys.employees.title')}</h1>
      <p>{t('journeys.employees.intro')}</p>
      <Loaded state={state}>{({ journeys }) => <JourneyTable journeys={journeys} />}</Loaded>
    </section>
  );
}
