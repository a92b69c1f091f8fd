import { unprocessable } from '../shared/errors.js';

/** A broken partnership rule: a stable code, the field at fault and the reason, in plain words. */
export interface RuleViolation {
  code: string;
  field: string;
  reason: string;
}

/** Throws one unprocessable error naming every violated field (the first code is the error's). */
export function rejectViolations(violations: RuleViolation[], message: string): void {
  const [first] = violations;
  if (!first) return;
  throw unprocessable(
    first.code,
    `${message}: ${violations.map((v) => `${v.field} ${v.reason}`).join('; ')}`,
    violations.map(({ field, reason }) => ({ field, reason })),
  );
}

/** Whole days from `from` to `to` (ISO dates, `to` later → positive). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO date (YYYY-MM-DD, UTC) of an instant. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Checks that the dates present follow each other (equal dates are in order). */
export function datesInOrder(
  dates: { field: string; value: string | null | undefined }[],
  code: string,
): RuleViolation[] {
  const present = dates.filter((d): d is { field: string; value: string } => Boolean(d.value));
  const violations: RuleViolation[] = [];
  for (let i = 1; i < present.length; i++) {
    const before = present[i - 1] as { field: string; value: string };
    const after = present[i] as { field: string; value: string };
    if (after.value < before.value) {
      violations.push({
        code,
        field: after.field,
        reason: `must not be before ${before.field} (${before.value})`,
      });
    }
  }
  return violations;
}
