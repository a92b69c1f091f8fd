import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { partnershipPaths, type PartnershipSummary } from '../partnerships/partnerships-api';
import { Loaded } from '../shell/status';
import { JourneyListSection } from './journey-list-section';

/**
 * /journeys/employees — an employer's own employees who came through a partnership, from their
 * arrival on: the server lists nothing earlier, and each journey's page starts at arrival.
 */
export function EmployeeJourneysPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('partnership') ?? '';
  const partnerships = useApi<{ partnerships: PartnershipSummary[] }>(partnershipPaths.list());
  return (
    <section aria-labelledby="employees-title" className="journeys-page">
      <title>{`${t('journeys.employees.title')} · ${t('app.name')}`}</title>
      <h1 id="employees-title">{t('journeys.employees.title')}</h1>
      <p>{t('journeys.employees.intro')}</p>
      <Loaded state={partnerships}>
        {({ partnerships: list }) => (
          <div className="field">
            <label htmlFor="employees-partnership">{t('journeys.cohort.partnership')}</label>
            <select
              id="employees-partnership"
              value={chosen}
              onChange={(e) => setParams(e.target.value ? { partnership: e.target.value } : {})}
            >
              <option value="">{t('journeys.cohort.choosePartnership')}</option>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
        )}
      </Loaded>
      {chosen && (
        <JourneyListSection
          key={chosen}
          partnershipId={chosen}
          title={t('journeys.employees.listTitle')}
        />
      )}
    </section>
  );
}
