import type { ExitReason } from './stages.js';

/**
 * Exits that may be retaliation for a grievance of the person (docs/protection.md#retaliation):
 * a dismissal, or leaving the employer. Pure.
 */
const RETALIATION_EXITS: Partial<Record<ExitReason, 'dismissal' | 'exit'>> = {
  dismissed: 'dismissal',
  left_employer: 'exit',
};

/** How the protection area names the exit, or null when it cannot be retaliation. */
export const retaliationKindOf = (reason: ExitReason): 'dismissal' | 'exit' | null =>
  RETALIATION_EXITS[reason] ?? null;

/**
 * The moment an exit on a day counts from: the end of that day (a grievance filed earlier that
 * day comes before it), but never later than when it is recorded.
 */
export function exitMoment(occurredOn: string, recordedAt: Date): Date {
  const endOfDay = new Date(`${occurredOn}T23:59:59.999Z`);
  return endOfDay < recordedAt ? endOfDay : recordedAt;
}
