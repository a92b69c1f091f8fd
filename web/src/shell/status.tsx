import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import type { ApiState } from '../api/use-api';

/** A polite "loading" line for screen readers and eyes. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      {t('common.loading')}
    </p>
  );
}

/** Shows an API problem: its detail, and the reasons given for each field. */
export function ProblemMessage({ error, title }: { error: ApiError; title?: string }) {
  const { t } = useTranslation();
  const detail =
    error.status === 0 ? t('common.networkError') : (error.problem.detail ?? error.problem.title);
  return (
    <div className="problem" role="alert">
      <p className="problem-title">
        {title ?? t('common.errorTitle')}
        {error.status > 0 && (
          <span className="problem-status">
            {' '}
            ({t('common.errorStatus', { status: error.status })})
          </span>
        )}
      </p>
      {detail && <p>{detail}</p>}
      {error.fields.length > 0 && (
        <ul>
          {error.fields.map((f) => (
            <li key={f.field}>
              <code>{f.field}</code>: {f.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Renders `children(data)` once an API call has answered, else its loading or error state. */
export function Loaded<T>({
  state,
  children,
}: {
  state: ApiState<T>;
  children: (data: T) => ReactNode;
}) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      return <Loading />;
    case 'error':
      return <ProblemMessage error={state.error} />;
    case 'ok':
      return <>{children(state.data)}</>;
  }
}
