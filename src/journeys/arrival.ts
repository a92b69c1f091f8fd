import { daysBetween, type RuleViolation } from '../partnerships/rule-violation.js';
import {
  ARRIVAL_ITEMS,
  CHECK_IN_DAYS,
  type ArrivalItem,
  type CheckInDay,
} from './step-vocabulary.js';

/** An item of the arrival checklist, ticked on a day. */
export interface TickedItem {
  item: ArrivalItem;
  doneOn: string;
}

/** The checklist's state: every item with its date, and when it was all done. */
export function checklistState(ticked: readonly TickedItem[]) {
  const items = ARRIVAL_ITEMS.map((item) => ({
    item,
    doneOn: ticked.find((t) => t.item === item)?.doneOn ?? null,
  }));
  const dates = items.map((i) => i.doneOn);
  const complete = dates.every((d): d is string => d !== null);
  return { items, completedOn: complete ? dates.reduce((a, b) => (a > b ? a : b)) : null };
}

/** How many days before its date a check-in may be answered. */
export const CHECK_IN_OPENS_DAYS_BEFORE = 7;

/** The check-ins after arrival: when each is due, whether it is open, and the answer given. */
export function checkInSchedule(
  arrivedOn: string | null,
  answered: readonly { day: number; score: number; answer: string; answeredAt: Date }[],
  today: string,
) {
  return CHECK_IN_DAYS.map((day) => {
    const dueOn = arrivedOn ? addDays(arrivedOn, day) : null;
    const answer = answered.find((a) => a.day === day) ?? null;
    return {
      day,
      dueOn,
      open: dueOn !== null && !answer && daysBetween(today, dueOn) <= CHECK_IN_OPENS_DAYS_BEFORE,
      answer,
    };
  });
}

/** A check-in is answered once, from a week before its date, after arrival, with a 1–5 score. */
export function checkInViolations(
  day: number,
  arrivedOn: string | null,
  alreadyAnswered: readonly number[],
  today: string,
): RuleViolation[] {
  const code = 'arrival.check_in_not_open';
  if (!(CHECK_IN_DAYS as readonly number[]).includes(day)) {
    return [{ code, field: 'day', reason: `must be one of ${CHECK_IN_DAYS.join(', ')}` }];
  }
  if (!arrivedOn) return [{ code, field: 'day', reason: 'opens once the arrival is recorded' }];
  if (alreadyAnswered.includes(day)) {
    return [{ code: 'arrival.check_in_answered', field: 'day', reason: 'was already answered' }];
  }
  const dueOn = addDays(arrivedOn, day as CheckInDay);
  if (daysBetween(today, dueOn) > CHECK_IN_OPENS_DAYS_BEFORE) {
    return [{ code, field: 'day', reason: `opens a week before ${dueOn}` }];
  }
  return [];
}

/** The ISO date `days` after `from`. */
export function addDays(from: string, days: number): string {
  const at = new Date(`${from}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The ISO date `months` after `from` (the last day of a shorter month when needed). */
export function addMonths(from: string, months: number): string {
  const at = new Date(`${from}T00:00:00Z`);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + months);
  const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, last));
  return at.toISOString().slice(0, 10);
}
