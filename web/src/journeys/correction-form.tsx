import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { FieldError, invalidProps, useSubmission } from '../partnerships/form-support';
import { ProblemMessage } from '../shell/status';
import { guardReason } from './guard-fields';
import type { ChangeResult, JourneyEvent } from './journeys-api';
import { stepPaths } from './steps-api';

/**
 * Corrects one event of the timeline with a new event (its day, or cancelling it), always with
 * the reason why; a coordinator's action (`POST /api/journeys/:id/corrections`). The server
 * judges: a correction the history cannot replay answers 422 on its field, a stale one 409.
 */
export function CorrectionForm({
  journeyId,
  version,
  event,
  onDone,
}: {
  journeyId: string;
  version: number;
  event: JourneyEvent;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(event.occurredOn);
  const [voided, setVoided] = useState(false);
  const [reason, setReason] = useState('');
  const { error, busy, run } = useSubmission();
  const submit = () =>
    run(async () => {
      await apiRequest<ChangeResult>(stepPaths.correct(journeyId), {
        method: 'POST',
        body: {
          correctsSeq: event.seq,
          expectedVersion: version,
          occurredOn: on,
          voided,
          note: reason.trim(),
        },
      });
      onDone();
    });
  const reasonWhy = guardReason(error, 'note');
  const dayWhy = guardReason(error, 'occurredOn');
  const formLabel = t('journeys.correct.formLabel', { seq: event.seq });
  return (
    <div className="journey-correction">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('journeys.correct.open', { seq: event.seq })}
      </button>
      {open && (
        <form
          id={`${id}-form`}
          aria-label={formLabel}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-on`}>{t('journeys.correct.on')}</label>
            <input
              id={`${id}-on`}
              type="date"
              value={on}
              disabled={voided}
              onChange={(e) => setOn(e.target.value)}
              {...invalidProps(`${id}-on-error`, dayWhy)}
            />
            <FieldError id={`${id}-on-error`} reason={dayWhy} />
          </div>
          {event.body.type !== 'opened' && (
            <label className="choice">
              <input
                type="checkbox"
                checked={voided}
                onChange={(e) => setVoided(e.target.checked)}
              />{' '}
              {t('journeys.correct.void')}
            </label>
          )}
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('journeys.correct.reason')}</label>
            <textarea
              id={`${id}-reason`}
              required
              aria-required="true"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              {...invalidProps(`${id}-reason-error`, reasonWhy)}
            />
            <FieldError id={`${id}-reason-error`} reason={reasonWhy} />
          </div>
          {error && !reasonWhy && !dayWhy && (
            <ProblemMessage
              error={error}
              title={error.status === 409 ? t('journeys.advance.stale') : undefined}
            />
          )}
          <button type="submit" className="button primary" disabled={busy}>
            {t('journeys.correct.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
