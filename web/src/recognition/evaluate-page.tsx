import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import type { ApiError } from '../api/client';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { Loaded, ProblemMessage } from '../shell/status';
import {
  EvaluateForm,
  draftProblems,
  toRequest,
  type Country,
  type EvaluateDraft,
} from './evaluate-form';
import { EvaluationResult } from './evaluation-result';
import { asApiError, FormProblem, formCheckError } from './form-problem';
import type {
  Qualification,
  RecognitionCase,
  RecognitionResult,
  Registry,
} from './recognition-api';
import { recognitionPaths, recognitionRoutes } from './recognition-api';
import { isCandidate, RecognitionNav } from './recognition-nav';

/** After an evaluation, a candidate may apply for recognition of the same qualifications. */
function ApplyForRecognition({ draft }: { draft: EvaluateDraft }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  if (draft.qualificationIds.length === 0) return null;
  const apply = async () => {
    setState('sending');
    setError(null);
    try {
      const r = toRequest(draft);
      await apiRequest<RecognitionCase>(recognitionPaths.cases(), {
        method: 'POST',
        body: { target: r.target, qualificationIds: r.qualificationIds },
      });
      setState('sent');
    } catch (e) {
      setError(asApiError(e));
      setState('idle');
    }
  };
  return (
    <section aria-labelledby="apply" className="concept-section">
      <h2 id="apply">{t('recognition.applyTitle')}</h2>
      {error && <ProblemMessage error={error} />}
      {state === 'sent' ? (
        <p role="status">
          {t('recognition.applied')}{' '}
          <Link to={recognitionRoutes.myCases()}>{t('recognition.nav.myCases')}</Link>
        </p>
      ) : (
        <>
          <p>{t('recognition.applyText')}</p>
          <button
            type="button"
            className="button primary"
            disabled={state === 'sending'}
            onClick={() => void apply()}
          >
            {t('recognition.apply')}
          </button>
        </>
      )}
    </section>
  );
}

/** /recognition/evaluate — what would count, for which target, and what closes the gap. */
export function EvaluatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const qualifications = useApi<{ qualifications: Qualification[] }>(
    recognitionPaths.qualifications(),
  );
  const countries = useApi<{ countries: Country[] }>(recognitionPaths.countries());
  const registry = useApi<Registry>(recognitionPaths.frameworks());
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<{
    result: RecognitionResult;
    draft: EvaluateDraft;
    run: number;
  }>();
  const resultRegion = useRef<HTMLDivElement>(null);

  const evaluate = async (draft: EvaluateDraft) => {
    const problems = draftProblems(draft);
    if (problems.length) {
      setError(formCheckError(problems));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const result = await apiRequest<RecognitionResult>(recognitionPaths.evaluate(), {
        method: 'POST',
        body: toRequest(draft),
      });
      setOutcome((o) => ({ result, draft, run: (o?.run ?? 0) + 1 }));
      requestAnimationFrame(() => resultRegion.current?.focus());
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setSubmitting(false);
    }
  };

  const frameworks = new Map(
    registry.status === 'ok' ? registry.data.frameworks.map((f) => [f.id, f]) : [],
  );
  const titles = new Map(
    qualifications.status === 'ok'
      ? qualifications.data.qualifications.map((q) => [q.id, q.title])
      : [],
  );

  return (
    <section aria-labelledby="evaluate-title" className="recognition-area">
      <title>{`${t('recognition.evaluateTitle')} · ${t('app.name')}`}</title>
      <h1 id="evaluate-title">{t('recognition.evaluateTitle')}</h1>
      <RecognitionNav />
      <p>{t('recognition.evaluateIntro')}</p>
      <Loaded state={qualifications}>
        {(q) => (
          <Loaded state={countries}>
            {(c) => (
              <EvaluateForm
                qualifications={q.qualifications}
                countries={c.countries}
                submitting={submitting}
                error={error}
                onSubmit={(d) => void evaluate(d)}
              />
            )}
          </Loaded>
        )}
      </Loaded>
      <FormProblem error={error} title={t('recognition.evaluateFailed')} />
      <div ref={resultRegion} tabIndex={-1}>
        {outcome && (
          <>
            <EvaluationResult
              result={outcome.result}
              frameworks={frameworks}
              qualificationTitle={(id) => titles.get(id) ?? id}
            />
            {isCandidate(me) && <ApplyForRecognition key={outcome.run} draft={outcome.draft} />}
          </>
        )}
      </div>
    </section>
  );
}
