import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import type { ApiError } from '../api/client';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../shell/status';
import { EvaluationResult } from './evaluation-result';
import { asApiError } from './form-problem';
import { HeadingLevel } from './heading';
import type {
  EvidencedSkill,
  RecognitionCase,
  RecognitionResult,
  Registry,
} from './recognition-api';
import { recognitionPaths } from './recognition-api';

function ResultWithFrameworks({
  result,
  title,
}: {
  result: RecognitionResult;
  title: (id: string) => string;
}) {
  const registry = useApi<Registry>(recognitionPaths.frameworks());
  const frameworks = new Map(
    registry.status === 'ok' ? registry.data.frameworks.map((f) => [f.id, f]) : [],
  );
  return (
    <HeadingLevel level={4}>
      <EvaluationResult result={result} frameworks={frameworks} qualificationTitle={title} />
    </HeadingLevel>
  );
}

/**
 * The engine's evaluation of a case: the one recorded with the decision, or, for the officer
 * reviewing it, one run now on the case's target and qualifications to inform the decision.
 */
export function CaseEvaluation({
  recognitionCase: c,
  mayRun,
  title,
  onResult,
}: {
  recognitionCase: RecognitionCase;
  mayRun: boolean;
  title: (id: string) => string;
  onResult: (result: RecognitionResult) => void;
}) {
  const { t } = useTranslation();
  const [fresh, setFresh] = useState<RecognitionResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);
  const shown = fresh ?? c.evaluation;

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      // The same inputs the decision records: the qualifications and the applicant's RPL evidence.
      const rpl = await apiRequest<{ skills: EvidencedSkill[] }>(
        recognitionPaths.rpl(c.applicantUserId),
      );
      const result = await apiRequest<RecognitionResult>(recognitionPaths.evaluate(), {
        method: 'POST',
        body: { target: c.target, qualificationIds: c.qualificationIds, skills: rpl.skills },
      });
      setFresh(result);
      onResult(result);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      {error && <ProblemMessage error={error} />}
      {mayRun && !fresh && (
        <button type="button" className="button" disabled={running} onClick={() => void run()}>
          {t('recognition.runEngine')}
        </button>
      )}
      {shown && (
        <details open={fresh !== null}>
          <summary>
            {fresh ? t('recognition.engineNow') : t('recognition.recordedEvaluation')}
          </summary>
          <ResultWithFrameworks result={shown} title={title} />
        </details>
      )}
    </>
  );
}
