import { useTranslation } from 'react-i18next';
import { useCountries } from '../people/country-select';
import { SelectField } from '../people/form-fields';
import { languageName } from './names';

// The languages of the corridors the platform serves; the API takes any subtag.
const LANGUAGES = ['fr', 'en', 'ar', 'de', 'nl', 'it', 'es', 'pt', 'lt', 'wo'] as const;

interface FilterFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A country to filter by (ISO 3166-1 alpha-2), or any. */
export function CountryFilter(props: FilterFieldProps) {
  const { t } = useTranslation();
  const countries = useCountries();
  return (
    <SelectField
      {...props}
      options={countries.map((c) => [c.alpha2, c.name] as const)}
      blank={t('matching.filters.anyCountry')}
      reason={undefined}
    />
  );
}

/** A language to filter by (a primary subtag), or any. */
export function LanguageFilter(props: FilterFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <SelectField
      {...props}
      options={LANGUAGES.map((l) => [l, languageName(i18n.language, l)] as const)}
      blank={t('matching.filters.anyLanguage')}
      reason={undefined}
    />
  );
}

/**
 * Filters as the page's address holds them: values left empty, or at their default, are left
 * out, so that addresses stay short and a reload or a shared link shows the same page.
 */
export function filterParams(
  filters: Record<string, string | number>,
  defaults: Record<string, string | number> = {},
): URLSearchParams {
  const entries = Object.entries(filters)
    .filter(([key, value]) => value !== '' && value !== (defaults[key] ?? 0))
    .map(([key, value]) => [key, String(value)]);
  return new URLSearchParams(entries);
}

/** The page offset in the address: a positive integer, or 0. */
export function offsetParam(params: URLSearchParams): number {
  const offset = Number(params.get('offset') ?? 0);
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}
