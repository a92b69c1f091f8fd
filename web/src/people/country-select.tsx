import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { SelectField } from './form-fields';
import { peoplePaths } from './people-api';

interface Country {
  alpha2: string;
  name: string;
}

// One request for every country select of the page: forms hold many (one per entry).
let countriesOnce: Promise<Country[]> | null = null;
const loadCountries = () => {
  countriesOnce ??= apiRequest<{ countries: Country[] }>(peoplePaths.countries()).then(
    (r) => [...r.countries].sort((a, b) => a.name.localeCompare(b.name)),
    (e: unknown) => {
      countriesOnce = null;
      throw e;
    },
  );
  return countriesOnce;
};

/** The ISO 3166-1 countries of the taxonomy, by name (empty until loaded or on failure). */
export function useCountries(): Country[] {
  const [countries, setCountries] = useState<Country[]>([]);
  useEffect(() => {
    let live = true;
    loadCountries().then(
      (list) => live && setCountries(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return countries;
}

/** A country chosen by name from the taxonomy's list; the value is the alpha-2 code. */
export function CountrySelect({
  id,
  label,
  value,
  onChange,
  reason,
  optional = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (alpha2: string) => void;
  reason: string | undefined;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const countries = useCountries();
  const options: (readonly [string, string])[] = countries.map((c) => [
    c.alpha2,
    `${c.name} (${c.alpha2})`,
  ]);
  // A code the list lacks (still loading, or an old record) stays selectable rather than lost.
  if (value && !countries.some((c) => c.alpha2 === value)) options.unshift([value, value]);
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      options={options}
      reason={reason}
      blank={optional || !value ? t('people.chooseCountry') : undefined}
    />
  );
}

/** Several countries: the chosen ones as removable chips, and a select to add one. */
export function CountryList({
  id,
  label,
  values,
  onChange,
  reason,
}: {
  id: string;
  label: string;
  values: string[];
  onChange: (alpha2s: string[]) => void;
  reason: string | undefined;
}) {
  const { t } = useTranslation();
  const countries = useCountries();
  const nameOf = (code: string) => countries.find((c) => c.alpha2 === code)?.name ?? code;
  return (
    <fieldset className="people-choices">
      <legend>{label}</legend>
      {values.length > 0 && (
        <ul className="people-list" aria-label={label}>
          {values.map((code) => (
            <li key={code}>
              <span className="people-grow">{nameOf(code)}</span>
              <button
                type="button"
                className="button"
                aria-label={t('people.removeNamed', { name: nameOf(code) })}
                onClick={() => onChange(values.filter((c) => c !== code))}
              >
                {t('people.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        id={id}
        label={t('people.addCountry')}
        value=""
        onChange={(code) => code && !values.includes(code) && onChange([...values, code])}
        options={countries
          .filter((c) => !values.includes(c.alpha2))
          .map((c) => [c.alpha2, `${c.name} (${c.alpha2})`] as const)}
        reason={reason}
        blank={t('people.chooseCountry')}
      />
    </fieldset>
  );
}
