import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, invalidProps, reasonFor, useSubmission } from './form-support';
import {
  ACTION_STATUSES,
  workshopPaths,
  type ActionStatus,
  type PlanAction,
} from './workshops-api';

/** Moves one action along (planned → in progress → done), with its evidence, one per line. */
export function ActionProgressForm(props: {
  partnershipId: string;
  action: PlanAction;
  changed: () => void;
}) {
  const { t } = useTranslation();
  const { action } = props;
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [evidence, setEvidence] = useState(action.evidence.join('\n'));
  const { error, busy, run } = useSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      status,
      evidence: evidence
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    void run(async () => {
      await apiRequest(workshopPaths.action(props.partnershipId, action.id), {
        method: 'PATCH',
        body,
      });
      props.changed();
    });
  };
  const id = `action-${action.id}`;
  const evidenceReason = reasonFor(error, 'evidence');
  return (
    <form onSubmit={submit} className="stacked-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{action.title}</h3>
      <p className="meta">
        {t('partnerships.manage.deadline')}: {action.deadline} ·{' '}
        {t(`partnerships.entryStatuses.${action.status}`)}
      </p>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('partnerships.status')}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as ActionStatus)}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`partnerships.entryStatuses.${s}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-status-error`} reason={reasonFor(error, 'status')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-evidence`}>{t('partnerships.manage.evidence')}</label>
        <p id={`${id}-evidence-hint`} className="muted">
          {t('partnerships.manage.evidenceHint')}
        </p>
        <textarea
          id={`${id}-evidence`}
          rows={2}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          {...invalidProps(`${id}-evidence-error`, evidenceReason)}
        />
        <FieldError id={`${id}-evidence-error`} reason={evidenceReason} />
      </div>
      {error && <ProblemMessage error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {t('partnerships.manage.saveAction')}
      </button>
    </form>
  );
}
