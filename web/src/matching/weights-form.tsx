import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { FieldError, reasonsFor } from '../people/field-error';
import { numberOrUndefined } from '../people/form-fields';
import { ProblemMessage } from '../shell/status';
import {
  matchingPaths,
  WEIGHT_NAMES,
  type MatchWeights,
  type PartnershipWeights,
  type WeightName,
} from './matching-api';

type Texts = Record<WeightName, string>;
const toTexts = (w: MatchWeights) =>
  Object.fromEntries(WEIGHT_NAMES.map((n) => [n, String(w[n])])) as Texts;

/** The eight weights of one partnership as number inputs (0–1), saved together. */
export function WeightsForm({
  partnershipId,
  initial,
  editable,
}: {
  partnershipId: string;
  initial: PartnershipWeights;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Texts>(() => toTexts(initial.weights));
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    // Sent as typed, so that the server (the one judge of the range) names a wrong field.
    const body = Object.fromEntries(WEIGHT_NAMES.map((n) => [n, numberOrUndefined(texts[n])]));
    try {
      const answer = await apiRequest<PartnershipWeights>(matchingPaths.weights(partnershipId), {
        method: 'PUT',
        body,
      });
      setTexts(toTexts(answer.weights));
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    } finally {
      setSaving(false);
    }
  };

  const unplaced = error?.fields.length === 0;
  return (
    <form className="match-weights" noValidate onSubmit={(e) => void submit(e)}>
      <p className="meta">
        {initial.custom ? t('matching.weights.custom') : t('matching.weights.defaults')}
      </p>
      {WEIGHT_NAMES.map((name) => {
        const id = `weight-${name}`;
        const reason = reasonsFor(error, name);
        return (
          <div className="field" key={name}>
            <label htmlFor={id}>{t(`matching.weights.names.${name}.label`)}</label>
            <p id={`${id}-hint`} className="meta">
              {t(`matching.weights.names.${name}.hint`)}
            </p>
            <input
              id={id}
              type="number"
              min={0}
              max={1}
              step={0.05}
              inputMode="decimal"
              value={texts[name]}
              readOnly={!editable}
              onChange={(e) => setTexts({ ...texts, [name]: e.target.value })}
              aria-invalid={reason ? true : undefined}
              aria-describedby={reason ? `${id}-hint ${id}-error` : `${id}-hint`}
            />
            <FieldError id={`${id}-error`} reason={reason} />
          </div>
        );
      })}
      {error && unplaced && <ProblemMessage error={error} />}
      {editable && (
        <p className="match-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {t('matching.weights.save')}
          </button>
          <span role="status">{saved ? t('matching.weights.saved') : ''}</span>
        </p>
      )}
    </form>
  );
}
