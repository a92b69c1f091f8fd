import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, InputField, reasonFor, useSubmission } from './form-support';
import type { EditableDashboard } from './partnership-manage-page';
import { workshopPaths } from './workshops-api';

/** Adds an action to the action plan: objective, owner party, deadline. */
export function ActionForm({ d, changed }: { d: EditableDashboard; changed: () => void }) {
  const { t } = useTranslation();
  const parties = d.partnership.parties;
  const [objectiveId, setObjectiveId] = useState(d.plan.objectives[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(parties[0]?.organisationId ?? '');
  const [deadline, setDeadline] = useState('');
  const { error, busy, run } = useSubmission();
  if (d.plan.objectives.length === 0)
    return <p className="muted">{t('partnerships.manage.noObjectives')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { objectiveId, title, ownerOrganisationId: owner, deadline };
    void run(async () => {
      await apiRequest(workshopPaths.actions(d.partnership.id), { method: 'POST', body });
      changed();
    });
  };
  return (
    <form onSubmit={submit} className="stacked-form" aria-labelledby="add-action-title">
      <h3 id="add-action-title">{t('partnerships.manage.addAction')}</h3>
      <div className="field">
        <label htmlFor="action-objective">{t('partnerships.manage.objective')}</label>
        <select
          id="action-objective"
          value={objectiveId}
          onChange={(e) => setObjectiveId(e.target.value)}
        >
          {d.plan.objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
        <FieldError id="action-objective-error" reason={reasonFor(error, 'objectiveId')} />
      </div>
      <InputField
        id="action-title"
        label={t('partnerships.manage.actionTitle')}
        value={title}
        onChange={setTitle}
        reason={reasonFor(error, 'title')}
        required
      />
      <div className="field">
        <label htmlFor="action-owner">{t('partnerships.manage.owner')}</label>
        <select id="action-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
          {parties.map((p) => (
            <option key={`${p.organisationId}:${p.role}`} value={p.organisationId}>
              {p.name} ({t(`partnerships.roles.${p.role}`)})
            </option>
          ))}
        </select>
        <FieldError id="action-owner-error" reason={reasonFor(error, 'ownerOrganisationId')} />
      </div>
      <InputField
        id="action-deadline"
        type="date"
        label={t('partnerships.manage.deadline')}
        value={deadline}
        onChange={setDeadline}
        reason={reasonFor(error, 'deadline')}
        required
      />
      {error && <ProblemMessage error={error} />}
      <button type="submit" className="button primary" disabled={busy}>
        {t('partnerships.manage.addAction')}
      </button>
    </form>
  );
}
