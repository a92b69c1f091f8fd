import { useTranslation } from 'react-i18next';
import { SelectField } from '../people/form-fields';
import { useCountries } from '../people/country-select';
import { LANGUAGES } from './languages';
import type { CandidateFilters } from './matching-api';
import { languageName } from './names';

/** The filter bar of a shortlist: where candidates live, and a language they speak. */
export function CandidateFilterBar({
  filters,
  onChange,
}: {
  filters: CandidateFilters;
  onChange: (next: CandidateFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const countries = useCountries();
  const set = (patch: Partial<CandidateFilters>) => onChange({ ...filters, ...patch, offset: 0 });
  return (
    <form
      className="match-filters"
      aria-label={t('matching.shortlist.filters.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        id="shortlist-residence"
        label={t('matching.shortlist.filters.residence')}
        value={filters.residence}
        onChange={(residence) => set({ residence })}
        options={countries.map((c) => [c.alpha2, c.name] as const)}
        blank={t('matching.filters.anyCountry')}
        reason={undefined}
      />
      <SelectField
        id="shortlist-language"
        label={t('matching.shortlist.filters.language')}
        value={filters.language}
        onChange={(language) => set({ language })}
        options={LANGUAGES.map((l) => [l, languageName(i18n.language, l)] as const)}
        blank={t('matching.filters.anyLanguage')}
        reason={undefined}
      />
    </form>
  );
}
