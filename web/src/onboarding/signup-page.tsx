import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { NewPasswordField } from '../auth/password-field';
import { CountrySelect } from '../people/country-select';
import { TextField } from '../people/form-fields';
import { ProblemMessage } from '../shell/status';
import { CONSENT_PURPOSES, signUp, type ConsentPurpose } from './onboarding-api';
import { useSubmission } from './use-submission';

const noConsent = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, false])) as Record<
  ConsentPurpose,
  boolean
>;

const FIELDS = ['displayName', 'email', 'password', 'residenceCountry', 'nationality'];

/** A candidate creates their own account; every consent starts unticked. */
export function SignupPage() {
  const { t } = useTranslation();
  const { state, signIn } = useAuth();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    email: '',
    displayName: '',
    password: '',
    residenceCountry: '',
    nationality: '',
  });
  const [consents, setConsents] = useState(noConsent);
  const { submitting, error, submit, reason } = useSubmission();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  if (state.status === 'signedIn' && !submitting) return <Navigate to="/people/profile" replace />;
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => {
      signIn(await signUp({ ...form, email: form.email.trim(), consents }));
      await navigate('/people/profile');
    });
  };

  const shownInForm = FIELDS.some((field) => reason(field));
  return (
    <section className="login" aria-labelledby="signup-title">
      <h1 id="signup-title" ref={heading} tabIndex={-1}>
        {t('onboarding.signupTitle')}
      </h1>
      <p>{t('onboarding.signupIntro')}</p>
      {error && !shownInForm && <ProblemMessage error={error} />}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="signup-name"
          label={t('onboarding.name')}
          value={form.displayName}
          onChange={set('displayName')}
          reason={reason('displayName')}
        />
        <TextField
          id="signup-email"
          label={t('auth.email')}
          value={form.email}
          onChange={set('email')}
          reason={reason('email')}
        />
        <NewPasswordField
          id="signup-password"
          label={t('onboarding.password')}
          value={form.password}
          onChange={set('password')}
          error={reason('password')}
        />
        <CountrySelect
          id="signup-residence"
          label={t('onboarding.residenceCountry')}
          value={form.residenceCountry}
          onChange={set('residenceCountry')}
          reason={reason('residenceCountry')}
        />
        <CountrySelect
          id="signup-nationality"
          label={t('onboarding.nationality')}
          value={form.nationality}
          onChange={set('nationality')}
          reason={reason('nationality')}
        />
        <fieldset className="field">
          <legend>{t('onboarding.consentsLegend')}</legend>
          <p className="field-hint">{t('onboarding.consentsHint')}</p>
          {CONSENT_PURPOSES.map((purpose) => (
            <div key={purpose} className="checkbox">
              <input
                id={`signup-consent-${purpose}`}
                type="checkbox"
                checked={consents[purpose]}
                onChange={(e) => setConsents((c) => ({ ...c, [purpose]: e.target.checked }))}
              />
              <label htmlFor={`signup-consent-${purpose}`}>
                {t(`onboarding.consent.${purpose}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button primary" disabled={submitting}>
          {t('onboarding.signupSubmit')}
        </button>
      </form>
      <p>
        <Link to="/login">{t('onboarding.haveAccount')}</Link>
      </p>
    </section>
  );
}
