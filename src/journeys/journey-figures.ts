import type { JourneyState } from './journey.js';
import { STAGES, stageIndex, type Stage } from './stages.js';

/** The compact figures a journey row keeps for the cohort statistics (docs/journeys.md#stats). */
export interface JourneyFigures {
  /** Bit i set when stage i of STAGES was reached. */
  reached: number;
  /** Days spent in each stage the journey moved on from, by position in STAGES (null: not left). */
  stageDays: (number | null)[];
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The figures of a state: stages reached, and time in each stage left by a move. */
export function figuresOf(state: JourneyState): JourneyFigures {
  const stageDays: (number | null)[] = STAGES.map(() => null);
  let reached = 0;
  let current: { stage: Stage; since: string } | null = null;
  for (const e of state.effective) {
    const body = e.body;
    if (body.type === 'opened') current = { stage: body.stage, since: e.occurredOn };
    else if (body.type === 'advanced' && current) {
      stageDays[stageIndex(current.stage)] = daysBetween(current.since, e.occurredOn);
      current = { stage: body.to, since: e.occurredOn };
    }
    if (current) reached |= 1 << stageIndex(current.stage);
  }
  return { reached, stageDays };
}

/** The stages whose bit is set in a `reached` mask. */
export const stagesReached = (reached: number): Stage[] =>
  STAGES.filter((_, i) => (reached & (1 << i)) !== 0);
