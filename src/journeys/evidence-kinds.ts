/**
 * The kinds of evidence a journey records (docs/journeys.md#evidence): guards of transitions ask
 * for them, the steps with content (orientation, visa, arrival, return) record them. A value is a
 * date (`YYYY-MM-DD`), a short text or a reference (the id of a record elsewhere).
 */
export const EVIDENCE_KINDS = [
  'selection_decision',
  'training_enrolment',
  'certificate',
  'job_offer',
  'orientation_completed',
  'signed_contract',
  'visa_application',
  'visa_granted',
  'visa_refusal',
  'travel_booked',
  'arrival_confirmed',
  'arrival_checklist_completed',
  'check_in',
  'employment_started',
  'upskilling_certificate',
  'contract_change',
  'contract_end_date',
  'return_date',
  'skills_recognised',
  'reintegration_plan',
  'follow_up',
  'grievance',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type EvidenceValueType = 'date' | 'text' | 'reference';

export interface EvidenceKindInfo {
  kind: EvidenceKind;
  value: EvidenceValueType;
  /** What the evidence shows, in plain words (for the docs and the UI's hints). */
  means: string;
}

const kind = (k: EvidenceKind, value: EvidenceValueType, means: string): EvidenceKindInfo => ({
  kind: k,
  value,
  means,
});

/** Every evidence kind with the type of its value and what it means. */
export const EVIDENCE_INFO: Record<EvidenceKind, EvidenceKindInfo> = {
  selection_decision: kind(
    'selection_decision',
    'reference',
    'the allocation run or decision that selected the person',
  ),
  training_enrolment: kind(
    'training_enrolment',
    'reference',
    'the programme the person is enrolled in',
  ),
  certificate: kind('certificate', 'reference', 'the certificate or programme completion obtained'),
  job_offer: kind('job_offer', 'reference', 'the vacancy or offer of the job abroad'),
  orientation_completed: kind(
    'orientation_completed',
    'date',
    'pre-departure orientation completed',
  ),
  signed_contract: kind('signed_contract', 'date', 'the employment contract signed by both sides'),
  visa_application: kind('visa_application', 'date', 'the visa or permit application lodged'),
  visa_granted: kind('visa_granted', 'date', 'the visa or permit granted (value: valid until)'),
  visa_refusal: kind('visa_refusal', 'date', 'the decision refusing the visa or permit'),
  travel_booked: kind('travel_booked', 'date', 'the travel date booked'),
  arrival_confirmed: kind('arrival_confirmed', 'date', 'the person arrived at destination'),
  arrival_checklist_completed: kind(
    'arrival_checklist_completed',
    'date',
    "the employer's arrival checklist completed",
  ),
  check_in: kind('check_in', 'text', "a check-in with the person's own answer"),
  employment_started: kind('employment_started', 'date', 'the first day of work'),
  upskilling_certificate: kind(
    'upskilling_certificate',
    'reference',
    'a certification gained in work',
  ),
  contract_change: kind('contract_change', 'text', 'a change of the employment contract'),
  contract_end_date: kind('contract_end_date', 'date', 'the day the contract ended'),
  return_date: kind('return_date', 'date', 'the day of return to the country of origin'),
  skills_recognised: kind(
    'skills_recognised',
    'reference',
    'the recognition of skills gained abroad',
  ),
  reintegration_plan: kind(
    'reintegration_plan',
    'text',
    'the reintegration plan: job, business or study',
  ),
  follow_up: kind('follow_up', 'text', 'a reintegration follow-up'),
  grievance: kind('grievance', 'reference', 'a grievance raised by or for the person'),
};

export const isEvidenceKind = (value: string): value is EvidenceKind =>
  (EVIDENCE_KINDS as readonly string[]).includes(value);
