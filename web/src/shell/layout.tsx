import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { areas } from './areas';
import { LanguageSwitcher } from './language-switcher';

function UserMenu() {
  const { t } = useTranslation();
  const { state, logout } = useAuth();
  if (state.status !== 'signedIn') return null;
  return (
    <div className="user-menu">
      <span>{t('shell.signedInAs', { name: state.user.displayName })}</span>
      <Link to="/account/security">{t('account.securityLink')}</Link>
      {state.user.memberships.some((m) => m.role === 'admin') && (
        <Link to="/admin/organisations">{t('onboarding.organisationsLink')}</Link>
      )}
      <button type="button" className="button" onClick={() => void logout()}>
        {t('shell.logout')}
      </button>
    </div>
  );
}

function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('shell.mainNav')}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t('shell.home')}
          </NavLink>
        </li>
        {areas.map((area) => (
          <li key={area.key}>
            <NavLink to={area.path} className={area.built ? undefined : 'not-built'}>
              {t(`areas.${area.key}.label`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The attribution line ESCO's licence asks for. */
export function Attribution() {
  const { t } = useTranslation();
  return <p className="attribution">{t('shell.attribution')}</p>;
}

/** Header, navigation, main region and footer around every page. */
export function Layout({ withNav = true }: { withNav?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
  }, [pathname]);
  return (
    <div className={withNav ? 'app' : 'app app-plain'}>
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <div className="header-tools">
          <LanguageSwitcher />
          <UserMenu />
        </div>
      </header>
      {withNav && <MainNav />}
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <Attribution />
        <p>
          <a href="/api/docs">{t('shell.apiDocs')}</a>
        </p>
      </footer>
    </div>
  );
}
