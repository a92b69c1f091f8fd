import type { JourneyState } from './journey.js';
import type { CompletionEvidence, ProgrammePlan } from './programme-completion.js';

/** What a provider's enrolment of a person says to the person's journeys. Pure. */
export interface EnrolmentFacts {
  enrolmentId: string;
  programmeId: string;
  enrolledOn: string;
}

/** The enrolment as evidence: `training_enrolment`, valued with the programme. */
const evidenceOf = (facts: EnrolmentFacts): CompletionEvidence[] => [
  {
    kind: 'training_enrolment',
    value: facts.programmeId,
    occurredOn: facts.enrolledOn,
    detail: { programmeEnrolmentId: facts.enrolmentId },
  },
];

/**
 * The plan for an enrolment (docs/journeys.md#opening-journeys): without a journey, one opens at
 * `in_training` as a `programme_enrolment`; a journey at `selected` moves to `in_training`.
 * Anything else (later stages, an ended journey, a day before the current stage began, a day
 * after today) is left as it is.
 */
export function planForEnrolment(
  state: JourneyState | null,
  facts: EnrolmentFacts,
  today: string,
): ProgrammePlan {
  if (facts.enrolledOn > today) return { kind: 'none', why: 'enrolled after today' };
  if (!state) return { kind: 'open', stage: 'in_training', evidence: evidenceOf(facts) };
  if (state.status !== 'active') return { kind: 'none', why: `the journey is ${state.status}` };
  if (facts.enrolledOn < state.stageSince)
    return { kind: 'none', why: 'enrolled before the current stage began' };
  if (state.stage === 'selected')
    return { kind: 'advance', to: 'in_training', evidence: evidenceOf(facts) };
  return { kind: 'none', why: `nothing follows from ${state.stage} by an enrolment` };
}
