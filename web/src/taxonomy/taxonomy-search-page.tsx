import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taxonomyPaths, taxonomyRoutes } from '../api/taxonomy';
import type { ConceptType, SearchResponse } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../shell/status';
import { moveFocus, SearchResultItem } from './search-results';

type TypeFilter = ConceptType | 'all';
const filters: TypeFilter[] = ['all', 'occupation', 'skill'];
const filterLabels = {
  all: 'taxonomy.all',
  occupation: 'taxonomy.occupations',
  skill: 'taxonomy.skills',
} as const;
const debounceMs = 250;

/** The URL parameters of a search: empty query and "all" are left out. */
function searchParamsFor(q: string, type: TypeFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (type !== 'all') params.set('type', type);
  return params;
}

function parseFilter(value: string | null): TypeFilter {
  return value === 'occupation' || value === 'skill' ? value : 'all';
}

/** /taxonomy?q=…&type=… — search ESCO occupations and skills as you type. */
export function TaxonomySearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const filter = parseFilter(params.get('type'));
  const [draft, setDraft] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  const list = useRef<HTMLOListElement>(null);

  // Follow the URL when it changes from outside (back button, a link).
  if (query !== shownQuery) {
    setShownQuery(query);
    setDraft(query);
  }

  const update = (q: string, type: TypeFilter) =>
    setParams(searchParamsFor(q, type), { replace: true });

  useEffect(() => {
    const q = draft.trim();
    if (q === query) return;
    const timer = setTimeout(
      () => setParams(searchParamsFor(q, filter), { replace: true }),
      debounceMs,
    );
    return () => clearTimeout(timer);
  }, [draft, query, filter, setParams]);

  const state = useApi<SearchResponse>(query ? taxonomyPaths.search(query, filter) : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update(draft.trim(), filter);
  };

  let announcement = '';
  if (state.status === 'loading') announcement = t('common.loading');
  else if (state.status === 'ok') {
    announcement =
      state.data.results.length === 0
        ? t('taxonomy.noResults', { query })
        : t('taxonomy.resultCount', { count: state.data.results.length, query });
  }

  return (
    <>
      <title>{`${t('taxonomy.title')} · ${t('app.name')}`}</title>
      <h1>{t('taxonomy.title')}</h1>
      <p>{t('taxonomy.intro')}</p>
      <form role="search" className="search-form" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="taxonomy-search">{t('taxonomy.searchLabel')}</label>
          <div className="search-row">
            <input
              id="taxonomy-search"
              type="search"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('taxonomy.searchPlaceholder')}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => moveFocus(e, list.current, 'input')}
              aria-controls="taxonomy-results"
            />
            <button type="submit" className="button primary">
              {t('taxonomy.searchButton')}
            </button>
          </div>
        </div>
        <fieldset className="filter">
          <legend>{t('taxonomy.filter')}</legend>
          {filters.map((f) => (
            <label key={f} className="radio">
              <input
                type="radio"
                name="type"
                value={f}
                checked={filter === f}
                onChange={() => update(draft.trim(), f)}
              />
              {t(filterLabels[f])}
            </label>
          ))}
        </fieldset>
      </form>

      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {!query && (
        <p className="empty">
          {t('taxonomy.emptyQuery')}{' '}
          <Link to={taxonomyRoutes.isco()}>{t('taxonomy.browseIsco')}</Link>
        </p>
      )}
      {state.status === 'error' && <ProblemMessage error={state.error} />}
      {state.status === 'ok' && state.data.results.length === 0 && (
        <p className="empty">
          {t('taxonomy.noResultsHint')}{' '}
          <Link to={taxonomyRoutes.isco()}>{t('taxonomy.browseIsco')}</Link>
        </p>
      )}
      {state.status === 'ok' && state.data.results.length > 0 && (
        <ol
          id="taxonomy-results"
          ref={list}
          className="results"
          aria-label={t('taxonomy.results')}
          onKeyDown={(e) => moveFocus(e, list.current, 'list')}
        >
          {state.data.results.map((r) => (
            <SearchResultItem key={`${r.type}:${r.id}`} result={r} />
          ))}
        </ol>
      )}
    </>
  );
}
