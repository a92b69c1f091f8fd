import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, invalidProps, reasonFor, useSubmission } from './form-support';
import type { EditableDashboard } from './partnership-manage-page';
import { workshopPaths } from './workshops-api';

const LEVELS = [0, 1, 2, 3, 4];

/** The coordinator's assessment (0–4) of one readiness prerequisite, with a note. */
export function AssessmentForm({ d, changed }: { d: EditableDashboard; changed: () => void }) {
  const { t } = useTranslation();
  const prerequisites = d.scorecard.prerequisites;
  const [prerequisite, setPrerequisite] = useState(prerequisites[0]?.prerequisite ?? '');
  const current = prerequisites.find((p) => p.prerequisite === prerequisite);
  const [level, setLevel] = useState(String(current?.assessment?.level ?? ''));
  const [note, setNote] = useState(current?.assessment?.note ?? '');
  const { error, busy, run } = useSubmission();

  const choose = (next: string) => {
    const found = prerequisites.find((p) => p.prerequisite === next);
    setPrerequisite(next);
    setLevel(String(found?.assessment?.level ?? ''));
    setNote(found?.assessment?.note ?? '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await apiRequest(workshopPaths.assessment(d.partnership.id, prerequisite), {
        method: 'PUT',
        body: { level: Number(level), note },
      });
      changed();
    });
  };
  const noteReason = reasonFor(error, 'note');
  const levelReason = reasonFor(error, 'level');
  return (
    <section aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('partnerships.manage.assessment')}</h2>
      <p className="muted">{t('partnerships.manage.assessmentHint')}</p>
      <form onSubmit={submit} className="stacked-form">
        <div className="field">
          <label htmlFor="assessment-prerequisite">{t('partnerships.prerequisite')}</label>
          <select
            id="assessment-prerequisite"
            value={prerequisite}
            onChange={(e) => choose(e.target.value)}
          >
            {prerequisites.map((p) => (
              <option key={p.prerequisite} value={p.prerequisite}>
                {t(`partnerships.prerequisites.${p.prerequisite}`)} ({Math.round(p.score)}/100)
              </option>
            ))}
          </select>
        </div>
        {current && (
          <p className="meta">
            {t('partnerships.manage.evidenceScore', { score: Math.round(current.evidenceScore) })}
          </p>
        )}
        {current?.assessment && (
          <p className="meta" data-testid="current-assessment">
            {t('partnerships.manage.currentAssessment', { level: current.assessment.level })}
          </p>
        )}
        <div className="field">
          <label htmlFor="assessment-level">{t('partnerships.manage.level')}</label>
          <select
            id="assessment-level"
            required
            value={level}
            onChange={(e) => setLevel(e.target.value)}
            {...invalidProps('assessment-level-error', levelReason)}
          >
            <option value="" disabled>
              {t('partnerships.manage.chooseLevel')}
            </option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          <FieldError id="assessment-level-error" reason={levelReason} />
        </div>
        <div className="field">
          <label htmlFor="assessment-note">{t('partnerships.manage.note')}</label>
          <textarea
            id="assessment-note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            {...invalidProps('assessment-note-error', noteReason)}
          />
          <FieldError id="assessment-note-error" reason={noteReason} />
        </div>
        {error && <ProblemMessage error={error} />}
        <button type="submit" className="button primary" disabled={busy || level === ''}>
          {t('partnerships.manage.saveAssessment')}
        </button>
      </form>
    </section>
  );
}
