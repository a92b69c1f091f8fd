/** Name of the cookie that carries the session token. */
export const SESSION_COOKIE = 'passerelle_session';
/** Header that must repeat the session's CSRF token on unsafe requests. */
export const CSRF_HEADER = 'x-csrf-token';
