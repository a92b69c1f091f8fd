import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, invalidProps, reasonFor, useSubmission } from './form-support';
import { workshopPaths, type Workshop } from './workshops-api';

const POINTS = [0, 1, 2, 3, 4, 5];

/** A participant scores one idea, 0–5 on each declared criterion, once. */
export function ScoreForm({ w, changed }: { w: Workshop; changed: () => void }) {
  const { t } = useTranslation();
  const [ideaId, setIdeaId] = useState(
    w.ideas.find((i) => !i.scoredByMe)?.id ?? w.ideas[0]?.id ?? '',
  );
  const [scores, setScores] = useState<Record<string, number>>({});
  const { error, busy, run } = useSubmission();
  if (w.ideas.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await apiRequest(workshopPaths.scores(w.id, ideaId), { method: 'POST', body: { scores } });
      changed();
    });
  };
  return (
    <section aria-labelledby="score-title">
      <h2 id="score-title">{t('partnerships.workshops.scoreIdea')}</h2>
      <form onSubmit={submit} className="stacked-form">
        <div className="field">
          <label htmlFor="score-idea">{t('partnerships.workshops.idea')}</label>
          <select id="score-idea" value={ideaId} onChange={(e) => setIdeaId(e.target.value)}>
            {w.ideas.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
                {i.scoredByMe ? ` (${t('partnerships.workshops.scoredByMe')})` : ''}
              </option>
            ))}
          </select>
        </div>
        {w.criteria.map((c) => {
          const reason = reasonFor(error, `scores.${c.key}`);
          const errorId = `score-${c.key}-error`;
          return (
            <div className="field" key={c.key}>
              <label htmlFor={`score-${c.key}`}>
                {c.label} ({t('partnerships.workshops.weight', { weight: c.weight })})
              </label>
              <select
                id={`score-${c.key}`}
                required
                value={scores[c.key] ?? ''}
                onChange={(e) => setScores({ ...scores, [c.key]: Number(e.target.value) })}
                {...invalidProps(errorId, reason)}
              >
                <option value="" disabled>
                  {t('partnerships.workshops.choosePoints')}
                </option>
                {POINTS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
              <FieldError id={errorId} reason={reason} />
            </div>
          );
        })}
        {error && (
          <ProblemMessage
            error={error}
            title={error.status === 409 ? t('partnerships.workshops.alreadyScored') : undefined}
          />
        )}
        <button type="submit" className="button primary" disabled={busy || !ideaId}>
          {t('partnerships.workshops.submitScore')}
        </button>
      </form>
    </section>
  );
}
