/** The words of the journey's steps (docs/journeys-steps.md). */

/** What a person applies for before departure. */
export const PERMIT_KINDS = ['visa', 'work_permit', 'residence_permit'] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export const PERMIT_OUTCOMES = ['pending', 'granted', 'refused', 'withdrawn'] as const;
export type PermitOutcome = (typeof PERMIT_OUTCOMES)[number];

/** The employer's arrival checklist, with the post-arrival orientation. */
export const ARRIVAL_ITEMS = [
  'accommodation',
  'induction',
  'social_security_registration',
  'bank_account',
  'language_course',
  'post_arrival_orientation',
] as const;
export type ArrivalItem = (typeof ARRIVAL_ITEMS)[number];

/** Check-ins after arrival, in days. */
export const CHECK_IN_DAYS = [30, 90] as const;
export type CheckInDay = (typeof CHECK_IN_DAYS)[number];

/** What is recorded while in work abroad. */
export const IN_WORK_KINDS = ['upskilling', 'certification', 'contract_change'] as const;
export type InWorkKind = (typeof IN_WORK_KINDS)[number];

/** The three ways back into the origin country's economy (IOM reintegration). */
export const REINTEGRATION_PATHWAYS = ['job', 'business', 'further_study'] as const;
export type ReintegrationPathway = (typeof REINTEGRATION_PATHWAYS)[number];

/** Follow-ups of a reintegration plan, in months after it starts. */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;
export type FollowUpMonth = (typeof FOLLOW_UP_MONTHS)[number];

export const FOLLOW_UP_STATUSES = ['on_track', 'needs_support', 'off_track'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
