import { useTranslation } from 'react-i18next';
import { CountryFilter, LanguageFilter } from './filter-fields';
import type { CandidateFilters } from './matching-api';

/** The filter bar of a shortlist: where candidates live, and a language they speak. */
export function CandidateFilterBar({
  filters,
  onChange,
}: {
  filters: CandidateFilters;
  onChange: (next: CandidateFilters) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<CandidateFilters>) => onChange({ ...filters, ...patch, offset: 0 });
  return (
    <form
      className="match-filters"
      aria-label={t('matching.shortlist.filters.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <CountryFilter
        id="shortlist-residence"
        label={t('matching.shortlist.filters.residence')}
        value={filters.residence}
        onChange={(residence) => set({ residence })}
      />
      <LanguageFilter
        id="shortlist-language"
        label={t('matching.shortlist.filters.language')}
        value={filters.language}
        onChange={(language) => set({ language })}
      />
    </form>
  );
}
