import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { requestPasswordReset } from './account-api';

/** Asks for a password-reset link; the answer is the same whether or not the email exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ status: 0 }));
    } finally {
      setSubmitting(false);
    }
  };

  const emailReason = error?.fieldReason('email');
  return (
    <section className="login" aria-labelledby="forgot-title">
      <h1 id="forgot-title" ref={heading} tabIndex={-1}>
        {t('account.forgotTitle')}
      </h1>
      {sent ? (
        <p role="status">{t('account.resetSent')}</p>
      ) : (
        <>
          <p>{t('account.forgotIntro')}</p>
          {error && !emailReason && <ProblemMessage error={error} />}
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <div className="field">
              <label htmlFor="forgot-email">{t('auth.email')}</label>
              <input
                id="forgot-email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={emailReason ? true : undefined}
                aria-describedby={emailReason ? 'forgot-email-error' : undefined}
              />
              {emailReason && (
                <p id="forgot-email-error" className="field-error">
                  {emailReason}
                </p>
              )}
            </div>
            <button type="submit" className="button primary" disabled={submitting}>
              {t('account.sendLink')}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('account.backToSignIn')}</Link>
      </p>
    </section>
  );
}
