import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../api/use-api';
import { ProblemMessage, Loading } from '../shell/status';
import { MatchCard } from './match-card';
import { matchingPaths, PAGE_SIZE, type OpeningFilters, type OpeningMatches } from './matching-api';
import { countryName } from './names';
import { OpeningFilterBar } from './opening-filters';
import { Pager } from './pager';

/** The filters held in the address, so that a reload or a shared link shows the same page. */
function useOpeningFilters(): [OpeningFilters, (next: OpeningFilters) => void] {
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get('offset') ?? 0);
  const filters: OpeningFilters = {
    kind: params.get('kind') === 'programme' ? 'programme' : 'vacancy',
    country: params.get('country') ?? '',
    track: params.get('track') ?? '',
    language: params.get('language') ?? '',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
  const update = (next: OpeningFilters) => {
    const entries = Object.entries(next)
      .filter(([key, value]) => value !== '' && !(key === 'offset' && value === 0))
      .filter(([key, value]) => !(key === 'kind' && value === 'vacancy'))
      .map(([key, value]) => [key, String(value)]);
    setParams(new URLSearchParams(entries));
  };
  return [filters, update];
}

/** /matching/me — the signed-in candidate's ranked, explained vacancies or programmes. */
export function MyMatchesPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useOpeningFilters();
  const state = useApi<OpeningMatches>(matchingPaths.myOpenings(filters));
  const noProfile = state.status === 'error' && state.error.code === 'matching.no_profile';
  return (
    <section aria-labelledby="my-matches-title" className="match-page">
      <title>{`${t('matching.mine.title')} · ${t('app.name')}`}</title>
      <h1 id="my-matches-title">{t('matching.mine.title')}</h1>
      <p>{t('matching.mine.intro')}</p>
      {!noProfile && <OpeningFilterBar filters={filters} onChange={setFilters} />}
      <div aria-live="polite" className="match-count">
        {state.status === 'ok' &&
          (state.data.matches.length === 0
            ? ''
            : t('matching.showing', {
                from: filters.offset + 1,
                to: filters.offset + state.data.matches.length,
              }))}
      </div>
      {state.status === 'loading' && <Loading />}
      {noProfile && (
        <div className="empty">
          <p>{t('matching.mine.noProfile')}</p>
          <p>
            <Link className="button primary" to="/people/profile">
              {t('matching.mine.createProfile')}
            </Link>
          </p>
        </div>
      )}
      {state.status === 'error' && !noProfile && <ProblemMessage error={state.error} />}
      {state.status === 'ok' &&
        (state.data.matches.length === 0 ? (
          <p className="empty">
            {filters.offset > 0 ? t('matching.noMorePages') : t('matching.mine.none')}
          </p>
        ) : (
          <ol className="match-cards" aria-label={t('matching.mine.results')}>
            {state.data.matches.map((m, i) => (
              <MatchCard
                key={m.opening.id}
                rank={filters.offset + i + 1}
                title={m.opening.title}
                facts={
                  <>
                    {countryName(i18n.language, m.opening.country)} ·{' '}
                    <span className="badge">{t(`people.tracks.${m.opening.track}`)}</span>
                    {m.opening.occupation && ` · ${m.opening.occupation.label}`}
                  </>
                }
                score={m.score}
                explanation={m.explanation}
                pathway={m.pathway}
                showPathway={m.opening.kind === 'vacancy'}
              />
            ))}
          </ol>
        ))}
      {state.status === 'ok' && (
        <Pager
          offset={filters.offset}
          pageSize={PAGE_SIZE}
          shown={state.data.matches.length}
          onOffset={(offset) => setFilters({ ...filters, offset })}
        />
      )}
    </section>
  );
}
