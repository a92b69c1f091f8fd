import { datesInOrder, type RuleViolation } from '../partnerships/rule-violation.js';
import { addMonths } from './arrival.js';
import {
  FOLLOW_UP_MONTHS,
  type FollowUpStatus,
  type ReintegrationPathway,
} from './step-vocabulary.js';

/** Planned and actual return (docs/journeys-steps.md#return). */
export interface ReturnDates {
  plannedOn: string | null;
  returnedOn: string | null;
}

/** An actual return is not in the future. */
export function returnViolations(r: ReturnDates, today: string): RuleViolation[] {
  const code = 'return.invalid_dates';
  if (!r.plannedOn && !r.returnedOn) {
    return [{ code, field: 'plannedOn', reason: 'or returnedOn must be given' }];
  }
  return r.returnedOn && r.returnedOn > today
    ? [{ code, field: 'returnedOn', reason: 'cannot be in the future; plan it as plannedOn' }]
    : [];
}

/** A reintegration plan: a job, a business or further study, from a date. */
export interface ReintegrationPlan {
  pathway: ReintegrationPathway;
  goal: string;
  startsOn: string;
}

/** The plan starts on or after the return. */
export function planViolations(
  plan: ReintegrationPlan,
  returnedOn: string | null,
): RuleViolation[] {
  return datesInOrder(
    [
      { field: 'returnedOn', value: returnedOn },
      { field: 'startsOn', value: plan.startsOn },
    ],
    'reintegration.invalid_plan',
  );
}

/** A follow-up recorded at 3, 6 or 12 months. */
export interface FollowUp {
  month: number;
  status: FollowUpStatus;
  note: string;
  recordedOn: string;
}

/** The follow-ups of a plan: each month's date, and what was recorded. */
export function followUpSchedule(startsOn: string, recorded: readonly FollowUp[]) {
  return FOLLOW_UP_MONTHS.map((month) => ({
    month,
    dueOn: addMonths(startsOn, month),
    followUp: recorded.find((f) => f.month === month) ?? null,
  }));
}

/** A follow-up is for 3, 6 or 12 months, once, and not before a month ahead of its date. */
export function followUpViolations(
  month: number,
  startsOn: string,
  recordedMonths: readonly number[],
  today: string,
): RuleViolation[] {
  const code = 'reintegration.invalid_follow_up';
  if (!(FOLLOW_UP_MONTHS as readonly number[]).includes(month)) {
    return [{ code, field: 'month', reason: `must be one of ${FOLLOW_UP_MONTHS.join(', ')}` }];
  }
  if (recordedMonths.includes(month)) {
    return [
      { code: 'reintegration.follow_up_recorded', field: 'month', reason: 'was already recorded' },
    ];
  }
  const opens = addMonths(startsOn, month - 1);
  return today < opens ? [{ code, field: 'month', reason: `opens on ${opens}` }] : [];
}
