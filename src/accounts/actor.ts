import type { OrganisationKind, Role } from './roles.js';

/** One role a user holds in one organisation. */
export interface Membership {
  organisationId: string;
  organisationKind: OrganisationKind;
  /** ISO 3166-1 alpha-2 country of the organisation. */
  country: string;
  role: Role;
}

/** The logged-in user a request acts for. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  memberships: Membership[];
}
