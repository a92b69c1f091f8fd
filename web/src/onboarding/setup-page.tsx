import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { NewPasswordField } from '../auth/password-field';
import { CountrySelect } from '../people/country-select';
import { SelectField, TextField } from '../people/form-fields';
import { Loading, ProblemMessage } from '../shell/status';
import { fetchSetupStatus, ORGANISATION_KINDS, setUp } from './onboarding-api';
import { useSubmission } from './use-submission';

const FIELDS = [
  'displayName',
  'email',
  'password',
  'organisationName',
  'organisationKind',
  'country',
];

/**
 * The first visit of a database without the demo: creates the first administrator and their
 * organisation. Shown only while the server says setup is open; otherwise it sends to sign-in.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState<boolean | null>(null);
  const [form, setForm] = useState({
    displayName: '',
    email: '',
    password: '',
    organisationName: '',
    organisationKind: 'government',
    country: '',
  });
  const { submitting, error, submit, reason } = useSubmission();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    fetchSetupStatus().then(
      (status) => setOpen(status.needed),
      () => setOpen(false),
    );
  }, []);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  if (open === null) return <Loading />;
  if (!open) return <Navigate to="/login" replace />;
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => {
      signIn(await setUp({ ...form, email: form.email.trim() }));
      await navigate('/admin/organisations');
    });
  };
  const kinds = ORGANISATION_KINDS.map((k) => [k, t(`onboarding.kind.${k}`)] as const);
  return (
    <section className="login" aria-labelledby="setup-title">
      <h1 id="setup-title" ref={heading} tabIndex={-1}>
        {t('onboarding.setupTitle')}
      </h1>
      <p>{t('onboarding.setupIntro')}</p>
      {error && !FIELDS.some((f) => reason(f)) && <ProblemMessage error={error} />}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="setup-name"
          label={t('onboarding.name')}
          value={form.displayName}
          onChange={set('displayName')}
          reason={reason('displayName')}
        />
        <TextField
          id="setup-email"
          label={t('auth.email')}
          value={form.email}
          onChange={set('email')}
          reason={reason('email')}
        />
        <NewPasswordField
          id="setup-password"
          label={t('onboarding.password')}
          value={form.password}
          onChange={set('password')}
          error={reason('password')}
        />
        <TextField
          id="setup-organisation"
          label={t('onboarding.organisationName')}
          value={form.organisationName}
          onChange={set('organisationName')}
          reason={reason('organisationName')}
        />
        <SelectField
          id="setup-kind"
          label={t('onboarding.organisationKind')}
          value={form.organisationKind}
          onChange={set('organisationKind')}
          options={kinds}
          reason={reason('organisationKind')}
        />
        <CountrySelect
          id="setup-country"
          label={t('onboarding.country')}
          value={form.country}
          onChange={set('country')}
          reason={reason('country')}
        />
        <button type="submit" className="button primary" disabled={submitting}>
          {t('onboarding.setupSubmit')}
        </button>
      </form>
    </section>
  );
}
