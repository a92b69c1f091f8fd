import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me, Membership } from '../api/auth';
import { useMe } from '../auth/auth-context';
import { passportRoutes } from './passport-api';
import './passport.css';

/** Roles that act for their organisation as an issuer (src/passport/passport.policy.ts). */
const issuerRoles = new Set(['recognition_officer', 'trainer', 'coordinator', 'admin']);

/** The organisations whose register the user may open, each once. */
export function issuerOrganisations(me: Me): Membership[] {
  const seen = new Set<string>();
  return me.memberships.filter((m) => {
    if (!issuerRoles.has(m.role) || seen.has(m.organisationId)) return false;
    seen.add(m.organisationId);
    return true;
  });
}

/** Whether the user acts for an issuing organisation. */
export const isStaff = (me: Me) => issuerOrganisations(me).length > 0;

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
