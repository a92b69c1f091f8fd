import type { FieldProblem } from '../../shared/errors.js';
import type { GrievanceStatus, HandlerStep } from './grievance-vocabulary.js';

// The states of a grievance and the steps between them (docs/protection.md#steps).

/** The statuses a step may be taken from, and the status it leads to (null: unchanged). */
const STEPS: Record<HandlerStep, { from: readonly GrievanceStatus[]; to: GrievanceStatus | null }> =
  {
    acknowledged: { from: ['filed'], to: 'acknowledged' },
    information_requested: {
      from: ['acknowledged', 'in_mediation'],
      to: 'awaiting_information',
    },
    referred: {
      from: ['filed', 'acknowledged', 'awaiting_information', 'in_mediation'],
      to: 'filed',
    },
    mediated: { from: ['acknowledged', 'awaiting_information'], to: 'in_mediation' },
    resolved: {
      from: ['acknowledged', 'awaiting_information', 'in_mediation'],
      to: 'resolved',
    },
    closed: {
      from: ['filed', 'acknowledged', 'awaiting_information', 'in_mediation', 'resolved'],
      to: 'closed',
    },
    reopened: { from: ['resolved', 'closed'], to: 'acknowledged' },
    disclosed: {
      from: ['filed', 'acknowledged', 'awaiting_information', 'in_mediation', 'resolved', 'closed'],
      to: null,
    },
  };

/** What a handler sends with a step. */
export interface StepInput {
  step: HandlerStep;
  note: string | null;
  /** For `referred`: the organisation that takes the case over. */
  referTo: { kind: string; organisationId: string } | null;
}

/** Whether the step may be taken now, and what it needs; empty when it may. */
export function stepViolations(status: GrievanceStatus, input: StepInput): FieldProblem[] {
  const rule = STEPS[input.step];
  const problems: FieldProblem[] = [];
  if (!rule.from.includes(status)) {
    problems.push({ field: 'step', reason: `cannot be taken from status ${status}` });
  }
  const needsNote =
    input.step === 'resolved' ||
    input.step === 'disclosed' ||
    input.step === 'information_requested';
  if (needsNote && !input.note?.trim()) {
    const what = input.step === 'resolved' ? 'the remedy' : 'what is said';
    problems.push({ field: 'note', reason: `must state ${what}` });
  }
  if (input.step === 'referred' && input.referTo === null) {
    problems.push({ field: 'referTo', reason: 'names the body that takes the case over' });
  }
  return problems;
}

/** The status after a step. */
export function statusAfter(status: GrievanceStatus, step: HandlerStep): GrievanceStatus {
  return STEPS[step].to ?? status;
}

/** The person answers a request for information: the case goes back to its handler. */
export function informationViolations(status: GrievanceStatus): FieldProblem[] {
  return status === 'resolved' || status === 'closed'
    ? [{ field: 'note', reason: 'the case is no longer open; appeal it instead' }]
    : [];
}

/** An appeal is open to the person once the case is resolved or closed. */
export const canAppeal = (status: GrievanceStatus) => status === 'resolved' || status === 'closed';

/** Months after a grievance during which a dismissal or exit of the person counts as possible retaliation. */
export const RETALIATION_MONTHS = 6;

/** Whether an exit or dismissal on `eventOn` falls within the retaliation window of a grievance. */
export function withinRetaliationWindow(filedAt: Date, eventOn: Date): boolean {
  if (eventOn < filedAt) return false;
  const end = new Date(filedAt);
  end.setUTCMonth(end.getUTCMonth() + RETALIATION_MONTHS);
  return eventOn <= end;
}
