import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ProblemMessage } from '../shell/status';
import {
  changePassword,
  fetchSessions,
  logoutEverywhere,
  revokeSession,
  type SessionSummary,
} from './account-api';
import { useAuth } from './auth-context';
import { NewPasswordField } from './password-field';

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError({ status: 0 });

/** Change password form; the server ends the user's other sessions on success. */
function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    setSaved(false);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setSaved(true);
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const currentReason = error?.fieldReason('currentPassword');
  const nextReason = error?.fieldReason('newPassword');
  return (
    <section aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('account.changePassword')}</h2>
      {saved && <p role="status">{t('account.passwordChanged')}</p>}
      {error && !currentReason && !nextReason && <ProblemMessage error={error} />}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <label htmlFor="current-password">{t('account.currentPassword')}</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            aria-invalid={currentReason ? true : undefined}
            aria-describedby={currentReason ? 'current-password-error' : undefined}
          />
          {currentReason && (
            <p id="current-password-error" className="field-error">
              {currentReason}
            </p>
          )}
        </div>
        <NewPasswordField
          id="new-password"
          label={t('account.newPassword')}
          value={next}
          onChange={setNext}
          error={nextReason}
        />
        <button type="submit" className="button primary" disabled={submitting}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}

/** The user's sessions with a button to end each other one, and "sign out everywhere". */
function SessionsList() {
  const { t, i18n } = useTranslation();
  const { logout } = useAuth();
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');

  const reload = useCallback(async () => {
    try {
      setSessions((await fetchSessions()).sessions);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const when = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(i18n.language) : t('account.never');

  const revoke = async (session: SessionSummary) => {
    setError(null);
    try {
      await revokeSession(session.id);
      setNotice(t('account.sessionEnded'));
      await reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const everywhere = async () => {
    try {
      await logoutEverywhere();
    } finally {
      await logout(); // the cookie is already void; this resets the UI to signed out
    }
  };

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions')}</h2>
      <p role="status">{notice}</p>
      {error && <ProblemMessage error={error} />}
      {sessions && (
        <div className="table-scroll" role="region" aria-labelledby="sessions-title" tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t('account.sessions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.device')}</th>
                <th scope="col">{t('account.address')}</th>
                <th scope="col">{t('account.signedInAt')}</th>
                <th scope="col">{t('account.lastSeen')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('account.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.userAgent || t('account.unknownDevice')}
                    {s.current && <strong> ({t('account.thisSession')})</strong>}
                  </td>
                  <td>{s.ip}</td>
                  <td>{when(s.createdAt)}</td>
                  <td>{when(s.lastSeenAt)}</td>
                  <td>
                    {!s.current && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => void revoke(s)}
                        aria-label={t('account.endSessionOf', {
                          device: s.userAgent || t('account.unknownDevice'),
                          when: when(s.createdAt),
                        })}
                      >
                        {t('account.endSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <button type="button" className="button" onClick={() => void everywhere()}>
          {t('account.signOutEverywhere')}
        </button>
      </p>
    </section>
  );
}

/** Account security: change password, see and end sessions. */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="account-security">
      <h1 ref={heading} tabIndex={-1}>
        {t('account.securityTitle')}
      </h1>
      <ChangePasswordForm onChanged={() => setGeneration((g) => g + 1)} />
      <SessionsList key={generation} />
    </div>
  );
}
