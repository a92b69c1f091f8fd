import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taxonomyPaths } from '../api/taxonomy';
import type { Occupation } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../shell/status';
import { CaseEvaluation } from './case-evaluation';
import { AppealForm, DecideForm, takeStep } from './case-step-form';
import { asApiError } from './form-problem';
import { CaseStatusBadge, OutcomeBadge } from './outcome-badge';
import type { ApiError } from '../api/client';
import type { RecognitionCase, TargetSpec } from './recognition-api';
import { conceptId } from './recognition-api';

/** Who looks at the card: the applicant may appeal, the officer of the country decides, others read. */
export type CaseViewer = 'applicant' | 'officer' | 'observer';

function TargetLabel({ target, title }: { target: TargetSpec; title: (id: string) => string }) {
  const occupation = 'occupation' in target ? target.occupation : null;
  const state = useApi<Occupation>(
    occupation ? taxonomyPaths.occupation(conceptId(occupation)) : null,
  );
  if ('qualificationId' in target) return <>{title(target.qualificationId)}</>;
  const label = state.status === 'ok' ? state.data.preferredLabel : conceptId(target.occupation);
  return (
    <>
      {label} ({target.country})
    </>
  );
}

function useDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (iso: string) => format.format(new Date(iso));
}

type Action = 'decide' | 'decide_appeal' | 'appeal' | null;

/** One recognition case: status, deadlines, decision with reasons, steps, and the next action. */
export function CaseCard({
  recognitionCase: initial,
  viewer,
  title,
}: {
  recognitionCase: RecognitionCase;
  viewer: CaseViewer;
  title: (qualificationId: string) => string;
}) {
  const { t } = useTranslation();
  const date = useDate();
  const [c, setC] = useState(initial);
  const [action, setAction] = useState<Action>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const headingId = `case-${c.id}`;
  const now = Date.now();
  const overdue = c.dueAt !== null && Date.parse(c.dueAt) < now;
  const appealOpen = c.appealDeadline !== null && Date.parse(c.appealDeadline) >= now;
  const done = (updated: RecognitionCase) => {
    setC(updated);
    setNotice(
      t('recognition.stepDone', { status: t(`recognition.caseStatuses.${updated.status}`) }),
    );
    setAction(null);
    setError(null);
  };
  const startReview = async () => {
    try {
      done(await takeStep(c.id, { step: 'start_review' }));
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  const [suggested, setSuggested] = useState(c.evaluation?.outcome);

  return (
    <article className="case-card" aria-labelledby={headingId} data-case-status={c.status}>
      <h3 id={headingId}>
        <TargetLabel target={c.target} title={title} /> <CaseStatusBadge status={c.status} />
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('recognition.qualifications')}</dt>
          <dd>{c.qualificationIds.map(title).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('recognition.submitted')}</dt>
          <dd>{date(c.submittedAt)}</dd>
        </div>
        {c.dueAt && (
          <div>
            <dt>{t('recognition.decisionDue')}</dt>
            <dd>
              {date(c.dueAt)}
              {overdue && <strong className="field-error"> {t('recognition.overdue')}</strong>}
            </dd>
          </div>
        )}
        {c.outcome && (
          <div>
            <dt>{t('recognition.decision')}</dt>
            <dd>
              <OutcomeBadge outcome={c.outcome} />
              {c.decisionReasons && <p className="decision-reasons">{c.decisionReasons}</p>}
            </dd>
          </div>
        )}
        {c.appealDeadline && (
          <div>
            <dt>{t('recognition.appealUntil')}</dt>
            <dd>{date(c.appealDeadline)}</dd>
          </div>
        )}
      </dl>
      <details>
        <summary>{t('recognition.steps', { count: c.events.length })}</summary>
        <ol className="plain-list">
          {c.events.map((e, i) => (
            <li key={i}>
              {date(e.at)}: {t(`recognition.stepNames.${e.step}`, { defaultValue: e.step })}
              {typeof e.detail.grounds === 'string' && ` — ${e.detail.grounds}`}
            </li>
          ))}
        </ol>
      </details>
      <CaseEvaluation
        recognitionCase={c}
        mayRun={viewer === 'officer' && (c.status === 'in_review' || c.status === 'appealed')}
        title={title}
        onResult={(r) => setSuggested(r.outcome)}
      />
      {error && <ProblemMessage error={error} />}
      <p role="status" className="meta">
        {notice}
      </p>
      {action === null && (
        <div className="actions">
          {viewer === 'officer' && c.status === 'submitted' && (
            <button type="button" className="button primary" onClick={() => void startReview()}>
              {t('recognition.startReview')}
            </button>
          )}
          {viewer === 'officer' && c.status === 'in_review' && (
            <button type="button" className="button primary" onClick={() => setAction('decide')}>
              {t('recognition.decide')}
            </button>
          )}
          {viewer === 'officer' && c.status === 'appealed' && (
            <button
              type="button"
              className="button primary"
              onClick={() => setAction('decide_appeal')}
            >
              {t('recognition.decideAppeal')}
            </button>
          )}
          {viewer === 'applicant' && c.status === 'decided' && appealOpen && (
            <button type="button" className="button" onClick={() => setAction('appeal')}>
              {t('recognition.appeal')}
            </button>
          )}
        </div>
      )}
      {(action === 'decide' || action === 'decide_appeal') && (
        <DecideForm
          recognitionCase={c}
          step={action}
          suggested={suggested}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      )}
      {action === 'appeal' && (
        <AppealForm recognitionCase={c} onDone={done} onCancel={() => setAction(null)} />
      )}
    </article>
  );
}
