import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../people/country-select';
import { SelectField, TextField } from '../people/form-fields';
import { ProblemMessage } from '../shell/status';
import { ORGANISATION_KINDS, type Organisation, type OrganisationInput } from './onboarding-api';
import { useSubmission } from './use-submission';

const FIELDS = ['name', 'kind', 'country', 'city'];

/** Creates an organisation, or edits `editing`; the server's field reasons show beside fields. */
export function OrganisationForm(props: {
  editing: Organisation | null;
  onSave: (input: OrganisationInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const start = props.editing ?? { name: '', kind: 'employer', country: '', city: '' };
  const [form, setForm] = useState<OrganisationInput>({
    name: start.name,
    kind: start.kind,
    country: start.country,
    city: start.city,
  });
  const { submitting, error, submit, reason } = useSubmission();
  const set = (field: keyof OrganisationInput) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => {
      await props.onSave(form);
      if (!props.editing) setForm({ name: '', kind: form.kind, country: form.country, city: '' });
    });
  };
  const kinds = ORGANISATION_KINDS.map((k) => [k, t(`onboarding.kind.${k}`)] as const);
  const title = props.editing
    ? t('onboarding.editOrganisation', { name: props.editing.name })
    : t('onboarding.newOrganisation');
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="stack">
      <h2>{title}</h2>
      {error && !FIELDS.some((f) => reason(f)) && <ProblemMessage error={error} />}
      <TextField
        id="organisation-name"
        label={t('onboarding.organisationName')}
        value={form.name}
        onChange={set('name')}
        reason={reason('name')}
      />
      <SelectField
        id="organisation-kind"
        label={t('onboarding.organisationKind')}
        value={form.kind}
        onChange={set('kind')}
        options={kinds}
        reason={reason('kind')}
      />
      <CountrySelect
        id="organisation-country"
        label={t('onboarding.country')}
        value={form.country}
        onChange={set('country')}
        reason={reason('country')}
      />
      <TextField
        id="organisation-city"
        label={t('onboarding.city')}
        value={form.city}
        onChange={set('city')}
        reason={reason('city')}
      />
      <div className="actions">
        <button type="submit" className="button primary" disabled={submitting}>
          {props.editing ? t('onboarding.saveOrganisation') : t('onboarding.createOrganisation')}
        </button>
        {props.editing && (
          <button type="button" className="button" onClick={props.onCancel}>
            {t('onboarding.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
