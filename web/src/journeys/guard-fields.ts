import type { ApiError } from '../api/client';

/** The last part of a problem field path: `body.evidence.signed_contract` → `signed_contract`. */
const leaf = (field: string) =>
  field
    .split(/[.[\]]/)
    .filter(Boolean)
    .pop() ?? field;

/** The reasons the server gave for one form field or evidence kind (a failed guard names it). */
export function guardReason(error: ApiError | null, name: string): string | undefined {
  if (!error) return undefined;
  const reasons = error.fields.filter((f) => leaf(f.field) === name).map((f) => f.reason);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}
