import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { partnershipPaths, type PartnershipSummary } from '../partnerships/partnerships-api';
import { Loaded } from '../shell/status';
import { Breakdowns, Exits, TimeInStage } from './cohort-tables';
import { CohortFunnel } from './cohort-funnel';
import { JourneyTable } from './journey-table';
import {
  journeyPaths,
  type CohortFilter,
  type CohortStats,
  type JourneySummary,
} from './journeys-api';

/** The filters held in the address, so a reload or a shared link shows the same view. */
function useCohortFilter() {
  const [params, setParams] = useSearchParams();
  const partnership = params.get('partnership') ?? '';
  const filter: CohortFilter = {
    intake: params.get('intake') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === 'partnership') ['intake', 'from', 'to'].forEach((n) => next.delete(n));
    setParams(next);
  };
  return { partnership, filter, set };
}

function Filters({
  stats,
  filter,
  set,
}: {
  stats: CohortStats;
  filter: CohortFilter;
  set: (name: string, value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="cohort-filters">
      <legend>{t('journeys.cohort.filters')}</legend>
      <div className="field">
        <label htmlFor="cohort-intake">{t('journeys.cohort.intake')}</label>
        <select
          id="cohort-intake"
          value={filter.intake ?? ''}
          onChange={(e) => set('intake', e.target.value)}
        >
          <option value="">{t('journeys.cohort.allIntakes')}</option>
          {stats.intakes.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="cohort-from">{t('journeys.cohort.from')}</label>
        <input
          id="cohort-from"
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="cohort-to">{t('journeys.cohort.to')}</label>
        <input
          id="cohort-to"
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
    </fieldset>
  );
}

function CohortJourneys({ partnership, filter }: { partnership: string; filter: CohortFilter }) {
  const { t } = useTranslation();
  const state = useApi<{ journeys: JourneySummary[] }>(journeyPaths.list(partnership, filter));
  return (
    <section aria-labelledby="cohort-journeys-title">
      <h2 id="cohort-journeys-title">{t('journeys.cohort.journeysTitle')}</h2>
      <Loaded state={state}>{({ journeys }) => <JourneyTable journeys={journeys} />}</Loaded>
    </section>
  );
}

function CohortStatsView({ partnership, filter, set }: ReturnType<typeof useCohortFilter>) {
  const { t } = useTranslation();
  const state = useApi<CohortStats>(journeyPaths.cohort(partnership, filter));
  return (
    <Loaded state={state}>
      {(stats) => (
        <>
          <Filters stats={stats} filter={filter} set={set} />
          <p>
            {t('journeys.cohort.total', { count: stats.total })}{' '}
            <a className="button" href={journeyPaths.cohortCsv(partnership, filter)} download>
              {t('journeys.cohort.csv')}
            </a>
          </p>
          <CohortFunnel funnel={stats.funnel} total={stats.total} />
          <TimeInStage stats={stats} />
          <Exits stats={stats} />
          <Breakdowns stats={stats} />
          <CohortJourneys partnership={partnership} filter={filter} />
        </>
      )}
    </Loaded>
  );
}

/** /journeys/cohort — a partnership's cohort: funnel, time in stage, exits, breakdowns, CSV. */
export function CohortPage() {
  const { t } = useTranslation();
  const cohort = useCohortFilter();
  const partnerships = useApi<{ partnerships: PartnershipSummary[] }>(partnershipPaths.list());
  return (
    <section aria-labelledby="cohort-title" className="journeys-page journeys-wide">
      <title>{`${t('journeys.cohort.title')} · ${t('app.name')}`}</title>
      <h1 id="cohort-title">{t('journeys.cohort.title')}</h1>
      <p>{t('journeys.cohort.intro')}</p>
      <Loaded state={partnerships}>
        {({ partnerships: list }) => (
          <div className="field">
            <label htmlFor="cohort-partnership">{t('journeys.cohort.partnership')}</label>
            <select
              id="cohort-partnership"
              value={cohort.partnership}
              onChange={(e) => cohort.set('partnership', e.target.value)}
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
      {cohort.partnership ? (
        <CohortStatsView {...cohort} />
      ) : (
        <p className="empty">
          <Link to="/partnerships">{t('journeys.cohort.seePartnerships')}</Link>
        </p>
      )}
    </section>
  );
}
