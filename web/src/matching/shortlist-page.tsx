import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { CandidateFilterBar } from './candidate-filters';
import { filterParams, offsetParam } from './filter-fields';
import { MatchCardList } from './match-card-list';
import {
  matchingPaths,
  PAGE_SIZE,
  type CandidateFilters,
  type CandidateMatches,
} from './matching-api';
import { countryName } from './names';
import { Pager } from './pager';

/** The filters held in the address, so that a reload or a shared link shows the same page. */
function useCandidateFilters(): [CandidateFilters, (next: CandidateFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: CandidateFilters = {
    residence: params.get('residence') ?? '',
    language: params.get('language') ?? '',
    offset: offsetParam(params),
  };
  return [filters, (next) => setParams(filterParams({ ...next }))];
}

/** /matching/openings/:id — the explained shortlist of a vacancy or programme. */
export function ShortlistPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [filters, setFilters] = useCandidateFilters();
  const { offset } = filters;
  const filtered = filters.residence !== '' || filters.language !== '';
  const state = useApi<CandidateMatches>(matchingPaths.shortlist(id, filters));
  return (
    <section aria-labelledby="shortlist-title" className="match-page">
      <title>{`${t('matching.shortlist.title')} · ${t('app.name')}`}</title>
      <h1 id="shortlist-title">{t('matching.shortlist.title')}</h1>
      <CandidateFilterBar filters={filters} onChange={setFilters} />
      <Loaded state={state}>
        {({ opening, audience, matches, hasMore }) => (
          <>
            <p className="match-opening">
              <strong>{opening.title}</strong> · {countryName(i18n.language, opening.country)} ·{' '}
              <span className="badge">{t(`people.tracks.${opening.track}`)}</span> ·{' '}
              {t(`matching.kinds.${opening.kind}`)}
            </p>
            <p className="match-audience">{t(`matching.shortlist.audience.${audience}`)}</p>
            <p aria-live="polite" className="match-count">
              {matches.length > 0 &&
                t('matching.showing', { from: offset + 1, to: offset + matches.length })}
            </p>
            {matches.length === 0 ? (
              <p className="empty">
                {offset > 0
                  ? t('matching.noMorePages')
                  : filtered
                    ? t('matching.shortlist.noneFiltered')
                    : t('matching.shortlist.none')}
              </p>
            ) : (
              <MatchCardList
                label={t('matching.shortlist.results')}
                matches={matches}
                firstRank={offset + 1}
                faceOf={(m) => ({
                  key: m.candidate.id,
                  title: m.candidate.name,
                  facts: t('matching.shortlist.residence', {
                    country: countryName(i18n.language, m.candidate.residenceCountry),
                  }),
                  showPathway: opening.kind === 'vacancy',
                })}
              />
            )}
            <Pager
              offset={offset}
              pageSize={PAGE_SIZE}
              hasMore={hasMore}
              onOffset={(next) => setFilters({ ...filters, offset: next })}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}
