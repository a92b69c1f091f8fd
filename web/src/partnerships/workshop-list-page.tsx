import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { partnershipRoutes } from './partnerships-api';
import { workshopPaths, workshopRoutes, type WorkshopSummary } from './workshops-api';

/** /partnerships/workshops — the tripartite workshops. */
export function WorkshopListPage() {
  const { t } = useTranslation();
  const state = useApi<{ workshops: WorkshopSummary[] }>(workshopPaths.list());
  return (
    <section aria-labelledby="workshops-title" className="partnership-forms">
      <title>{`${t('partnerships.workshops.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to={partnershipRoutes.list()}>{t('partnerships.title')}</Link>
      </p>
      <h1 id="workshops-title">{t('partnerships.workshops.title')}</h1>
      <p>{t('partnerships.workshops.intro')}</p>
      <Loaded state={state}>
        {({ workshops }) =>
          workshops.length === 0 ? (
            <p className="empty">{t('partnerships.workshops.none')}</p>
          ) : (
            <ul className="cards">
              {workshops.map((w) => (
                <li key={w.id} className="card">
                  <h2>
                    <Link to={workshopRoutes.workshop(w.id)}>{w.title}</Link>
                  </h2>
                  <p className="meta">
                    {w.heldOn}
                    {w.anonymousScoring && ` · ${t('partnerships.workshops.anonymous')}`}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
