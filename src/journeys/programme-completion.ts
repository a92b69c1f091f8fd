import type { EvidenceKind } from './evidence-kinds.js';
import type { JourneyState } from './journey.js';
import type { OpeningStage, Stage } from './stages.js';

/**
 * What a programme completion recorded by its provider says to the journeys of the person in the
 * partnerships the programme is linked to (docs/journeys.md#opening-journeys). Pure.
 */
export interface CompletionFacts {
  completionId: string;
  programmeId: string;
  completedOn: string;
  /** Every module completed of a programme that leads to a certification. */
  certifying: boolean;
}

/** Evidence a provider's record (completion, enrolment) gives, as the journeys record it. */
export interface CompletionEvidence {
  kind: EvidenceKind;
  value: string;
  occurredOn: string;
  detail: Record<string, unknown>;
}

/** What to do with one partnership's journey of the person, after a completion or an enrolment. */
export type ProgrammePlan =
  | { kind: 'open'; stage: OpeningStage; evidence: CompletionEvidence[] }
  | { kind: 'advance'; to: Stage; evidence: CompletionEvidence[] }
  | { kind: 'none'; why: string };

/**
 * The evidence the completion itself is: the person took the programme (`training_enrolment`,
 * valued with the programme like an enrolment by hand) and, only when it certifies, the
 * `certificate` (valued with the completion). Nothing else is claimed.
 */
function evidenceOf(facts: CompletionFacts, withCertificate: boolean): CompletionEvidence[] {
  const detail = { programmeCompletionId: facts.completionId };
  return [
    {
      kind: 'training_enrolment',
      value: facts.programmeId,
      occurredOn: facts.completedOn,
      detail,
    },
    ...(withCertificate
      ? [
          {
            kind: 'certificate' as const,
            value: facts.completionId,
            occurredOn: facts.completedOn,
            detail,
          },
        ]
      : []),
  ];
}

/**
 * The plan for a completion: without a journey, one opens as an enrolment (at `certified` when
 * the completion certifies, else at `in_training`); a journey at `selected` moves to
 * `in_training`, or straight to `certified` with the certificate; one at `in_training` moves to
 * `certified` only with the certificate. Anything else (later stages, an ended journey, a day
 * before the current stage began, a day after today) is left as it is: the provider's capacity
 * on a journey ends at certification and no evidence is made up.
 */
export function planForCompletion(
  state: JourneyState | null,
  facts: CompletionFacts,
  today: string,
): ProgrammePlan {
  if (facts.completedOn > today) return { kind: 'none', why: 'completed after today' };
  if (!state)
    return {
      kind: 'open',
      stage: facts.certifying ? 'certified' : 'in_training',
      evidence: evidenceOf(facts, facts.certifying),
    };
  if (state.status !== 'active') return { kind: 'none', why: `the journey is ${state.status}` };
  if (facts.completedOn < state.stageSince)
    return { kind: 'none', why: 'completed before the current stage began' };
  if (state.stage === 'selected')
    return facts.certifying
      ? { kind: 'advance', to: 'certified', evidence: evidenceOf(facts, true) }
      : { kind: 'advance', to: 'in_training', evidence: evidenceOf(facts, false) };
  if (state.stage === 'in_training' && facts.certifying)
    return { kind: 'advance', to: 'certified', evidence: evidenceOf(facts, true) };
  return { kind: 'none', why: `nothing follows from ${state.stage} by a completion` };
}
