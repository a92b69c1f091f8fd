/** Kinds of organisation taking part in skills mobility partnerships (DESIGN.md, users). */
export const ORGANISATION_KINDS = [
  'government',
  'local_government',
  'employer',
  'employers_organisation',
  'workers_organisation',
  'training_provider',
  'recognition_body',
  'recruitment_agency',
  'international_organisation',
  'civil_society',
  'individual',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Roles a user holds within an organisation. */
export const ROLES = [
  'admin',
  'coordinator',
  'analyst',
  'recognition_officer',
  'trainer',
  'employer',
  'worker_representative',
  'candidate',
] as const;
export type Role = (typeof ROLES)[number];
