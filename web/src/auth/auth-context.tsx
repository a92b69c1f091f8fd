import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import * as authApi from '../api/auth';
import type { Me, Session } from '../api/auth';
import { ApiError, setCsrfToken } from '../api/client';

/** What the UI knows about the session: still asking, signed out, or signed in as `user`. */
export type AuthState =
  | { status: 'checking' }
  | { status: 'signedOut'; error?: ApiError }
  | { status: 'signedIn'; user: Me };

interface AuthValue {
  state: AuthState;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Takes the session a sign-up, an accepted invitation or the setup opened. */
  signIn: (session: Session) => void;
}

const AuthContext = createContext<AuthValue | null>(null);

/** Asks the server who is signed in on load, and offers login and logout to the pages. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });

  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', user: session.user });
  }, []);

  useEffect(() => {
    authApi.fetchSession().then(signIn, (error: unknown) => {
      // 401 simply means nobody is signed in; anything else is worth showing on the login page.
      const shown = error instanceof ApiError && error.status !== 401 ? error : undefined;
      setState({ status: 'signedOut', error: shown });
    });
  }, [signIn]);

  const login = useCallback(
    async (email: string, password: string) => signIn(await authApi.login(email, password)),
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setCsrfToken(null);
      setState({ status: 'signedOut' });
    }
  }, []);

  const value = useMemo(() => ({ state, login, logout, signIn }), [state, login, logout, signIn]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session and its actions; only inside <AuthProvider>. */
export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only on pages behind <RequireAuth>. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useMe needs a signed-in user');
  return state.user;
}
