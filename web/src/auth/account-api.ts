import { apiRequest } from '../api/client';

/** One of the signed-in user's sessions (GET /api/auth/sessions). */
export interface SessionSummary {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
  ip: string;
  userAgent: string;
  current: boolean;
}

export const fetchSessions = (signal?: AbortSignal) =>
  apiRequest<{ sessions: SessionSummary[] }>('/api/auth/sessions', { signal });

export const revokeSession = (id: string) =>
  apiRequest<void>(`/api/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const logoutEverywhere = () =>
  apiRequest<void>('/api/auth/logout-everywhere', { method: 'POST' });

export const changePassword = (currentPassword: string, newPassword: string) =>
  apiRequest<void>('/api/auth/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
  });

export const requestPasswordReset = (email: string) =>
  apiRequest<{ message: string }>('/api/auth/password-reset', { method: 'POST', body: { email } });

export const confirmPasswordReset = (token: string, password: string) =>
  apiRequest<void>('/api/auth/password-reset/confirm', {
    method: 'POST',
    body: { token, password },
  });
