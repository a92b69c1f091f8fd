import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { recognitionPaths, type Qualification } from '../recognition/recognition-api';
import { SelectField } from './form-fields';

/**
 * Which qualification of the recognition catalogue an entry is, if any: matching then predicts
 * its recognition for each vacancy (docs/matching.md, "Predicted recognition").
 */
export function CatalogueQualificationSelect({
  id,
  value,
  onChange,
  reason,
}: {
  id: string;
  value: string | undefined;
  onChange: (qualificationId: string | undefined) => void;
  reason: string | undefined;
}) {
  const { t } = useTranslation();
  const catalogue = useApi<{ qualifications: Qualification[] }>(recognitionPaths.qualifications());
  const known = catalogue.status === 'ok' ? catalogue.data.qualifications : [];
  const options: [string, string][] = known.map((q) => [q.id, `${q.title} (${q.country})`]);
  // A saved id the catalogue no longer lists stays visible rather than silently dropped.
  if (value && !known.some((q) => q.id === value)) options.push([value, value]);
  return (
    <SelectField
      id={id}
      label={t('people.qualifications.catalogue')}
      hint={t('people.qualifications.catalogueHint')}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? undefined : v)}
      options={options}
      blank={t('people.qualifications.notInCatalogue')}
      reason={reason}
    />
  );
}
