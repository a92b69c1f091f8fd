import { useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { taxonomyPaths } from '../api/taxonomy';
import type { SearchResponse, SearchResult } from '../api/taxonomy';
import { useApi } from '../api/use-api';

/** The occupation chosen in the combobox. */
export interface ChosenOccupation {
  uri: string;
  id: string;
  label: string;
}

const debounceMs = 250;

/**
 * An ESCO occupation picker following the ARIA combobox pattern: type to search the taxonomy,
 * arrows to move through the suggestions, Enter to choose, Escape to close.
 */
export function OccupationCombobox({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: ChosenOccupation | null;
  onChange: (value: ChosenOccupation | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState(value?.label ?? '');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const q = text.trim();
    if (q === value?.label) return;
    const timer = setTimeout(() => setQuery(q), debounceMs);
    return () => clearTimeout(timer);
  }, [text, value]);

  const state = useApi<SearchResponse>(
    query.length >= 2 ? taxonomyPaths.search(query, 'occupation', 10) : null,
  );
  const options: SearchResult[] = state.status === 'ok' ? state.data.results : [];
  const expanded = open && options.length > 0;

  const choose = (r: SearchResult) => {
    onChange({ uri: r.uri, id: r.id, label: r.preferredLabel });
    setText(r.preferredLabel);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  let status = '';
  if (open && state.status === 'ok')
    status = t('recognition.suggestions', { count: options.length });
  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="meta">
        {t('recognition.occupationHint')}
      </p>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={label} hidden={!expanded}>
        {options.map((r, i) => (
          <li
            key={r.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(r)}
          >
            {r.preferredLabel} <span className="code">{r.code ?? r.iscoCode}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
