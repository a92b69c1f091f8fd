import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { peoplePaths } from './people-api';

/** Take one's data away as JSON, or erase the profile after a confirmation. */
export function ProfileData({ onErased }: { onErased: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  /** Runs an action, showing its failure as a problem instead of losing it. */
  const attempt = (action: () => Promise<void>) => () => {
    setError(null);
    action().catch((e: unknown) =>
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) })),
    );
  };
  const download = async () => {
    const data = await apiRequest<unknown>(peoplePaths.exportMine());
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = 'passerelle-profile.json';
    link.click();
    URL.revokeObjectURL(url);
  };
  const erase = async () => {
    await apiRequest<void>(peoplePaths.me(), { method: 'DELETE' });
    onErased();
  };
  return (
    <section aria-labelledby="people-data" className="people-card">
      <h2 id="people-data">{t('people.data.title')}</h2>
      {error && <ProblemMessage error={error} />}
      <p>
        <button type="button" className="button" onClick={attempt(download)}>
          {t('people.data.export')}
        </button>
      </p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="people-erase-question" className="problem">
          <p id="people-erase-question">{t('people.data.eraseQuestion')}</p>
          <button type="button" className="button primary" onClick={attempt(erase)}>
            {t('people.data.eraseConfirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('people.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('people.data.erase')}
        </button>
      )}
    </section>
  );
}
