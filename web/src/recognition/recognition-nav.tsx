import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/auth';
import { useMe } from '../auth/auth-context';
import { recognitionRoutes } from './recognition-api';
import './recognition.css';

/** Whether the user decides cases somewhere (a recognition officer) or administers the platform. */
export const isOfficer = (me: Me) =>
  me.memberships.some((m) => m.role === 'recognition_officer' || m.role === 'admin');

/** Whether the user may apply for recognition. */
export const isCandidate = (me: Me) => me.memberships.some((m) => m.role === 'candidate');

/** The pages of the recognition area, shown above each of them. */
export function RecognitionNav() {
  const { t } = useTranslation();
  const me = useMe();
  const links = [
    { to: recognitionRoutes.overview(), label: t('recognition.nav.overview'), end: true },
    { to: recognitionRoutes.evaluate(), label: t('recognition.nav.evaluate') },
    ...(isCandidate(me)
      ? [{ to: recognitionRoutes.myCases(), label: t('recognition.nav.myCases') }]
      : []),
    ...(isOfficer(me)
      ? [{ to: recognitionRoutes.queue(), label: t('recognition.nav.queue') }]
      : []),
  ];
  return (
    <nav className="sub-nav" aria-label={t('recognition.nav.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
