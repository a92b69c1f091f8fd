import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { reasonFor } from '../partnerships/form-support';
import { ProblemMessage } from '../shell/status';

/** `''` → null: an empty optional date is sent as "none". */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** A draft's setter per field, for the forms' `onChange`. */
export function useDraft<T extends Record<string, string>>(initial: () => T) {
  const [draft, setDraft] = useState<T>(initial);
  const set = (key: keyof T) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return { draft, set };
}

/**
 * A form of the journey's steps: its fields, the submit button, and the server's problem when it
 * names none of the fields shown (a 403, a 404, a rule on a field the form does not hold).
 */
export function StepForm(props: {
  label: string;
  submitLabel: string;
  fields: readonly string[];
  error: ApiError | null;
  busy: boolean;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { error } = props;
  const onAField = props.fields.some((f) => reasonFor(error, f) !== undefined);
  return (
    <form
      aria-label={props.label}
      className="journey-step-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
      {error && !onAField && <ProblemMessage error={error} />}
      <div className="journey-form-actions">
        <button type="submit" className="button primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel}>
            {t('journeys.steps.forms.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** A button opening one of the steps' forms in place; the form closes on cancel. */
export function Disclosed({
  label,
  name,
  children,
}: {
  label: string;
  /** A fuller accessible name when the visible label is short ("Update"). */
  name?: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (open) return <>{children(() => setOpen(false))}</>;
  return (
    <button type="button" className="button" aria-label={name} onClick={() => setOpen(true)}>
      {label}
    </button>
  );
}
