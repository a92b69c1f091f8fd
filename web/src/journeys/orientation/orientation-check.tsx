import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/client';
import { FieldError, reasonFor, useSubmission } from '../../partnerships/form-support';
import { ProblemMessage } from '../../shell/status';
import { orientationPaths, type CheckResult, type ModuleToTake } from './orientation-api';

/** One module to read, then its check of understanding: one radio group per question. */
export function OrientationCheck(props: {
  journeyId: string;
  module: ModuleToTake;
  passedAt: string | null;
  answered: (result: CheckResult) => void;
}) {
  const { t } = useTranslation();
  const { module } = props;
  const [answers, setAnswers] = useState<(number | null)[]>(module.questions.map(() => null));
  const [result, setResult] = useState<CheckResult | null>(null);
  const { error, busy, run } = useSubmission();
  const titleId = `module-${module.id}-title`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const answered = await apiRequest<CheckResult>(
        orientationPaths.answers(props.journeyId, module.id),
        { method: 'POST', body: { answers } },
      );
      setResult(answered);
      props.answered(answered);
    });
  };

  return (
    <article className="orientation-module" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {module.title}
        {props.passedAt && <span className="badge"> {t('orientation.passed')}</span>}
      </h3>
      {module.body.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <form onSubmit={submit} className="stacked-form">
        <p className="muted">
          {t('orientation.passMark', {
            passMark: module.passMark,
            total: module.questions.length,
          })}
        </p>
        {module.questions.map((q, qi) => {
          const feedback = result?.feedback[qi];
          const reason = reasonFor(error, `answers.${qi}`);
          return (
            <fieldset key={qi} className="field">
              <legend>{q.prompt}</legend>
              {q.choices.map((choice, ci) => {
                const id = `m-${module.id}-q${qi}-c${ci}`;
                return (
                  <div key={ci} className="choice">
                    <input
                      type="radio"
                      id={id}
                      name={`m-${module.id}-q${qi}`}
                      required
                      checked={answers[qi] === ci}
                      onChange={() => setAnswers(answers.map((a, i) => (i === qi ? ci : a)))}
                    />
                    <label htmlFor={id}>{choice}</label>
                  </div>
                );
              })}
              {feedback && (
                <p className={feedback.correct ? 'status' : 'field-error'} role="status">
                  {feedback.correct
                    ? t('orientation.right')
                    : t('orientation.wrong', { answer: q.choices[feedback.answer] ?? '' })}{' '}
                  {feedback.explanation}
                </p>
              )}
              <FieldError id={`m-${module.id}-q${qi}-error`} reason={reason} />
            </fieldset>
          );
        })}
        {error && <ProblemMessage error={error} />}
        {result && (
          <p role="status" className={result.passed ? 'status' : 'field-error'}>
            {t(result.passed ? 'orientation.checkPassed' : 'orientation.checkFailed', {
              correct: result.correct,
              total: result.total,
            })}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {t('orientation.submit')}
        </button>
      </form>
    </article>
  );
}
