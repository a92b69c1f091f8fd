import type { PersonOutcome, RunInput, RunOutcome } from './cohort-snapshot.js';

/** One person's outcome as scripts read it: the slot with its occupation, the score, the reason. */
export interface ReportedAssignment {
  candidateId: string;
  slotId: string | null;
  slotLabel: string | null;
  slotKind: string | null;
  /** The priority occupation the slot's link fills (ISCO-08 code or ESCO URI). */
  slotOccupation: string | null;
  score: number | null;
  reasonCode: string;
  reason: string;
}

/** A finished run as JSON (`passerelle allocate --json`): figures, quota prices, every person. */
export interface RunReport {
  runId: string;
  partnershipId: string;
  mode: RunInput['mode'];
  seed: number;
  scoreModel: string;
  candidates: number;
  slots: number;
  assigned: number;
  unassigned: number;
  objective: number;
  /** Mean score of the people assigned, 0–100 (null when nobody is). */
  meanScore: number | null;
  dualBound: number | null;
  gap: number | null;
  quotaPrices: { constraint: string; price: number; unit: string }[];
  assignments: ReportedAssignment[];
}

function reported(input: RunInput, person: PersonOutcome): ReportedAssignment {
  const candidate = input.problem.candidates[person.candidateIndex];
  const slot = person.slotIndex >= 0 ? input.problem.slots[person.slotIndex] : undefined;
  return {
    candidateId: candidate?.id ?? '',
    slotId: slot?.id ?? null,
    slotLabel: slot?.label ?? null,
    slotKind: slot?.kind ?? null,
    slotOccupation: slot?.occupation ?? null,
    score: slot ? person.score : null,
    reasonCode: person.reasonCode,
    reason: person.reason,
  };
}

/** The report of a run that produced an assignment (null otherwise). Pure. */
export function runReport(
  run: { id: string; partnershipId: string },
  input: RunInput,
  outcome: RunOutcome,
): RunReport | null {
  if (outcome.kind !== 'assignment') return null;
  const assignments = outcome.people.map((p) => reported(input, p));
  const scores = assignments.flatMap((a) =>
    a.slotId !== null && a.score !== null ? [a.score] : [],
  );
  return {
    runId: run.id,
    partnershipId: run.partnershipId,
    mode: input.mode,
    seed: input.seed,
    scoreModel: input.scoreModel,
    candidates: input.problem.candidates.length,
    slots: input.problem.slots.length,
    assigned: scores.length,
    unassigned: assignments.length - scores.length,
    objective: outcome.objective,
    meanScore:
      scores.length === 0
        ? null
        : Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 100) / 100,
    dualBound: outcome.dualBound,
    gap: outcome.gap,
    quotaPrices: outcome.quotaPrices,
    assignments,
  };
}
