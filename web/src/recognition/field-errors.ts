import type { ApiError } from '../api/client';

/** `body.experience.0.months` → `experience.months`: the field as a form names it. */
const formPath = (field: string) =>
  field
    .split(/[.[\]]/)
    .filter((part) => part && !/^\d+$/.test(part))
    .filter((part, i) => i > 0 || !['body', 'querystring', 'params'].includes(part))
    .join('.');

/** The reasons a problem+json response (or the form's own check) gives for one form field. */
export function fieldError(error: ApiError | null, ...names: string[]): string | undefined {
  if (!error) return undefined;
  const reasons = error.fields
    .filter((f) => names.includes(formPath(f.field)))
    .map((f) => f.reason);
  return reasons.length ? reasons.join('; ') : undefined;
}
