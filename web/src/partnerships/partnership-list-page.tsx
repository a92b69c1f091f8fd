import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { partnershipPaths, partnershipRoutes, type PartnershipSummary } from './partnerships-api';
import { workshopRoutes } from './workshops-api';

/** /partnerships — the partnerships the user may see. */
export function PartnershipListPage() {
  const { t } = useTranslation();
  const state = useApi<{ partnerships: PartnershipSummary[] }>(partnershipPaths.list());
  return (
    <section aria-labelledby="partnerships-title">
      <title>{`${t('partnerships.title')} · ${t('app.name')}`}</title>
      <h1 id="partnerships-title">{t('partnerships.title')}</h1>
      <p>{t('partnerships.intro')}</p>
      <p>
        <Link to={workshopRoutes.list()}>{t('partnerships.workshopsLink')}</Link>
        {' · '}
        <Link to={partnershipRoutes.create()}>{t('partnerships.form.createLink')}</Link>
      </p>
      <Loaded state={state}>
        {({ partnerships }) =>
          partnerships.length === 0 ? (
            <p className="empty">{t('partnerships.none')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('partnerships.partnership')}</th>
                  <th scope="col">{t('partnerships.type')}</th>
                  <th scope="col">{t('partnerships.status')}</th>
                  <th scope="col">{t('partnerships.corridors')}</th>
                  <th scope="col">{t('partnerships.tracks')}</th>
                  <th scope="col">{t('partnerships.dates')}</th>
                </tr>
              </thead>
              <tbody>
                {partnerships.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={partnershipRoutes.dashboard(p.id)}>{p.title}</Link>
                    </td>
                    <td>{t(`partnerships.types.${p.type}`)}</td>
                    <td>
                      <span className="badge">{t(`partnerships.statuses.${p.status}`)}</span>
                    </td>
                    <td>{p.corridors.map((c) => `${c.origin} → ${c.destination}`).join(', ')}</td>
                    <td>{p.tracks.map((tr) => t(`partnerships.trackNames.${tr}`)).join(', ')}</td>
                    <td>
                      {p.startsOn ?? '…'} – {p.endsOn ?? '…'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}
