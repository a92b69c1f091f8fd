import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { FieldError, invalidProps, reasonFor, useSubmission } from '../partnerships/form-support';
import { ProblemMessage } from '../shell/status';
import { allocationPaths, type PersonSlot } from './allocation-api';

/** Override or lock one person's slot with a reason (audited on the server). */
export function OverrideForm({
  runId,
  candidateId,
  name,
  slots,
  onDone,
}: {
  runId: string;
  candidateId: string;
  name: string | null;
  slots: PersonSlot[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [slotId, setSlotId] = useState('');
  const [locked, setLocked] = useState(false);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useSubmission();
  const reasonError = reasonFor(error, 'reason');
  const submit = () =>
    run(async () => {
      setSaved(false);
      await apiRequest(allocationPaths.overrides(runId), {
        method: 'POST',
        body: { candidateId, slotId: slotId === '' ? null : slotId, locked, reason },
      });
      setSaved(true);
      onDone();
    });
  return (
    <form
      aria-labelledby="allocation-override-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="allocation-override-title">{t('allocation.overrideTitle')}</h2>
      <p className="muted">{t('allocation.overrideFor', { candidateId: name ?? candidateId })}</p>
      <div className="field">
        <label htmlFor="allocation-override-slot">{t('allocation.newSlot')}</label>
        <select
          id="allocation-override-slot"
          value={slotId}
          onChange={(e) => setSlotId(e.target.value)}
        >
          <option value="">{t('allocation.unassignedSlot')}</option>
          {slots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} ({t(`allocation.slotKinds.${s.kind}`)})
            </option>
          ))}
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} />{' '}
        {t('allocation.lock')}
      </label>
      <div className="field">
        <label htmlFor="allocation-override-reason">{t('allocation.overrideReason')}</label>
        <textarea
          id="allocation-override-reason"
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalidProps('allocation-override-reason-error', reasonError)}
        />
        <FieldError id="allocation-override-reason-error" reason={reasonError} />
      </div>
      {error && !reasonError && <ProblemMessage error={error} />}
      {saved && (
        <p role="status" className="status">
          {t('allocation.overrideSaved')}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('allocation.saveOverride')}
      </button>
    </form>
  );
}
