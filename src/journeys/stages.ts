/**
 * The stages of a journey through the migration cycle, as data (docs/journeys.md#stages):
 * applied → selected → in training → certified, then the away track (pre-departure → visa/permit
 * → departed → arrived → employed abroad → contract ended → returned → reintegrated) or the home
 * track (employed at home). A journey may also leave the cycle early: an exit, with its reason.
 */
export const STAGES = [
  'applied',
  'selected',
  'in_training',
  'certified',
  'pre_departure',
  'visa_permit',
  'departed',
  'arrived',
  'employed_abroad',
  'contract_ended',
  'returned',
  'reintegrated',
  'employed_home',
] as const;
export type Stage = (typeof STAGES)[number];

/** Which track a stage belongs to: both (before the choice), away or home. */
export type StageTrack = 'common' | 'away' | 'home';
/** The track a journey takes once it leaves `certified`. */
export type JourneyTrack = 'away' | 'home';

export interface StageInfo {
  stage: Stage;
  track: StageTrack;
  /** A final stage ends the journey as completed (nothing follows it). */
  final: boolean;
  /** Stages whose steps a training provider may see and act on. */
  training: boolean;
  /** Stages an employer of the person may see (from arrival on, never before). */
  employerVisible: boolean;
}

const info = (
  stage: Stage,
  track: StageTrack,
  flags: Partial<Omit<StageInfo, 'stage' | 'track'>> = {},
): StageInfo => ({
  stage,
  track,
  final: false,
  training: false,
  employerVisible: false,
  ...flags,
});

/** Every stage with its track and flags, in the order of the cycle. */
export const STAGE_INFO: Record<Stage, StageInfo> = {
  applied: info('applied', 'common'),
  selected: info('selected', 'common', { training: true }),
  in_training: info('in_training', 'common', { training: true }),
  certified: info('certified', 'common', { training: true }),
  pre_departure: info('pre_departure', 'away'),
  visa_permit: info('visa_permit', 'away'),
  departed: info('departed', 'away'),
  arrived: info('arrived', 'away', { employerVisible: true }),
  employed_abroad: info('employed_abroad', 'away', { employerVisible: true }),
  contract_ended: info('contract_ended', 'away', { employerVisible: true }),
  returned: info('returned', 'away', { employerVisible: true }),
  reintegrated: info('reintegrated', 'away', { final: true, employerVisible: true }),
  employed_home: info('employed_home', 'home', { final: true, employerVisible: true }),
};

/** The position of a stage in STAGES (a compact code for statistics). */
export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);

/** Stages a journey may be opened at (by an accepted allocation run, an enrolment, a completion). */
export const OPENING_STAGES = ['applied', 'selected', 'in_training', 'certified'] as const;
export type OpeningStage = (typeof OPENING_STAGES)[number];

/** Why a journey left the cycle before its end; an exit always carries one. */
export const EXIT_REASONS = [
  'withdrew',
  'not_certified',
  'visa_refused',
  'dismissed',
  'left_employer',
  'stayed_on_legally',
  'unknown',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const isStage = (value: string): value is Stage =>
  (STAGES as readonly string[]).includes(value);
