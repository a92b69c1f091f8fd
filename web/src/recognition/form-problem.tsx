import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { ProblemField } from '../api/client';
import { ProblemMessage } from '../shell/status';

/** Any failure of an API call, as an ApiError. */
export const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) });

/** Marks an error found by the form itself, before anything was sent. */
const formCheckCode = 'form.invalid';

/** The form's own check, shaped like a problem+json answer so errors land on the same fields. */
export const formCheckError = (fields: ProblemField[]) =>
  new ApiError({ status: 400, code: formCheckCode, fields });

/**
 * Above a form: the server's problem in full, or for the form's own check only a short line,
 * since each reason already stands next to its field.
 */
export function FormProblem({ error, title }: { error: ApiError | null; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.code === formCheckCode)
    return (
      <p className="field-error" role="alert">
        {t('recognition.fixFields')}
      </p>
    );
  return <ProblemMessage error={error} title={title} />;
}
