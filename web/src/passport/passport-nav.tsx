import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/auth';
import { useMe } from '../auth/auth-context';
import { passportRoutes } from './passport-api';
import './passport.css';

/** Whether the user works for an organisation (the register lists what it issued, if anything). */
export const isStaff = (me: Me) => me.memberships.some((m) => m.role !== 'candidate');

/** Whether the user holds credentials of their own (a candidate). */
export const isHolder = (me: Me) => me.memberships.some((m) => m.role === 'candidate');

/** The pages of the passport area, shown above each of them. */
export function PassportNav() {
  const { t } = useTranslation();
  const me = useMe();
  const links = [
    ...(isHolder(me) ? [{ to: passportRoutes.mine(), label: t('passport.nav.mine') }] : []),
    ...(isStaff(me) ? [{ to: passportRoutes.register(), label: t('passport.nav.register') }] : []),
    { to: passportRoutes.verify(), label: t('passport.nav.verify') },
  ];
  return (
    <nav className="sub-nav" aria-label={t('passport.nav.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
