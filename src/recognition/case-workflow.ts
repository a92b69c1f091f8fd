import { PasserelleError } from '../shared/errors.js';
import type { RecognitionOutcome } from './outcome.js';

/** Where a recognition case stands (docs/recognition.md, "Recognition cases"). */
export type CaseStatus = 'submitted' | 'in_review' | 'decided' | 'appealed' | 'appeal_decided';

/** The steps of a case, each taken by the applicant or by a recognition officer. */
export type CaseStep =
  | { step: 'start_review' }
  | { step: 'decide'; outcome: RecognitionOutcome; reasons: string }
  | { step: 'appeal'; grounds: string }
  | { step: 'decide_appeal'; outcome: RecognitionOutcome; reasons: string };

/** Deadlines, in days, as data. */
export const CASE_DEADLINES = { decisionDays: 90, appealWindowDays: 30, appealDecisionDays: 60 };

/** The part of a case the workflow reads and changes. */
export interface CaseState {
  status: CaseStatus;
  dueAt: Date | null;
  appealDeadline: Date | null;
  outcome: RecognitionOutcome | null;
  decisionReasons: string | null;
}

const DAY = 24 * 60 * 60 * 1000;
const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY);

/** Which status each step starts from, and who takes it. */
export const STEP_RULES = {
  start_review: { from: 'submitted', by: 'officer' },
  decide: { from: 'in_review', by: 'officer' },
  appeal: { from: 'decided', by: 'applicant' },
  decide_appeal: { from: 'appealed', by: 'officer' },
} as const satisfies Record<CaseStep['step'], { from: CaseStatus; by: 'officer' | 'applicant' }>;

/** A new case as submitted at `now`, due for decision within the deadline. */
export const submittedCase = (now: Date): CaseState => ({
  status: 'submitted',
  dueAt: addDays(now, CASE_DEADLINES.decisionDays),
  appealDeadline: null,
  outcome: null,
  decisionReasons: null,
});

/** Applies one step at `now`, or throws a 409 with a stable code when the step is not allowed. */
export function takeStep(state: CaseState, step: CaseStep, now: Date): CaseState {
  const rule = STEP_RULES[step.step];
  if (state.status !== rule.from)
    throw new PasserelleError(
      'conflict',
      'recognition.case_step_not_allowed',
      `A case that is ${state.status} cannot take the step ${step.step}.`,
    );
  switch (step.step) {
    case 'start_review':
      return { ...state, status: 'in_review' };
    case 'decide':
      return {
        ...state,
        status: 'decided',
        dueAt: null,
        outcome: step.outcome,
        decisionReasons: step.reasons,
        appealDeadline: addDays(now, CASE_DEADLINES.appealWindowDays),
      };
    case 'appeal':
      if (state.appealDeadline && now > state.appealDeadline)
        throw new PasserelleError(
          'conflict',
          'recognition.appeal_window_closed',
          `The appeal window closed on ${state.appealDeadline.toISOString().slice(0, 10)}.`,
        );
      return {
        ...state,
        status: 'appealed',
        dueAt: addDays(now, CASE_DEADLINES.appealDecisionDays),
      };
    case 'decide_appeal':
      return {
        ...state,
        status: 'appeal_decided',
        dueAt: null,
        appealDeadline: null,
        outcome: step.outcome,
        decisionReasons: step.reasons,
      };
  }
}
