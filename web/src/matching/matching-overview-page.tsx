import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth-context';
import { peopleRoutes } from '../people/people-api';
import { mayTuneWeights, matchingRoutes } from './matching-api';

/** /matching — where each kind of user finds their part of matching. */
export function MatchingOverviewPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section aria-labelledby="matching-title" className="match-page">
      <title>{`${t('areas.matching.label')} · ${t('app.name')}`}</title>
      <h1 id="matching-title">{t('areas.matching.label')}</h1>
      <p>{t('matching.overview.intro')}</p>
      <ul className="match-links">
        <li>
          <Link to={matchingRoutes.mine()}>{t('matching.mine.title')}</Link>
          <p className="meta">{t('matching.overview.mine')}</p>
        </li>
        <li>
          <Link to={peopleRoutes.vacancies()}>{t('matching.overview.shortlistLink')}</Link>
          <p className="meta">{t('matching.overview.shortlist')}</p>
        </li>
        {mayTuneWeights(me) && (
          <li>
            <Link to={matchingRoutes.weights()}>{t('matching.weights.title')}</Link>
            <p className="meta">{t('matching.overview.weights')}</p>
          </li>
        )}
      </ul>
    </section>
  );
}
