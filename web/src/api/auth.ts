import { apiRequest } from './client';

/** An organisation the signed-in user belongs to, and their role there. */
export interface Membership {
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  country: string;
  role: string;
}

/** The signed-in user. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  memberships: Membership[];
}

/** What login and /api/auth/me answer: the user and the CSRF token for unsafe requests. */
export interface Session {
  user: Me;
  csrfToken: string;
}

export const fetchSession = () => apiRequest<Session>('/api/auth/me');

export const login = (email: string, password: string) =>
  apiRequest<Session>('/api/auth/login', { method: 'POST', body: { email, password } });

export const logout = () => apiRequest<void>('/api/auth/logout', { method: 'POST' });
