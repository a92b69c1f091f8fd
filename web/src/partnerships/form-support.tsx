import { useState, type InputHTMLAttributes } from 'react';
import { ApiError } from '../api/client';

/** `body.scores.care` → `scores.care`: the field path as the forms name it. */
const formPath = (field: string) =>
  field.replace(/\[(\d+)\]/g, '.$1').replace(/^(body|querystring|params)\./, '');

/** The reasons the server gave for a field and the fields inside it. */
export function reasonFor(error: ApiError | null, field: string): string | undefined {
  if (!error) return undefined;
  const reasons = error.fields
    .filter((f) => {
      const path = formPath(f.field);
      return path === field || path.startsWith(`${field}.`);
    })
    .map((f) => f.reason);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/** A reason shown next to its input, announced to screen readers. */
export function FieldError({ id, reason }: { id: string; reason: string | undefined }) {
  if (!reason) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {reason}
    </p>
  );
}

/** Props tying an input to its error line: aria-invalid and aria-describedby. */
export const invalidProps = (id: string, reason: string | undefined) =>
  reason ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};

/** A form submission: busy while it runs, the server's problem when it fails. */
export function useSubmission() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (send: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

/** A labelled input with an optional hint and the server's reason next to it. */
export function InputField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  reason: string | undefined;
  type?: 'text' | 'date' | 'number';
  required?: boolean;
  hint?: string;
  /** Further attributes of the input: `min`, `step`, `inputMode`, `maxLength`. */
  inputProps?: Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'min' | 'max' | 'step' | 'inputMode' | 'maxLength'
  >;
}) {
  const { id, reason, hint } = props;
  const described = [hint ? `${id}-hint` : '', reason ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
      <input
        {...props.inputProps}
        id={id}
        type={props.type ?? 'text'}
        required={props.required}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={reason ? true : undefined}
        aria-describedby={described || undefined}
      />
      <FieldError id={`${id}-error`} reason={reason} />
    </div>
  );
}
