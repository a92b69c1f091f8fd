import type { ApiError } from '../api/client';

/** `body.skills.0.uri` → `skills.0.uri`: the field path as the profile form names it. */
const formPath = (field: string) =>
  field.replace(/\[(\d+)\]/g, '.$1').replace(/^(body|querystring|params)\./, '');

/** The reasons the server gave for the field and (unless `exact`) the fields inside it. */
export function reasonsFor(
  error: ApiError | null,
  prefix: string,
  exact = false,
): string | undefined {
  if (!error) return undefined;
  const reasons = error.fields
    .filter((f) => {
      const path = formPath(f.field);
      return path === prefix || (!exact && path.startsWith(`${prefix}.`));
    })
    .map((f) => f.reason);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/** A reason shown next to its input, announced to screen readers. */
export function FieldError({ id, reason }: { id?: string; reason: string | undefined }) {
  if (!reason) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {reason}
    </p>
  );
}
