import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { Loaded, ProblemMessage } from '../shell/status';
import { useMe } from '../auth/auth-context';
import { StatusBadge, useDateFormat } from './credential-card';
import type { CredentialState, RegisterEntry } from './passport-api';
import { passportPaths } from './passport-api';
import { PassportNav, issuerOrganisations } from './passport-nav';

type StatusAction = 'revoke' | 'suspend' | 'reinstate';

const stateAfter: Record<StatusAction, CredentialState> = {
  revoke: 'revoked',
  suspend: 'suspended',
  reinstate: 'active',
};

/** Revoke, suspend or reinstate one credential, with the reason the holder will read. */
function StatusForm({
  credential,
  onChanged,
}: {
  credential: RegisterEntry;
  onChanged: (updated: RegisterEntry) => void;
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
      const state = stateAfter[action];
      await apiRequest<unknown>(passportPaths.status(credential.id), {
        method: 'POST',
        body: { state, reason },
      });
      setAction(null);
      setReason('');
      onChanged({ ...credential, state, stateReason: reason, stateChangedAt: null });
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

function EntryCard({
  entry,
  onChanged,
}: {
  entry: RegisterEntry;
  onChanged: (updated: RegisterEntry) => void;
}) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const headingId = `entry-${entry.id}`;
  return (
    <article className="card passport-card" aria-labelledby={headingId}>
      <p className="meta passport-kind">
        {t(`passport.kinds.${entry.kind}`, { defaultValue: entry.kind })}
      </p>
      <h2 id={headingId} className="passport-title">
        {entry.title}
      </h2>
      <p>
        <StatusBadge status={entry.state === 'active' ? 'valid' : entry.state} />
        {entry.stateReason && (
          <span className="meta"> {t('passport.reason', { reason: entry.stateReason })}</span>
        )}
      </p>
      <dl className="facts">
        <dt>{t('passport.holderLabel')}</dt>
        <dd>{entry.holderName}</dd>
        <dt>{t('passport.issued')}</dt>
        <dd>{date(entry.issuedAt)}</dd>
      </dl>
      <StatusForm credential={entry} onChanged={onChanged} />
    </article>
  );
}

function Register({ entries }: { entries: RegisterEntry[] }) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState<Map<string, RegisterEntry>>(new Map());
  const [notice, setNotice] = useState('');
  const [filter, setFilter] = useState('');
  const shown = entries
    .map((c) => changed.get(c.id) ?? c)
    .filter((c) =>
      `${c.title} ${c.holderName}`.toLowerCase().includes(filter.trim().toLowerCase()),
    );
  const onChanged = (updated: RegisterEntry) => {
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
        {shown.map((entry) => (
          <EntryCard key={entry.id} entry={entry} onChanged={onChanged} />
        ))}
      </div>
    </>
  );
}

function OrganisationRegister({ organisationId }: { organisationId: string }) {
  const state = useApi<{ credentials: RegisterEntry[] }>(passportPaths.register(organisationId));
  return <Loaded state={state}>{({ credentials }) => <Register entries={credentials} />}</Loaded>;
}

/** /passport/register — what the user's organisation issued, with revoke, suspend, reinstate. */
export function IssuerRegisterPage() {
  const { t } = useTranslation();
  const organisations = issuerOrganisations(useMe());
  const [chosen, setChosen] = useState(organisations[0]?.organisationId ?? '');
  return (
    <section aria-labelledby="register-title" className="passport-area">
      <title>{`${t('passport.registerTitle')} · ${t('app.name')}`}</title>
      <h1 id="register-title">{t('passport.registerTitle')}</h1>
      <PassportNav />
      <p>{t('passport.registerIntro')}</p>
      {organisations.length > 1 && (
        <label className="passport-filter">
          {t('passport.organisation')}{' '}
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {organisations.map((o) => (
              <option key={o.organisationId} value={o.organisationId}>
                {o.organisationName}
              </option>
            ))}
          </select>
        </label>
      )}
      {chosen ? (
        <OrganisationRegister key={chosen} organisationId={chosen} />
      ) : (
        <p className="empty">{t('passport.notAnIssuer')}</p>
      )}
    </section>
  );
}
