import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';

/** Renders the nested routes for a signed-in user, or sends them to the login page. */
export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (state.status === 'checking') {
    return (
      <p className="status" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'signedOut') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
