import type { EvidenceKind } from './evidence-kinds.js';
import type { ExitReason, Stage } from './stages.js';

/**
 * Who acts on a journey, as the journey sees them: the person themself, a coordinator of the
 * partnership, the training provider of the person's programme, the person's employer abroad or
 * at home. The policy (journeys.policy.ts) says which of these an actor is for one journey.
 */
export const PERFORMERS = ['person', 'coordinator', 'training_provider', 'employer'] as const;
export type Performer = (typeof PERFORMERS)[number];

/** What a transition sets going, as data: the steps of J2 and the outbox act on these. */
export type Trigger =
  | { kind: 'notify_person' }
  | { kind: 'notify_employer' }
  | { kind: 'issue_credential'; credential: 'certificate' | 'orientation' | 'reintegration' }
  | { kind: 'assign_orientation' }
  | { kind: 'schedule_visa_reminders'; daysBefore: number[] }
  | { kind: 'open_arrival_checklist' }
  | { kind: 'schedule_check_ins'; days: number[] }
  | { kind: 'plan_return' }
  | { kind: 'recognise_skills_in_reverse' }
  | { kind: 'run_home_matching' }
  | { kind: 'schedule_follow_ups'; months: number[] }
  | { kind: 'offer_support' };

/** A declared move from one stage to the next: its guard, who may make it and what it triggers. */
export interface Transition {
  from: Stage;
  to: Stage;
  /** Evidence kinds the journey must hold before the move (the guard). */
  requires: readonly EvidenceKind[];
  performers: readonly Performer[];
  triggers: readonly Trigger[];
}

const t = (
  from: Stage,
  to: Stage,
  requires: EvidenceKind[],
  performers: Performer[],
  triggers: Trigger[] = [],
): Transition => ({ from, to, requires, performers, triggers });

/** Every transition of the cycle (docs/journeys.md#transitions). */
export const TRANSITIONS: readonly Transition[] = [
  t('applied', 'selected', ['selection_decision'], ['coordinator'], [{ kind: 'notify_person' }]),
  t('selected', 'in_training', ['training_enrolment'], ['coordinator', 'training_provider']),
  // Someone already certified (e.g. through recognition of prior learning) skips training.
  t(
    'selected',
    'certified',
    ['certificate'],
    ['coordinator', 'training_provider'],
    [{ kind: 'issue_credential', credential: 'certificate' }],
  ),
  t(
    'in_training',
    'certified',
    ['certificate'],
    ['coordinator', 'training_provider'],
    [{ kind: 'issue_credential', credential: 'certificate' }],
  ),
  t(
    'certified',
    'pre_departure',
    ['job_offer'],
    ['coordinator'],
    [{ kind: 'assign_orientation' }, { kind: 'notify_person' }],
  ),
  t(
    'certified',
    'employed_home',
    ['employment_started'],
    ['coordinator', 'employer', 'person'],
    [{ kind: 'notify_person' }],
  ),
  t(
    'pre_departure',
    'visa_permit',
    ['signed_contract'],
    ['coordinator', 'person'],
    [{ kind: 'schedule_visa_reminders', daysBefore: [30, 7] }],
  ),
  t(
    'visa_permit',
    'departed',
    ['visa_granted', 'orientation_completed'],
    ['coordinator', 'person'],
    [{ kind: 'issue_credential', credential: 'orientation' }, { kind: 'notify_employer' }],
  ),
  t(
    'departed',
    'arrived',
    ['arrival_confirmed'],
    ['coordinator', 'person'],
    [{ kind: 'open_arrival_checklist' }, { kind: 'schedule_check_ins', days: [30, 90] }],
  ),
  t('arrived', 'employed_abroad', ['employment_started'], ['coordinator', 'employer']),
  t(
    'employed_abroad',
    'contract_ended',
    ['contract_end_date'],
    ['coordinator', 'employer', 'person'],
    [{ kind: 'plan_return' }],
  ),
  t(
    'contract_ended',
    'returned',
    ['return_date'],
    ['coordinator', 'person'],
    [{ kind: 'recognise_skills_in_reverse' }, { kind: 'run_home_matching' }],
  ),
  t(
    'returned',
    'reintegrated',
    ['reintegration_plan'],
    ['coordinator', 'person'],
    [
      { kind: 'schedule_follow_ups', months: [3, 6, 12] },
      { kind: 'issue_credential', credential: 'reintegration' },
    ],
  ),
];

/** A declared way out of the cycle: the reason, the stages it may happen at, its guard. */
export interface ExitRule {
  reason: ExitReason;
  from: readonly Stage[];
  requires: readonly EvidenceKind[];
  performers: readonly Performer[];
  triggers: readonly Trigger[];
}

const BEFORE_DEPARTURE: Stage[] = [
  'applied',
  'selected',
  'in_training',
  'certified',
  'pre_departure',
  'visa_permit',
];
const ABROAD: Stage[] = ['departed', 'arrived', 'employed_abroad', 'contract_ended'];

/** Every exit (docs/journeys.md#exits). "Stayed on legally" is the person's choice, respected. */
export const EXITS: readonly ExitRule[] = [
  {
    reason: 'withdrew',
    from: [...BEFORE_DEPARTURE, ...ABROAD, 'returned'],
    requires: [],
    performers: ['person', 'coordinator'],
    triggers: [{ kind: 'notify_person' }],
  },
  {
    reason: 'not_certified',
    from: ['in_training'],
    requires: [],
    performers: ['coordinator', 'training_provider'],
    triggers: [{ kind: 'notify_person' }],
  },
  {
    reason: 'visa_refused',
    from: ['visa_permit'],
    requires: ['visa_refusal'],
    performers: ['coordinator', 'person'],
    triggers: [{ kind: 'notify_person' }, { kind: 'run_home_matching' }],
  },
  {
    reason: 'dismissed',
    from: ['arrived', 'employed_abroad'],
    requires: [],
    performers: ['coordinator', 'employer'],
    triggers: [{ kind: 'offer_support' }],
  },
  {
    reason: 'left_employer',
    from: ['arrived', 'employed_abroad'],
    requires: [],
    performers: ['coordinator', 'person', 'employer'],
    triggers: [{ kind: 'offer_support' }],
  },
  {
    reason: 'stayed_on_legally',
    from: ['employed_abroad', 'contract_ended'],
    requires: [],
    performers: ['coordinator', 'person'],
    triggers: [],
  },
  {
    reason: 'unknown',
    from: [...BEFORE_DEPARTURE, ...ABROAD, 'returned'],
    requires: [],
    performers: ['coordinator'],
    triggers: [],
  },
];

/** The declared transition between two stages, or undefined. */
export const transitionBetween = (from: Stage, to: Stage): Transition | undefined =>
  TRANSITIONS.find((x) => x.from === from && x.to === to);

/** The declared exit for a reason, or undefined. */
export const exitRuleOf = (reason: ExitReason): ExitRule | undefined =>
  EXITS.find((x) => x.reason === reason);

/** Transitions out of a stage. */
export const transitionsFrom = (stage: Stage): Transition[] =>
  TRANSITIONS.filter((x) => x.from === stage);
