import { PasserelleError, type FieldProblem } from '../shared/errors.js';

/** Stable codes of the recognition area's rule violations (docs/recognition.md, "Bad input"). */
export type RecognitionProblemCode =
  | 'recognition.unknown_framework'
  | 'recognition.unknown_framework_level'
  | 'recognition.duplicate_framework_level'
  | 'recognition.qualification_without_framework'
  | 'recognition.referencing_cycle'
  | 'recognition.referencing_conflict'
  | 'recognition.referencing_not_monotone'
  | 'recognition.referencing_empty'
  | 'recognition.agreement_empty_scope'
  | 'recognition.agreement_inverted_dates'
  | 'recognition.agreement_missing_measures'
  | 'recognition.agreement_same_party';

/** One broken rule, naming the field at fault so that the caller can show it next to the input. */
export interface RecognitionProblem {
  code: RecognitionProblemCode;
  field: string;
  reason: string;
}

/** Shorthand used by the validators. */
export const problem = (
  code: RecognitionProblemCode,
  field: string,
  reason: string,
): RecognitionProblem => ({ code, field, reason });

/**
 * Turns validation problems into one error (422) carrying every field at fault; the code is the
 * first problem's so that clients can branch on it. Does nothing when there is no problem.
 */
export function assertNoProblems(problems: readonly RecognitionProblem[]): void {
  const first = problems[0];
  if (!first) return;
  const fields: FieldProblem[] = problems.map(({ field, reason }) => ({ field, reason }));
  const message = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  throw new PasserelleError('unprocessable', first.code, message, fields);
}
