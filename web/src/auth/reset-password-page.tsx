import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { confirmPasswordReset } from './account-api';
import { NewPasswordField } from './password-field';

/** The token from the link's fragment (never sent to the server with the page request). */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** Chooses a new password with the single-use token of a reset link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromFragment);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    // Keep the token out of the history and of anything that reads the address later.
    window.history.replaceState(null, '', window.location.pathname);
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await confirmPasswordReset(token, password);
      setDone(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ status: 0 }));
    } finally {
      setSubmitting(false);
    }
  };

  const passwordReason = error?.fieldReason('password');
  const tokenProblem = error?.fieldReason('token');
  return (
    <section className="login" aria-labelledby="reset-title">
      <h1 id="reset-title" ref={heading} tabIndex={-1}>
        {t('account.resetTitle')}
      </h1>
      {done ? (
        <p role="status">{t('account.resetDone')}</p>
      ) : !token || tokenProblem ? (
        <p role="alert">
          {t('account.resetLinkUnusable')}{' '}
          <Link to="/forgot-password">{t('account.askAgain')}</Link>
        </p>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          {error && !passwordReason && <ProblemMessage error={error} />}
          <NewPasswordField
            id="reset-password"
            label={t('account.newPassword')}
            value={password}
            onChange={setPassword}
            error={passwordReason}
          />
          <button type="submit" className="button primary" disabled={submitting}>
            {t('account.setPassword')}
          </button>
        </form>
      )}
      <p>
        <Link to="/login">{t('account.backToSignIn')}</Link>
      </p>
    </section>
  );
}
