import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { FieldError, invalidProps, reasonFor } from '../../partnerships/form-support';
import type { CheckQuestion } from './orientation-api';

/** One question of a check: its prompt, its choices (one per line), the right one and why. */
export function QuestionEditor(props: {
  index: number;
  question: CheckQuestion;
  error: ApiError | null;
  change: (q: CheckQuestion) => void;
  remove: () => void;
}) {
  const { t } = useTranslation();
  const { index: i, question: q } = props;
  const id = (name: string) => `question-${i}-${name}`;
  const reason = (name: string) => reasonFor(props.error, `questions.${i}.${name}`);
  return (
    <fieldset className="question-editor">
      <legend>{t('orientation.editor.question', { n: i + 1 })}</legend>
      <div className="field">
        <label htmlFor={id('prompt')}>{t('orientation.editor.prompt')}</label>
        <input
          id={id('prompt')}
          required
          value={q.prompt}
          onChange={(e) => props.change({ ...q, prompt: e.target.value })}
          {...invalidProps(id('prompt-error'), reason('prompt'))}
        />
        <FieldError id={id('prompt-error')} reason={reason('prompt')} />
      </div>
      <div className="field">
        <label htmlFor={id('choices')}>{t('orientation.editor.choices')}</label>
        <textarea
          id={id('choices')}
          required
          rows={Math.max(3, q.choices.length + 1)}
          value={q.choices.join('\n')}
          onChange={(e) => props.change({ ...q, choices: e.target.value.split('\n') })}
          {...invalidProps(id('choices-error'), reason('choices'))}
        />
        <FieldError id={id('choices-error')} reason={reason('choices')} />
      </div>
      <div className="field">
        <label htmlFor={id('answer')}>{t('orientation.editor.answer')}</label>
        <select
          id={id('answer')}
          value={q.answer}
          onChange={(e) => props.change({ ...q, answer: Number(e.target.value) })}
          {...invalidProps(id('answer-error'), reason('answer'))}
        >
          {q.choices.map((c, ci) => (
            <option key={ci} value={ci}>
              {c || `#${ci + 1}`}
            </option>
          ))}
        </select>
        <FieldError id={id('answer-error')} reason={reason('answer')} />
      </div>
      <div className="field">
        <label htmlFor={id('explanation')}>{t('orientation.editor.explanation')}</label>
        <input
          id={id('explanation')}
          value={q.explanation}
          onChange={(e) => props.change({ ...q, explanation: e.target.value })}
        />
      </div>
      <button type="button" className="button" onClick={props.remove}>
        {t('orientation.editor.removeQuestion', { n: i + 1 })}
      </button>
    </fieldset>
  );
}
