import { useTranslation } from 'react-i18next';
import { SelectField } from '../people/form-fields';
import { CountryFilter, LanguageFilter } from './filter-fields';
import type { OpeningFilters } from './matching-api';

const TRACKS = ['home', 'away', 'study'] as const;

/** The filter bar of a person's matches: what to match against, where, on which track, in which language. */
export function OpeningFilterBar({
  filters,
  onChange,
  kindLabel,
}: {
  filters: OpeningFilters;
  onChange: (next: OpeningFilters) => void;
  /** The label of the kind of opening; "Match me with" unless the matches are someone else's. */
  kindLabel?: string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<OpeningFilters>) => onChange({ ...filters, ...patch, offset: 0 });
  return (
    <form
      className="match-filters"
      aria-label={t('matching.filters.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        id="match-kind"
        label={kindLabel ?? t('matching.filters.kind')}
        value={filters.kind}
        onChange={(kind) => set({ kind: kind === 'programme' ? 'programme' : 'vacancy' })}
        options={[
          ['vacancy', t('matching.kinds.vacancy')],
          ['programme', t('matching.kinds.programme')],
        ]}
        reason={undefined}
      />
      <CountryFilter
        id="match-country"
        label={t('matching.filters.country')}
        value={filters.country}
        onChange={(country) => set({ country })}
      />
      <SelectField
        id="match-track"
        label={t('matching.filters.track')}
        value={filters.track}
        onChange={(track) => set({ track })}
        options={TRACKS.map((tr) => [tr, t(`people.tracks.${tr}`)] as const)}
        blank={t('matching.filters.anyTrack')}
        reason={undefined}
      />
      <LanguageFilter
        id="match-language"
        label={t('matching.filters.language')}
        value={filters.language}
        onChange={(language) => set({ language })}
      />
    </form>
  );
}
