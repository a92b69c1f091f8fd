import { datesInOrder, daysBetween, type RuleViolation } from '../partnerships/rule-violation.js';
import type { PermitKind, PermitOutcome } from './step-vocabulary.js';

/** A visa or permit application (docs/journeys-steps.md#visa). */
export interface PermitApplication {
  kind: PermitKind;
  authority: string;
  appliedOn: string;
  dueOn: string | null;
  outcome: PermitOutcome;
  decidedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** Dates follow each other; a decision has its date; a granted permit its validity. */
export function permitViolations(p: PermitApplication): RuleViolation[] {
  const code = 'permit.invalid_application';
  const violations = [
    ...datesInOrder(
      [
        { field: 'appliedOn', value: p.appliedOn },
        { field: 'decidedOn', value: p.decidedOn },
      ],
      code,
    ),
    ...datesInOrder(
      [
        { field: 'validFrom', value: p.validFrom },
        { field: 'validUntil', value: p.validUntil },
      ],
      code,
    ),
  ];
  const decided = p.outcome !== 'pending';
  if (decided && !p.decidedOn) {
    violations.push({
      code,
      field: 'decidedOn',
      reason: `is required once the outcome is ${p.outcome}`,
    });
  }
  if (!decided && p.decidedOn) {
    violations.push({
      code,
      field: 'decidedOn',
      reason: 'must be empty while the outcome is pending',
    });
  }
  if (p.outcome === 'granted' && !p.validUntil) {
    violations.push({ code, field: 'validUntil', reason: 'is required for a granted permit' });
  }
  if (p.outcome !== 'granted' && (p.validFrom || p.validUntil)) {
    violations.push({
      code,
      field: p.validFrom ? 'validFrom' : 'validUntil',
      reason: 'only a granted permit has a validity',
    });
  }
  return violations;
}

/** Days before a granted permit expires at which the person and coordinators are reminded. */
export const EXPIRY_REMINDER_DAYS = [60, 30, 7] as const;
/** Days before a pending application's due date at which they are reminded. */
export const DUE_REMINDER_DAYS = [14, 3] as const;

/** A reminder to queue: which application, its idempotency key and what it is about. */
export interface DueReminder {
  applicationId: string;
  /** `expiry:30`, `due:3`: one reminder per application and threshold, ever. */
  key: string;
  about: 'expiry' | 'due';
  date: string;
  daysLeft: number;
}

/**
 * The reminders due on `today`: for each application, the tightest threshold it has crossed and
 * not yet been reminded of (a job that did not run for a while sends one reminder, not three).
 */
export function dueReminders(
  applications: readonly (PermitApplication & { id: string })[],
  sentKeys: ReadonlySet<string>,
  today: string,
): DueReminder[] {
  const reminders: DueReminder[] = [];
  for (const a of applications) {
    const watch =
      a.outcome === 'granted' && a.validUntil
        ? { about: 'expiry' as const, date: a.validUntil, thresholds: EXPIRY_REMINDER_DAYS }
        : a.outcome === 'pending' && a.dueOn
          ? { about: 'due' as const, date: a.dueOn, thresholds: DUE_REMINDER_DAYS }
          : null;
    if (!watch) continue;
    const daysLeft = daysBetween(today, watch.date);
    if (daysLeft < 0) continue;
    const crossed = watch.thresholds.filter((t) => daysLeft <= t);
    const tightest = crossed[crossed.length - 1];
    if (tightest === undefined) continue;
    const key = `${watch.about}:${tightest}`;
    if (sentKeys.has(`${a.id}/${key}`)) continue;
    reminders.push({ applicationId: a.id, key, about: watch.about, date: watch.date, daysLeft });
  }
  return reminders;
}

/** The reminder's words (no personal data beyond what the recipient already holds). */
export function reminderText(r: DueReminder, kind: PermitKind): { subject: string; body: string } {
  const what = kind.replace('_', ' ');
  return r.about === 'expiry'
    ? {
        subject: `Your ${what} expires in ${r.daysLeft} days`,
        body: `The ${what} recorded on your journey is valid until ${r.date}. Ask for its renewal in time, and tell your partnership contact if you need help.`,
      }
    : {
        subject: `Your ${what} application: ${r.daysLeft} days to the deadline`,
        body: `The ${what} application recorded on your journey has a deadline on ${r.date}. Check that every document has been sent.`,
      };
}
