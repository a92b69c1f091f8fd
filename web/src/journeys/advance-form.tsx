import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { FieldError, invalidProps, useSubmission } from '../partnerships/form-support';
import { ProblemMessage } from '../shell/status';
import { todayIso } from './dates';
import { guardReason } from './guard-fields';
import {
  DATE_EVIDENCE_KINDS,
  journeyPaths,
  type AdvanceBody,
  type ChangeResult,
  type EvidenceKind,
  type ExitBody,
  type ExitReason,
  type JourneyDetail,
  type Trigger,
} from './journeys-api';

const exitChoice = 'exit';

/** A date for kinds that are dates; a short reference (number, issuer, file name) otherwise. */
const inputType = (kind: string) =>
  (DATE_EVIDENCE_KINDS as readonly string[]).includes(kind) ? 'date' : 'text';

/**
 * Moves the journey to one of its next stages with the evidence its guard asks for, or ends it
 * with a reason. A failed guard comes back as a 422 naming the missing evidence kind, shown on
 * that kind's input.
 */
export function AdvanceForm({
  detail,
  onDone,
}: {
  detail: JourneyDetail;
  onDone: (triggers?: Trigger[]) => void;
}) {
  const { t } = useTranslation();
  const allowed = detail.next.steps.filter((n) => n.allowed);
  const exits = detail.next.exits;
  const [choice, setChoice] = useState<string>(allowed[0]?.to ?? exitChoice);
  const [on, setOn] = useState(todayIso());
  const [values, setValues] = useState<Record<string, string>>({});
  const [reason, setReason] = useState<ExitReason>(exits[0] ?? 'withdrew');
  const [note, setNote] = useState('');
  const { error, busy, run } = useSubmission();
  if (allowed.length === 0 && exits.length === 0) return null;
  const step = allowed.find((n) => n.to === choice);
  // Only the evidence still missing is asked for; what the journey holds already counts.
  const kinds: EvidenceKind[] = step?.missing ?? [];
  const submit = () =>
    run(async () => {
      const common = {
        expectedVersion: detail.journey.version,
        occurredOn: on,
        evidence: kinds
          .filter((k) => (values[k] ?? '').trim() !== '')
          .map((k) => ({ kind: k, value: values[k]!.trim() })),
        ...(note.trim() ? { note: note.trim() } : {}),
      };
      const id = detail.journey.id;
      if (step) {
        const body: AdvanceBody = { ...common, to: step.to };
        const result = await apiRequest<ChangeResult>(journeyPaths.advance(id), {
          method: 'POST',
          body,
        });
        onDone(result.triggers);
      } else {
        const body: ExitBody = { ...common, reason };
        const result = await apiRequest<ChangeResult>(journeyPaths.exit(id), {
          method: 'POST',
          body,
        });
        onDone(result.triggers);
      }
    });
  const stale = error?.status === 409;
  return (
    <form
      aria-labelledby="journey-advance-title"
      className="journey-card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="journey-advance-title">{t('journeys.advance.title')}</h2>
      <fieldset>
        <legend>{t('journeys.advance.to')}</legend>
        {allowed.map((n) => (
          <label key={n.to} className="choice">
            <input
              type="radio"
              name="journey-next"
              value={n.to}
              checked={choice === n.to}
              onChange={() => setChoice(n.to)}
            />{' '}
            {t(`journeys.stages.${n.to}`)}
          </label>
        ))}
        {exits.length > 0 && (
          <label className="choice">
            <input
              type="radio"
              name="journey-next"
              value={exitChoice}
              checked={choice === exitChoice}
              onChange={() => setChoice(exitChoice)}
            />{' '}
            {t('journeys.advance.exit')}
          </label>
        )}
      </fieldset>
      {choice === exitChoice && (
        <div className="field">
          <label htmlFor="journey-exit-reason">{t('journeys.advance.exitReason')}</label>
          <select
            id="journey-exit-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value as ExitReason)}
            {...invalidProps('journey-exit-reason-error', guardReason(error, 'reason'))}
          >
            {exits.map((r) => (
              <option key={r} value={r}>
                {t(`journeys.exitReasons.${r}`)}
              </option>
            ))}
          </select>
          <FieldError id="journey-exit-reason-error" reason={guardReason(error, 'reason')} />
        </div>
      )}
      {kinds.map((kind) => {
        const id = `journey-evidence-${kind}`;
        const why = guardReason(error, kind);
        return (
          <div className="field" key={kind}>
            <label htmlFor={id}>
              {t(`journeys.evidenceKinds.${kind}`, { defaultValue: kind })}
            </label>
            <input
              id={id}
              type={inputType(kind)}
              value={values[kind] ?? ''}
              onChange={(e) => setValues({ ...values, [kind]: e.target.value })}
              {...invalidProps(`${id}-error`, why)}
            />
            <FieldError id={`${id}-error`} reason={why} />
          </div>
        );
      })}
      <div className="field">
        <label htmlFor="journey-on">{t('journeys.advance.on')}</label>
        <input
          id="journey-on"
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
          {...invalidProps('journey-on-error', guardReason(error, 'occurredOn'))}
        />
        <FieldError id="journey-on-error" reason={guardReason(error, 'occurredOn')} />
      </div>
      <div className="field">
        <label htmlFor="journey-note">{t('journeys.advance.note')}</label>
        <textarea id="journey-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <ProblemMessage
          error={error}
          title={stale ? t('journeys.advance.stale') : t('journeys.advance.failed')}
        />
      )}
      {stale && (
        <button type="button" className="button" onClick={() => onDone()}>
          {t('journeys.advance.reload')}
        </button>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {t('journeys.advance.submit')}
      </button>
    </form>
  );
}
