import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { partnershipPaths, type PartnershipSummary } from '../../partnerships/partnerships-api';
import { Loaded } from '../../shell/status';
import { fairRecruitmentPaths, fairRecruitmentRoutes, type Contract } from './fair-recruitment-api';

/** The caller's contracts (as the person, employer or recruiter) and the partnerships' figures. */
export function FairRecruitmentPage() {
  const { t } = useTranslation();
  const contracts = useApi<{ contracts: Contract[] }>(fairRecruitmentPaths.contracts);
  const partnerships = useApi<{ partnerships: PartnershipSummary[] }>(partnershipPaths.list());
  return (
    <div className="page">
      <h1>{t('fairRecruitment.title')}</h1>
      <p className="lead">{t('fairRecruitment.intro')}</p>
      <section aria-labelledby="fr-contracts">
        <h2 id="fr-contracts">{t('fairRecruitment.contracts')}</h2>
        <Loaded state={contracts}>
          {({ contracts: list }) =>
            list.length === 0 ? (
              <p className="empty">{t('fairRecruitment.noContracts')}</p>
            ) : (
              <ul className="plain-list">
                {list.map((c) => (
                  <li key={c.id}>
                    <Link to={fairRecruitmentRoutes.contract(c.id)}>
                      {c.personName} · {c.employerName}
                    </Link>
                    {c.substitution && (
                      <span className="badge badge-flag"> {t('fairRecruitment.substitution')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
      <section aria-labelledby="fr-partnerships">
        <h2 id="fr-partnerships">{t('fairRecruitment.partnerships')}</h2>
        <Loaded state={partnerships}>
          {({ partnerships: list }) => (
            <ul className="plain-list">
              {list.map((p) => (
                <li key={p.id}>
                  <Link to={fairRecruitmentRoutes.partnership(p.id)}>{p.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </Loaded>
      </section>
    </div>
  );
}
