import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../api/client';
import type { ApiState } from '../api/use-api';
import { Loading } from '../shell/status';
import { filterParams, offsetParam } from './filter-fields';
import { MatchCardList } from './match-card-list';
import { PAGE_SIZE, type OpeningFilters, type OpeningMatches } from './matching-api';
import { countryName } from './names';
import { Pager } from './pager';

/** The filters held in the address, so that a reload or a shared link shows the same page. */
export function useOpeningFilters(): [OpeningFilters, (next: OpeningFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: OpeningFilters = {
    kind: params.get('kind') === 'programme' ? 'programme' : 'vacancy',
    country: params.get('country') ?? '',
    track: params.get('track') ?? '',
    language: params.get('language') ?? '',
    partnership: params.get('partnership') ?? '',
    offset: offsetParam(params),
  };
  const update = (next: OpeningFilters) =>
    setParams(filterParams({ ...next }, { kind: 'vacancy', offset: 0 }));
  return [filters, update];
}

/**
 * A person's ranked vacancies or programmes: the count (announced), the loading state, the
 * page's own rendering of a problem, the labelled list of match cards or its empty state, and
 * the pager.
 */
export function OpeningMatchList({
  state,
  filters,
  onChange,
  label,
  none,
  problem,
}: {
  state: ApiState<OpeningMatches>;
  filters: OpeningFilters;
  onChange: (next: OpeningFilters) => void;
  /** The accessible name of the list. */
  label: string;
  /** The empty state of the first page. */
  none: string;
  problem: (error: ApiError) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { offset } = filters;
  return (
    <>
      {state.status === 'ok' && (
        <RankingWeights data={state.data} filters={filters} onChange={onChange} />
      )}
      <div aria-live="polite" className="match-count">
        {state.status === 'ok' &&
          (state.data.matches.length === 0
            ? ''
            : t('matching.showing', { from: offset + 1, to: offset + state.data.matches.length }))}
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && problem(state.error)}
      {state.status === 'ok' &&
        (state.data.matches.length === 0 ? (
          <p className="empty">{offset > 0 ? t('matching.noMorePages') : none}</p>
        ) : (
          <MatchCardList
            label={label}
            matches={state.data.matches}
            firstRank={offset + 1}
            faceOf={(m) => ({
              key: m.opening.id,
              title: m.opening.title,
              facts: (
                <>
                  {countryName(i18n.language, m.opening.country)} ·{' '}
                  <span className="badge">{t(`people.tracks.${m.opening.track}`)}</span>
                  {m.opening.occupation && ` · ${m.opening.occupation.label}`}
                </>
              ),
              showPathway: m.opening.kind === 'vacancy',
            })}
          />
        ))}
      {state.status === 'ok' && (
        <Pager
          offset={offset}
          pageSize={PAGE_SIZE}
          hasMore={state.data.hasMore}
          onOffset={(next) => onChange({ ...filters, offset: next })}
        />
      )}
    </>
  );
}

/**
 * Whose weights rank the matches: the person's own partnership's by default, or another
 * partnership's they take part in, or Passerelle's defaults; a choice when there is one.
 */
function RankingWeights({
  data,
  filters,
  onChange,
}: {
  data: OpeningMatches;
  filters: OpeningFilters;
  onChange: (next: OpeningFilters) => void;
}) {
  const { t } = useTranslation();
  const chosen = data.partnership;
  const choices =
    chosen && !data.partnerships.some((p) => p.id === chosen.id)
      ? [...data.partnerships, chosen]
      : data.partnerships;
  if (choices.length === 0)
    return <p className="match-weights">{t('matching.rankedWithDefaults')}</p>;
  return (
    <p className="match-weights">
      <label>
        {t('matching.rankWith')}{' '}
        <select
          value={chosen ? chosen.id : 'none'}
          onChange={(e) => onChange({ ...filters, partnership: e.target.value, offset: 0 })}
        >
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
          <option value="none">{t('matching.defaultWeights')}</option>
        </select>
      </label>
    </p>
  );
}
