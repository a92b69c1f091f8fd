import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../shell/status';
import { matchingPaths, type OpeningMatches } from './matching-api';
import { OpeningFilterBar } from './opening-filters';
import { OpeningMatchList, useOpeningFilters } from './opening-matches';

/** /matching/me — the signed-in candidate's ranked, explained vacancies or programmes. */
export function MyMatchesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useOpeningFilters();
  const state = useApi<OpeningMatches>(matchingPaths.myOpenings(filters));
  const noProfile = state.status === 'error' && state.error.code === 'matching.no_profile';
  return (
    <section aria-labelledby="my-matches-title" className="match-page">
      <title>{`${t('matching.mine.title')} · ${t('app.name')}`}</title>
      <h1 id="my-matches-title">{t('matching.mine.title')}</h1>
      <p>{t('matching.mine.intro')}</p>
      {!noProfile && <OpeningFilterBar filters={filters} onChange={setFilters} />}
      <OpeningMatchList
        state={state}
        filters={filters}
        onChange={setFilters}
        label={t('matching.mine.results')}
        none={t('matching.mine.none')}
        problem={(error) =>
          noProfile ? (
            <div className="empty">
              <p>{t('matching.mine.noProfile')}</p>
              <p>
                <Link className="button primary" to="/people/profile">
                  {t('matching.mine.createProfile')}
                </Link>
              </p>
            </div>
          ) : (
            <ProblemMessage error={error} />
          )
        }
      />
    </section>
  );
}
