/** The words of a grievance (docs/protection.md). */

/** What a grievance is about (issue 27; ILO fair-recruitment principles). */
export const GRIEVANCE_TOPICS = [
  'recruitment_fees',
  'contract_terms',
  'wages',
  'working_conditions',
  'living_conditions',
  'documents_withheld',
  'discrimination_harassment',
  'training',
  'recognition',
  'other',
] as const;
export type GrievanceTopic = (typeof GRIEVANCE_TOPICS)[number];

/** Who filed: the person, someone on their behalf, a workers' representative, or no one known. */
export const FILER_KINDS = ['self', 'on_behalf', 'representative', 'anonymous'] as const;
export type FilerKind = (typeof FILER_KINDS)[number];

/** The bodies a grievance can be routed to, each an organisation of the platform. */
export const BODY_KINDS = [
  'labour_inspectorate',
  'recognition_body',
  'coordinator',
  'workers_organisation',
  'consular_service',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Where a grievance stands. */
export const GRIEVANCE_STATUSES = [
  'filed',
  'acknowledged',
  'awaiting_information',
  'in_mediation',
  'resolved',
  'closed',
] as const;
export type GrievanceStatus = (typeof GRIEVANCE_STATUSES)[number];

/** Every step of a grievance is one of these events. */
export const GRIEVANCE_EVENT_KINDS = [
  'filed',
  'routed',
  'acknowledged',
  'information_requested',
  'information_provided',
  'referred',
  'mediated',
  'resolved',
  'closed',
  'reopened',
  'appealed',
  'escalated',
  'disclosed',
  'shared',
  'unshared',
  'retaliation_linked',
] as const;
export type GrievanceEventKind = (typeof GRIEVANCE_EVENT_KINDS)[number];

/** The steps a handler takes by hand (the others are recorded by the platform). */
export const HANDLER_STEPS = [
  'acknowledged',
  'information_requested',
  'referred',
  'mediated',
  'resolved',
  'closed',
  'reopened',
  'disclosed',
] as const;
export type HandlerStep = (typeof HANDLER_STEPS)[number];
