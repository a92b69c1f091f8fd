import type { ReactNode } from 'react';
import { FieldError } from './field-error';

/** `''` → undefined, anything else → a number (NaN stays, so that the server names the field). */
export const numberOrUndefined = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.trim().replace(',', '.'));

/** `''` → undefined: optional text fields are left out rather than sent empty. */
export const textOrUndefined = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text;

/** The props every labelled field shares: its id, label and the server's reason, if any. */
interface FieldProps {
  id: string;
  label: string;
  reason: string | undefined;
  hint?: string;
}

/** Wraps one control with its label, hint and error; the control is described by both. */
function Field({
  id,
  label,
  reason,
  hint,
  children,
}: FieldProps & { children: (described: string | undefined) => ReactNode }) {
  const described =
    [hint ? `${id}-hint` : '', reason ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="meta">
          {hint}
        </p>
      )}
      {children(described)}
      <FieldError id={`${id}-error`} reason={reason} />
    </div>
  );
}

/** A labelled text input (also dates and numbers) whose server error is announced beside it. */
export function TextField({
  value,
  onChange,
  type = 'text',
  numeric = false,
  multiline = false,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  numeric?: boolean;
  multiline?: boolean;
}) {
  return (
    <Field {...field}>
      {(described) =>
        multiline ? (
          <textarea
            id={field.id}
            value={value}
            rows={4}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={field.reason ? true : undefined}
            aria-describedby={described}
          />
        ) : (
          <input
            id={field.id}
            type={type}
            inputMode={numeric ? 'decimal' : undefined}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={field.reason ? true : undefined}
            aria-describedby={described}
          />
        )
      }
    </Field>
  );
}

/** A labelled select over `[value, label]` options; `blank` adds a first, empty choice. */
export function SelectField({
  value,
  onChange,
  options,
  blank,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  blank?: string;
}) {
  return (
    <Field {...field}>
      {(described) => (
        <select
          id={field.id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={field.reason ? true : undefined}
          aria-describedby={described}
        >
          {blank !== undefined && <option value="">{blank}</option>}
          {options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
