import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taxonomyPaths, type SearchResponse } from '../api/taxonomy';
import { useApi } from '../api/use-api';

const debounceMs = 250;

/** Search ESCO skills by name and add one: the list of results carries an add button each. */
export function SkillSearch({
  onAdd,
  held,
}: {
  onAdd: (uri: string) => void;
  held: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), debounceMs);
    return () => clearTimeout(timer);
  }, [text]);
  const state = useApi<SearchResponse>(
    query.length >= 2 ? taxonomyPaths.search(query, 'skill', 8) : null,
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('people.skills.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('people.skills.searchHint')}
      />
      {state.status === 'ok' && (
        <ul className="people-results" aria-label={t('people.skills.results')}>
          {state.data.results.map((r) => (
            <li key={r.uri}>
              <span>{r.preferredLabel}</span>
              <button
                type="button"
                className="button"
                disabled={held.has(r.uri)}
                onClick={() => onAdd(r.uri)}
              >
                {held.has(r.uri) ? t('people.skills.held') : t('people.skills.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
