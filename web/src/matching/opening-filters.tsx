import { useTranslation } from 'react-i18next';
import { SelectField } from '../people/form-fields';
import { useCountries } from '../people/country-select';
import { LANGUAGES } from './languages';
import type { OpeningFilters } from './matching-api';
import { languageName } from './names';

const TRACKS = ['home', 'away', 'study'] as const;

/** The filter bar of "My matches": what to match against, where, on which track, in which language. */
export function OpeningFilterBar({
  filters,
  onChange,
}: {
  filters: OpeningFilters;
  onChange: (next: OpeningFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const countries = useCountries();
  const set = (patch: Partial<OpeningFilters>) => onChange({ ...filters, ...patch, offset: 0 });
  return (
    <form
      className="match-filters"
      aria-label={t('matching.filters.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        id="match-kind"
        label={t('matching.filters.kind')}
        value={filters.kind}
        onChange={(kind) => set({ kind: kind === 'programme' ? 'programme' : 'vacancy' })}
        options={[
          ['vacancy', t('matching.kinds.vacancy')],
          ['programme', t('matching.kinds.programme')],
        ]}
        reason={undefined}
      />
      <SelectField
        id="match-country"
        label={t('matching.filters.country')}
        value={filters.country}
        onChange={(country) => set({ country })}
        options={countries.map((c) => [c.alpha2, c.name] as const)}
        blank={t('matching.filters.anyCountry')}
        reason={undefined}
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
      <SelectField
        id="match-language"
        label={t('matching.filters.language')}
        value={filters.language}
        onChange={(language) => set({ language })}
        options={LANGUAGES.map((l) => [l, languageName(i18n.language, l)] as const)}
        blank={t('matching.filters.anyLanguage')}
        reason={undefined}
      />
    </form>
  );
}
