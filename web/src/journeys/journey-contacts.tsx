import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { partnershipPaths, type Dashboard } from '../partnerships/partnerships-api';
import type { JourneyDetail, Performer } from './journeys-api';

/** The party roles to name as contacts, in the order a participant needs them. */
const CONTACT_ROLES = ['implementer', 'training_provider', 'employer', 'workers_representative'];

/**
 * Whom to contact: who makes each next step (always known), and the partnership's implementing
 * organisations, training providers, employers and workers' representatives when the signed-in
 * user may read the partnership (its parties; a participant sees the roles only).
 */
export function JourneyContacts({ detail }: { detail: JourneyDetail }) {
  const { t } = useTranslation();
  const parties = useApi<Dashboard>(partnershipPaths.dashboard(detail.journey.partnershipId));
  const forNext = [...new Set(detail.next.steps.flatMap((s) => s.performers))].filter(
    (p): p is Exclude<Performer, 'person'> => p !== 'person',
  );
  const named =
    parties.status === 'ok'
      ? parties.data.partnership.parties
          .filter((p) => CONTACT_ROLES.includes(p.role))
          .sort((a, b) => CONTACT_ROLES.indexOf(a.role) - CONTACT_ROLES.indexOf(b.role))
      : [];
  return (
    <section aria-labelledby="journey-contacts-title" className="journey-card">
      <h2 id="journey-contacts-title">{t('journeys.contacts.title')}</h2>
      {forNext.length > 0 && (
        <p>
          {t('journeys.contacts.forNext', {
            who: forNext.map((p) => t(`journeys.contacts.your.${p}`)).join(t('journeys.next.or')),
          })}
        </p>
      )}
      {named.length > 0 ? (
        <ul className="journey-list">
          {named.map((p) => (
            <li key={`${p.organisationId}:${p.role}`}>
              <strong>{p.name}</strong>{' '}
              <span className="meta">
                {t(`journeys.contacts.roles.${p.role}`)} · {p.country}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">{t('journeys.contacts.grievance')}</p>
      )}
    </section>
  );
}
