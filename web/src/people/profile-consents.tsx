import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { CONSENT_PURPOSES, peoplePaths, type Candidate } from './people-api';

/** Consent per purpose: give or withdraw each separately; the change is saved at once. */
export function ProfileConsents({
  candidate,
  onChange,
}: {
  candidate: Candidate;
  onChange: (candidate: Candidate) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const toggle = async (purpose: (typeof CONSENT_PURPOSES)[number], give: boolean) => {
    setBusy(true);
    setError(null);
    try {
      onChange(
        await apiRequest<Candidate>(peoplePaths.consent(purpose), {
          method: give ? 'PUT' : 'DELETE',
        }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="people-consents" className="people-card">
      <h2 id="people-consents">{t('people.consents.title')}</h2>
      {error && <ProblemMessage error={error} />}
      <ul className="people-list">
        {CONSENT_PURPOSES.map((purpose) => {
          const given = candidate.consentedPurposes.includes(purpose);
          return (
            <li key={purpose}>
              <span className="people-grow">
                <strong>{t(`people.consents.${purpose}`)}</strong>{' '}
                <span className="badge">
                  {given ? t('people.consents.given') : t('people.consents.notGiven')}
                </span>
              </span>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void toggle(purpose, !given)}
              >
                {given ? t('people.consents.withdraw') : t('people.consents.give')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
