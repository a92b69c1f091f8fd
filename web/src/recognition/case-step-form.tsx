import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import type { ApiError } from '../api/client';
import { fieldError } from './field-errors';
import { asApiError, FormProblem, formCheckError } from './form-problem';
import type { CaseStep, RecognitionCase, RecognitionOutcome } from './recognition-api';
import { recognitionOutcomes, recognitionPaths } from './recognition-api';

/** Sends one step of a case; resolves to the updated case. */
export const takeStep = (id: string, step: CaseStep) =>
  apiRequest<RecognitionCase>(recognitionPaths.steps(id), { method: 'POST', body: step });

/** Decide a case (or its appeal): an outcome and the reasons in words, both required. */
export function DecideForm({
  recognitionCase: c,
  step,
  suggested,
  onDone,
  onCancel,
}: {
  recognitionCase: RecognitionCase;
  step: 'decide' | 'decide_appeal';
  suggested: RecognitionOutcome | undefined;
  onDone: (updated: RecognitionCase) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<RecognitionOutcome | ''>(suggested ?? '');
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const prefix = `decide-${c.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = [
      ...(outcome ? [] : [{ field: 'outcome', reason: 'required' }]),
      ...(reasons.trim() ? [] : [{ field: 'reasons', reason: 'required' }]),
    ];
    if (problems.length || !outcome) {
      setError(formCheckError(problems));
      return;
    }
    setSending(true);
    try {
      onDone(await takeStep(c.id, { step, outcome, reasons: reasons.trim() }));
    } catch (caught) {
      setError(asApiError(caught));
      setSending(false);
    }
  };
  const reason = (name: string) => {
    const r = fieldError(error, name);
    return r && t(`recognition.errors.${r}`, { defaultValue: r });
  };
  const outcomeError = reason('outcome');
  const reasonsError = reason('reasons');

  return (
    <form className="recognition-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblem error={error} />
      <div className="field">
        <label htmlFor={`${prefix}-outcome`}>{t('recognition.decisionOutcome')}</label>
        <select
          id={`${prefix}-outcome`}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as RecognitionOutcome | '')}
          aria-invalid={outcomeError ? true : undefined}
          aria-describedby={outcomeError ? `${prefix}-outcome-error` : undefined}
        >
          <option value="">{t('recognition.chooseOutcome')}</option>
          {recognitionOutcomes.map((o) => (
            <option key={o} value={o}>
              {t(`recognition.outcomes.${o}`)}
            </option>
          ))}
        </select>
        {outcomeError && (
          <p id={`${prefix}-outcome-error`} className="field-error">
            {outcomeError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-reasons`}>{t('recognition.decisionReasons')}</label>
        <textarea
          id={`${prefix}-reasons`}
          rows={4}
          value={reasons}
          onChange={(e) => setReasons(e.target.value)}
          aria-invalid={reasonsError ? true : undefined}
          aria-describedby={reasonsError ? `${prefix}-reasons-error` : undefined}
        />
        {reasonsError && (
          <p id={`${prefix}-reasons-error`} className="field-error">
            {reasonsError}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={sending}>
          {t(step === 'decide' ? 'recognition.recordDecision' : 'recognition.recordAppealDecision')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('recognition.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The applicant's appeal: the grounds in words. */
export function AppealForm({
  recognitionCase: c,
  onDone,
  onCancel,
}: {
  recognitionCase: RecognitionCase;
  onDone: (updated: RecognitionCase) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [grounds, setGrounds] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const id = `appeal-${c.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!grounds.trim()) {
      setError(formCheckError([{ field: 'grounds', reason: 'required' }]));
      return;
    }
    setSending(true);
    try {
      onDone(await takeStep(c.id, { step: 'appeal', grounds: grounds.trim() }));
    } catch (caught) {
      setError(asApiError(caught));
      setSending(false);
    }
  };
  const r = fieldError(error, 'grounds');
  const groundsError = r && t(`recognition.errors.${r}`, { defaultValue: r });
  return (
    <form className="recognition-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblem error={error} />
      <div className="field">
        <label htmlFor={id}>{t('recognition.appealGrounds')}</label>
        <textarea
          id={id}
          rows={4}
          value={grounds}
          onChange={(e) => setGrounds(e.target.value)}
          aria-invalid={groundsError ? true : undefined}
          aria-describedby={groundsError ? `${id}-error` : undefined}
        />
        {groundsError && (
          <p id={`${id}-error`} className="field-error">
            {groundsError}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={sending}>
          {t('recognition.sendAppeal')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('recognition.cancel')}
        </button>
      </div>
    </form>
  );
}
