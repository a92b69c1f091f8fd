import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { fetchSetupStatus } from '../onboarding/onboarding-api';
import { useAuth } from './auth-context';

/** Where to go after signing in: back to the page that asked for it, else home. */
function returnPath(state: unknown): string {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && state.from !== '/login' ? state.from : '/';
  }
  return '/';
}

/** The sign-in form. */
export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const [setupOpen, setSetupOpen] = useState(false);

  useEffect(() => heading.current?.focus(), []);
  // A database without the demo and without an administrator starts with the setup page.
  useEffect(() => {
    fetchSetupStatus().then(
      (status) => setSetupOpen(status.needed),
      () => undefined,
    );
  }, []);

  if (setupOpen) return <Navigate to="/setup" replace />;
  if (state.status === 'signedIn') return <Navigate to={returnPath(location.state)} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await login(email.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ status: 0 }));
      setSubmitting(false);
    }
  };

  const shownError = error ?? (state.status === 'signedOut' ? state.error : undefined) ?? null;
  const emailReason = error?.fieldReason('email');
  const passwordReason = error?.fieldReason('password');

  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title" ref={heading} tabIndex={-1}>
        {t('auth.title')}
      </h1>
      <p>{t('auth.intro')}</p>
      {shownError && <ProblemMessage error={shownError} title={t('auth.failed')} />}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <label htmlFor="login-email">{t('auth.email')}</label>
          <input
            id="login-email"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={emailReason ? true : undefined}
            aria-describedby={emailReason ? 'login-email-error' : undefined}
          />
          {emailReason && (
            <p id="login-email-error" className="field-error">
              {emailReason}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('auth.password')}</label>
          <input
            id="login-password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={passwordReason ? true : undefined}
            aria-describedby={passwordReason ? 'login-password-error' : undefined}
          />
          {passwordReason && (
            <p id="login-password-error" className="field-error">
              {passwordReason}
            </p>
          )}
        </div>
        <button type="submit" className="button primary" disabled={submitting}>
          {submitting ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('account.forgotLink')}</Link>
      </p>
      <p>
        <Link to="/signup">{t('onboarding.signupLink')}</Link>
      </p>
    </section>
  );
}
