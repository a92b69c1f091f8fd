import type { Session } from '../api/auth';
import { apiRequest } from '../api/client';

/** The kinds of organisation (the server's list, in its order). */
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

/** Roles someone can be invited with. */
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

/** The three purposes a candidate consents to, each separately. */
export const CONSENT_PURPOSES = [
  'partnership_matching',
  'employer_sharing',
  'anonymous_statistics',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface Organisation {
  id: string;
  name: string;
  kind: string;
  country: string;
  city: string;
  active: boolean;
}

export interface OrganisationInput {
  name: string;
  kind: string;
  country: string;
  city: string;
}

export const fetchSetupStatus = () => apiRequest<{ needed: boolean }>('/api/setup');

export const setUp = (body: {
  email: string;
  displayName: string;
  password: string;
  organisationName: string;
  organisationKind: string;
  country: string;
}) => apiRequest<Session>('/api/setup', { method: 'POST', body });

export const signUp = (body: {
  email: string;
  displayName: string;
  password: string;
  residenceCountry: string;
  nationality: string;
  consents: Record<ConsentPurpose, boolean>;
}) => apiRequest<Session>('/api/auth/signup', { method: 'POST', body });

export interface InvitationOffer {
  email: string;
  organisationName: string;
  role: string;
  expiresAt: string;
}

export const lookUpInvitation = (token: string) =>
  apiRequest<InvitationOffer>('/api/invitations/lookup', { method: 'POST', body: { token } });

export const acceptInvitation = (token: string, displayName: string, password: string) =>
  apiRequest<Session>('/api/invitations/accept', {
    method: 'POST',
    body: { token, displayName, password },
  });

export const fetchOrganisations = (signal?: AbortSignal) =>
  apiRequest<{ organisations: Organisation[] }>('/api/organisations', { signal });

export const createOrganisation = (body: OrganisationInput) =>
  apiRequest<Organisation>('/api/organisations', { method: 'POST', body });

export const updateOrganisation = (id: string, body: Partial<OrganisationInput>) =>
  apiRequest<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });

export const deactivateOrganisation = (id: string) =>
  apiRequest<Organisation>(`/api/organisations/${encodeURIComponent(id)}/deactivate`, {
    method: 'POST',
  });

export const inviteToOrganisation = (id: string, email: string, role: string) =>
  apiRequest<{ id: string; email: string; expiresAt: string }>(
    `/api/organisations/${encodeURIComponent(id)}/invitations`,
    { method: 'POST', body: { email, role } },
  );
