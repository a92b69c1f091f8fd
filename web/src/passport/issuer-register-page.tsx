import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { Loaded, ProblemMessage } from '../shell/status';
import { CredentialCard, shownStatus } from './credential-card';
import type { Credential } from './passport-api';
import { passportPaths } from './passport-api';
import { PassportNav } from './passport-nav';

type StatusAction = 'revoke' | 'suspend' | 'reinstate';

/** Revoke, suspend or reinstate one credential, with the reason the holder will read. */
function StatusForm({
  credential,
  onChanged,
}: {
  credential: Credential;
  onChanged: (updated: Credential) => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [action, setAction] = useState<StatusAction | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const actions: StatusAction[] =
    credential.state === 'active'
      ? ['revoke', 'suspend']
      : credential.state === 'suspended'
        ? ['revoke', 'reinstate']
        : [];
  if (actions.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    setBusy(true);
    setError(null);
    try {
      const path = passportPaths[action](credential.id);
      const updated = await apiRequest<Credential>(path, { method: 'POST', body: { reason } });
      setAction(null);
      setReason('');
      onChanged(updated);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="passport-status-form">
      {action === null ? (
        <div className="passport-actions">
          {actions.map((a) => (
            <button key={a} type="button" className="button" onClick={() => setAction(a)}>
              {t(`passport.actions.${a}`)}
            </button>
          ))}
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor={reasonId}>{t('passport.reasonLabel')}</label>
          <textarea
            id={reasonId}
            required
            minLength={3}
            maxLength={500}
            value={reason}
            aria-invalid={error?.fieldReason('reason') ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="passport-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t(`passport.actions.confirm.${action}`)}
            </button>
            <button type="button" className="button" onClick={() => setAction(null)}>
              {t('passport.actions.cancel')}
            </button>
          </div>
          {error && <ProblemMessage error={error} />}
        </form>
      )}
    </div>
  );
}

function Register({ credentials }: { credentials: Credential[] }) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState<Map<string, Credential>>(new Map());
  const [notice, setNotice] = useState('');
  const [filter, setFilter] = useState('');
  const now = Date.now();
  const shown = credentials
    .map((c) => changed.get(c.id) ?? c)
    .filter((c) =>
      `${c.title} ${c.holder.name}`.toLowerCase().includes(filter.trim().toLowerCase()),
    );
  const onChanged = (updated: Credential) => {
    setChanged((m) => new Map(m).set(updated.id, updated));
    setNotice(
      t('passport.stateChanged', {
        title: updated.title,
        status: t(`passport.status.${updated.state === 'active' ? 'valid' : updated.state}`),
      }),
    );
  };
  return (
    <>
      <label className="passport-filter">
        {t('passport.filter')}{' '}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <p className="status" role="status">
        {notice}
      </p>
      {shown.length === 0 && <p className="empty">{t('passport.registerEmpty')}</p>}
      <div className="cards passport-cards">
        {shown.map((credential) => (
          <CredentialCard
            key={credential.id}
            credential={credential}
            status={shownStatus(credential, now)}
          >
            <p className="meta">{t('passport.holder', { name: credential.holder.name })}</p>
            <StatusForm credential={credential} onChanged={onChanged} />
          </CredentialCard>
        ))}
      </div>
    </>
  );
}

/** /passport/register — what the user's organisations issued, with revoke and suspend. */
export function IssuerRegisterPage() {
  const { t } = useTranslation();
  const state = useApi<{ credentials: Credential[] }>(passportPaths.issued());
  return (
    <section aria-labelledby="register-title" className="passport-area">
      <title>{`${t('passport.registerTitle')} · ${t('app.name')}`}</title>
      <h1 id="register-title">{t('passport.registerTitle')}</h1>
      <PassportNav />
      <p>{t('passport.registerIntro')}</p>
      <Loaded state={state}>{({ credentials }) => <Register credentials={credentials} />}</Loaded>
    </section>
  );
}
