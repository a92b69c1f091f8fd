import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import {
  AgreementRegister,
  PlanTimeline,
  QuotaFacts,
  Scorecard,
  StakeholderMap,
} from './dashboard-sections';
import { partnershipPaths, partnershipRoutes, type Dashboard } from './partnerships-api';
import { workshopRoutes } from './workshops-api';
import { LinksSection } from './links-section';

function DashboardView({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const p = d.partnership;
  return (
    <article aria-labelledby="partnership-title">
      <title>{`${p.title} · ${t('app.name')}`}</title>
      <p>
        <Link to={partnershipRoutes.list()}>{t('partnerships.title')}</Link>
      </p>
      <header className="concept-header">
        <span className="badge">{t(`partnerships.statuses.${p.status}`)}</span>
        <h1 id="partnership-title">{p.title}</h1>
      </header>
      {p.summary && <p>{p.summary}</p>}
      <p>
        <Link to={workshopRoutes.manage(p.id)}>{t('partnerships.manageLink')}</Link>
        {' · '}
        <Link to={partnershipRoutes.edit(p.id)}>{t('partnerships.form.editLink')}</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('partnerships.type')}</dt>
          <dd>{t(`partnerships.types.${p.type}`)}</dd>
        </div>
        <div>
          <dt>{t('partnerships.dates')}</dt>
          <dd>
            {p.startsOn ?? '…'} – {p.endsOn ?? '…'}
          </dd>
        </div>
        <div>
          <dt>{t('partnerships.corridors')}</dt>
          <dd>
            {p.corridors
              .map((c) => {
                const from = c.originCities.length ? ` (${c.originCities.join(', ')})` : '';
                const to = c.destinationCities.length ? ` (${c.destinationCities.join(', ')})` : '';
                return `${c.origin}${from} → ${c.destination}${to}`;
              })
              .join('; ')}
          </dd>
        </div>
        <div>
          <dt>{t('partnerships.occupations')}</dt>
          <dd>{p.occupations.join(', ') || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('partnerships.tracks')}</dt>
          <dd>
            {p.tracks.map((tr) => t(`partnerships.trackNames.${tr}`)).join(', ') ||
              t('common.none')}
          </dd>
        </div>
      </dl>
      <StakeholderMap map={d.stakeholderMap} />
      <LinksSection
        partnershipId={p.id}
        partyOrganisationIds={p.parties.map((x) => x.organisationId)}
      />
      <QuotaFacts d={d} />
      <AgreementRegister d={d} />
      <PlanTimeline d={d} />
      <Scorecard scorecard={d.scorecard} />
    </article>
  );
}

/** /partnerships/:id — a partnership's dashboard. */
export function PartnershipDashboardPage() {
  const { id = '' } = useParams();
  const state = useApi<Dashboard>(partnershipPaths.dashboard(id));
  return <Loaded state={state}>{(d) => <DashboardView d={d} />}</Loaded>;
}
