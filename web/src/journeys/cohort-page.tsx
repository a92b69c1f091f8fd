import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { partnershipPaths, type PartnershipSummary } from '../partnerships/partnerships-api';
import { Loaded } from '../shell/status';
import { Breakdowns, Exits, TimeInStage } from './cohort-tables';
import { CohortFunnel } from './cohort-funnel';
import { JourneyListSection } from './journey-list-section';
import {
  STAGES,
  journeyPaths,
  type CohortFilter,
  type CohortStats,
  type Stage,
} from './journeys-api';

/** The filters held in the address, so a reload or a shared link shows the same view. */
function useCohortFilter() {
  const [params, setParams] = useSearchParams();
  const partnership = params.get('partnership') ?? '';
  const filter: CohortFilter = {
    intake: params.get('intake') ?? undefined,
    stage: (params.get('stage') as Stage | null) ?? undefined,
    openedFrom: params.get('openedFrom') ?? undefined,
    openedTo: params.get('openedTo') ?? undefined,
  };
  const choose = (id: string) => setParams(id ? { partnership: id } : {});
  const apply = (f: CohortFilter) => {
    const next = new URLSearchParams({ partnership });
    for (const [name, value] of Object.entries(f)) if (value) next.set(name, value as string);
    setParams(next);
  };
  return { partnership, filter, choose, apply };
}

/** Intake and dates of opening, applied together so that typing does not reload the view. */
function Filters({
  filter,
  apply,
}: {
  filter: CohortFilter;
  apply: (filter: CohortFilter) => void;
}) {
  const { t } = useTranslation();
  const [intake, setIntake] = useState(filter.intake ?? '');
  const [stage, setStage] = useState<Stage | ''>(filter.stage ?? '');
  const [from, setFrom] = useState(filter.openedFrom ?? '');
  const [to, setTo] = useState(filter.openedTo ?? '');
  return (
    <form
      aria-label={t('journeys.cohort.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        apply({ intake: intake.trim(), stage: stage || undefined, openedFrom: from, openedTo: to });
      }}
    >
      <fieldset className="cohort-filters">
        <legend>{t('journeys.cohort.filters')}</legend>
        <div className="field">
          <label htmlFor="cohort-intake">{t('journeys.cohort.intake')}</label>
          <input id="cohort-intake" value={intake} onChange={(e) => setIntake(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cohort-stage">{t('journeys.cohort.stage')}</label>
          <select
            id="cohort-stage"
            value={stage}
            onChange={(e) => setStage(e.target.value as Stage | '')}
          >
            <option value="">{t('journeys.cohort.allStages')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`journeys.stages.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cohort-from">{t('journeys.cohort.from')}</label>
          <input
            id="cohort-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="cohort-to">{t('journeys.cohort.to')}</label>
          <input id="cohort-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </fieldset>
      <button type="submit" className="button">
        {t('journeys.cohort.apply')}
      </button>
    </form>
  );
}

function CohortStatsView({ partnership, filter }: { partnership: string; filter: CohortFilter }) {
  const { t } = useTranslation();
  const state = useApi<CohortStats>(journeyPaths.cohort(partnership, filter));
  return (
    <Loaded state={state}>
      {(stats) => (
        <>
          <p>
            {t('journeys.cohort.summary', {
              total: stats.total,
              active: stats.active,
              completed: stats.completed,
              exited: stats.exited,
            })}{' '}
            <a className="button" href={journeyPaths.cohortCsv(partnership, filter)} download>
              {t('journeys.cohort.csv')}
            </a>
          </p>
          <CohortFunnel funnel={stats.funnel} total={stats.total} />
          <TimeInStage stats={stats} />
          <Exits stats={stats} />
          <Breakdowns stats={stats} />
          <JourneyListSection
            key={JSON.stringify(filter)}
            partnershipId={partnership}
            filter={filter}
            title={t('journeys.cohort.journeysTitle')}
          />
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
              onChange={(e) => cohort.choose(e.target.value)}
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
        <>
          <Filters
            key={JSON.stringify(cohort.filter)}
            filter={cohort.filter}
            apply={cohort.apply}
          />
          <CohortStatsView partnership={cohort.partnership} filter={cohort.filter} />
        </>
      ) : (
        <p className="empty">
          <Link to="/partnerships">{t('journeys.cohort.seePartnerships')}</Link>
        </p>
      )}
    </section>
  );
}
